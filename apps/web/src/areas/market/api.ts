import type { Achievement, AchievementInput, AchievementListQuery } from '@cz/shared/market';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export const marketKeys = {
  all: ['market'] as const,
  list: (p: AchievementListQuery) => ['market', 'achievements', p] as const,
  one: (id: number) => ['market', 'achievement', id] as const,
};

export function useAchievements(params: AchievementListQuery, enabled = true) {
  return useQuery({
    queryKey: marketKeys.list(params),
    queryFn: ({ signal }) => api<Page<Achievement>>('/market/achievements', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAchievement(id: number | undefined) {
  return useQuery({
    queryKey: marketKeys.one(id ?? 0),
    queryFn: () => api<Achievement>(`/market/achievements/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

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
  useMarketMutation((body: AchievementInput) => api<Achievement>('/market/achievements', { method: 'POST', body }));
export const useUpdateAchievement = () =>
  useMarketMutation(({ id, body }: { id: number; body: AchievementInput }) =>
    api<Achievement>(`/market/achievements/${id}`, { method: 'PUT', body }),
  );
export const useAchievementStep = () =>
  useMarketMutation(({ id, step }: { id: number; step: 'submit' | 'withdraw' }) =>
    api<Achievement>(`/market/achievements/${id}/${step}`, { method: 'POST', body: {} }),
  );
export const useReviewAchievement = () =>
  useMarketMutation(({ id, decision, note }: { id: number; decision: 'publish' | 'return'; note?: string }) =>
    api<Achievement>(`/market/achievements/${id}/review`, { method: 'POST', body: { decision, note: note ?? '' } }),
  );
