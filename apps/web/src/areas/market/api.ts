import type {
  Achievement,
  AchievementDetail,
  AchievementInput,
  AchievementListQuery,
  BrokerCandidate,
  Need,
  NeedInput,
  NeedListQuery,
  Push,
  PushAnswer,
  RegistrationVerify,
  SuggestionList,
  Synonym,
  SynonymInput,
} from '@cz/shared/market';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
/** The market's listings and where the API keeps them. */
export type ListingPath = 'achievements' | 'needs';

export const marketKeys = {
  all: ['market'] as const,
  list: (path: ListingPath, p: object) => ['market', path, p] as const,
  one: (path: ListingPath, id: number) => ['market', path, 'one', id] as const,
};

function useListing<T>(path: ListingPath, params: object, enabled: boolean) {
  return useQuery({
    queryKey: marketKeys.list(path, params),
    queryFn: ({ signal }) => api<Page<T>>(`/market/${path}`, { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useOne<T>(path: ListingPath, id: number | undefined) {
  return useQuery({
    queryKey: marketKeys.one(path, id ?? 0),
    queryFn: () => api<T>(`/market/${path}/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

export const useAchievements = (params: AchievementListQuery, enabled = true) =>
  useListing<Achievement>('achievements', params, enabled);
export const useAchievement = (id: number | undefined) => useOne<AchievementDetail>('achievements', id);
export const useNeeds = (params: NeedListQuery, enabled = true) => useListing<Need>('needs', params, enabled);
export const useNeed = (id: number | undefined) => useOne<Need>('needs', id);

function useMarketMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: marketKeys.all }),
        qc.invalidateQueries({ queryKey: ['workbench'] }),
      ]),
  });
}

export const useCreateAchievement = () =>
  useMarketMutation((body: AchievementInput) =>
    api<AchievementDetail>('/market/achievements', { method: 'POST', body }),
  );
export const useUpdateAchievement = () =>
  useMarketMutation(({ id, body }: { id: number; body: AchievementInput }) =>
    api<AchievementDetail>(`/market/achievements/${id}`, { method: 'PUT', body }),
  );
export const useCreateNeed = () =>
  useMarketMutation((body: NeedInput) => api<Need>('/market/needs', { method: 'POST', body }));
export const useUpdateNeed = () =>
  useMarketMutation(({ id, body }: { id: number; body: NeedInput }) =>
    api<Need>(`/market/needs/${id}`, { method: 'PUT', body }),
  );

/** The review flow's steps, for achievements and needs alike. */
export const useListingStep = (path: ListingPath) =>
  useMarketMutation(({ id, step }: { id: number; step: 'submit' | 'withdraw' }) =>
    api<unknown>(`/market/${path}/${id}/${step}`, { method: 'POST', body: {} }),
  );
export const useReviewListing = (path: ListingPath) =>
  useMarketMutation(({ id, decision, note }: { id: number; decision: 'publish' | 'return'; note?: string }) =>
    api<unknown>(`/market/${path}/${id}/review`, { method: 'POST', body: { decision, note: note ?? '' } }),
  );

/** Achievements suggested for a need, with their reasons (its owner and the administration). */
export function useSuggestions(
  needId: number,
  facets: { field?: string | undefined; region?: string | undefined },
  enabled: boolean,
) {
  const { field, region } = facets;
  return useQuery({
    queryKey: ['market', 'needs', 'suggestions', needId, field ?? '', region ?? ''] as const,
    queryFn: ({ signal }) =>
      api<SuggestionList>(`/market/needs/${needId}/suggestions`, {
        query: { limit: 10, ...(field ? { field } : {}), ...(region ? { region } : {}) },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Whether I act as 技术经理人 (an administrator, or an expert named broker). */
export function useBroker(enabled: boolean) {
  return useQuery({
    queryKey: ['market', 'broker'] as const,
    queryFn: () => api<{ broker: boolean }>('/market/broker'),
    enabled,
    staleTime: 60_000,
  });
}

/** The achievements pushed for a need, with the owner's answers. */
export function usePushes(needId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['market', 'needs', 'pushes', needId] as const,
    queryFn: () => api<{ items: Push[] }>(`/market/needs/${needId}/pushes`),
    enabled,
  });
}
export const usePush = () =>
  useMarketMutation(({ needId, achievementId, note }: { needId: number; achievementId: number; note?: string }) =>
    api<Push>(`/market/needs/${needId}/pushes`, { method: 'POST', body: { achievementId, note: note ?? '' } }),
  );
export const useAnswerPush = () =>
  useMarketMutation(({ id, answer, reason }: { id: number; answer: PushAnswer; reason?: string }) =>
    api<Push>(`/market/pushes/${id}/answer`, { method: 'POST', body: { answer, reason: reason ?? '' } }),
  );

export function useSynonyms(params: QueryParams) {
  return useQuery({
    queryKey: ['market', 'synonyms', params] as const,
    queryFn: ({ signal }) => api<Page<Synonym>>('/market/synonyms', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
export const useSaveSynonym = () =>
  useMarketMutation(({ id, body }: { id?: number; body: SynonymInput }) =>
    id
      ? api<Synonym>(`/market/synonyms/${id}`, { method: 'PUT', body })
      : api<Synonym>('/market/synonyms', { method: 'POST', body }),
  );
export const useDeleteSynonym = () =>
  useMarketMutation((id: number) => api<null>(`/market/synonyms/${id}`, { method: 'DELETE' }));

/** The experts, and which of them are 技术经理人 (administration), a page at a time. */
export function useBrokers(params: QueryParams) {
  return useQuery({
    queryKey: ['market', 'brokers', params] as const,
    queryFn: ({ signal }) => api<Page<BrokerCandidate>>('/market/brokers', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
export const useSetBroker = () =>
  useMarketMutation(({ userId, broker }: { userId: number; broker: boolean }) =>
    api<BrokerCandidate>(`/market/brokers/${userId}`, { method: 'PUT', body: { broker } }),
  );

/** A registration certificate checked by its number and verification code (public). */
export const useVerifyRegistration = (number: string, code: string) =>
  useQuery({
    queryKey: ['market', 'verify', number, code],
    queryFn: () => api<RegistrationVerify>(`/market/registrations/verify/${number}`, { query: { code } }),
    enabled: /^\d{6,20}$/.test(number) && /^[0-9A-Za-z]{10}$/.test(code),
    retry: false,
  });
