import type {
  Catalogue,
  CatalogueDetail,
  CatalogueUpdate,
  Contract,
  ContractInput,
  Deal,
  DealDetail,
  EventInput,
  EventYield,
  MarketEvent,
  MarketEventDetail,
  MarketPatent,
  MarketSettings,
  MarketStatistics,
  OfflineContractInput,
  OpenLicence,
  OpenLicenceInput,
  Registration,
} from '@cz/shared/market';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Negotiations, contracts and registrations: one key prefix, refreshed together after every step. */
const KEY = ['market', 'deals'] as const;

function useDealMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: KEY }), qc.invalidateQueries({ queryKey: ['workbench'] })]),
  });
}

export const useDeals = (params: QueryParams) =>
  useQuery({
    queryKey: [...KEY, 'list', params],
    queryFn: ({ signal }) => api<Page<Deal>>('/market/deals', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
export const useDeal = (id: number) =>
  useQuery({ queryKey: [...KEY, 'one', id], queryFn: () => api<DealDetail>(`/market/deals/${id}`), enabled: id > 0 });
export type DealNotice = {
  dealId: number;
  achievementTitle: string;
  sellerName: string;
  buyerName: string;
  agreedFen: number;
  noticeFrom: string;
  noticeUntil: string;
};
export const useDealNotices = (params: QueryParams) =>
  useQuery({
    queryKey: [...KEY, 'notices', params],
    queryFn: ({ signal }) => api<Page<DealNotice>>('/market/deal-notices', { query: params, signal }),
    placeholderData: keepPreviousData,
  });

export const useOpenDeal = () =>
  useDealMutation((body: { achievementId: number; needId?: number | null; message: string }) =>
    api<DealDetail>('/market/deals', { method: 'POST', body: { needId: null, ...body } }),
  );
export const useDealMessage = () =>
  useDealMutation(({ id, ...body }: { id: number; body: string; offerFen: number | null; attachments: string[] }) =>
    api<DealDetail>(`/market/deals/${id}/messages`, { method: 'POST', body }),
  );
export const useAnswerOffer = () =>
  useDealMutation(({ id, accept }: { id: number; accept: boolean }) =>
    api<DealDetail>(`/market/deals/${id}/offer-answer`, { method: 'POST', body: { accept } }),
  );
export const useCancelDeal = () =>
  useDealMutation(({ id, reason }: { id: number; reason: string }) =>
    api<DealDetail>(`/market/deals/${id}/cancel`, { method: 'POST', body: { reason } }),
  );

export const useContract = (id: number) =>
  useQuery({
    queryKey: [...KEY, 'contract', id],
    queryFn: () => api<Contract>(`/market/contracts/${id}`),
    enabled: id > 0,
  });
export const useSaveContract = () =>
  useDealMutation(({ dealId, id, body }: { dealId?: number; id?: number; body: ContractInput }) =>
    id
      ? api<Contract>(`/market/contracts/${id}`, { method: 'PUT', body })
      : api<Contract>(`/market/deals/${dealId}/contract`, { method: 'POST', body }),
  );
export const useRecordOfflineContract = () =>
  useDealMutation((body: OfflineContractInput) => api<Contract>('/market/contracts/offline', { method: 'POST', body }));
export const useConfirmContract = () =>
  useDealMutation((id: number) => api<Contract>(`/market/contracts/${id}/confirm`, { method: 'POST', body: {} }));
export const useSignedFile = () =>
  useDealMutation(({ id, signedFile }: { id: number; signedFile: string }) =>
    api<Contract>(`/market/contracts/${id}/signed-file`, { method: 'PUT', body: { signedFile } }),
  );

export const useRegistrations = (params: QueryParams) =>
  useQuery({
    queryKey: [...KEY, 'registrations', params],
    queryFn: ({ signal }) => api<Page<Registration>>('/market/registrations', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
export const useRegistration = (id: number) =>
  useQuery({
    queryKey: [...KEY, 'registration', id],
    queryFn: () => api<Registration>(`/market/registrations/${id}`),
    enabled: id > 0,
  });
export const useApplyRegistration = () =>
  useDealMutation((contractId: number) =>
    api<Registration>(`/market/contracts/${contractId}/registration`, { method: 'POST', body: {} }),
  );
export type RegistrationDecision =
  | { decision: 'register' }
  | { decision: 'refuse'; reasonCode: string; note: string }
  | { decision: 'return'; note: string };
export const useDecideRegistration = () =>
  useDealMutation(({ id, body }: { id: number; body: RegistrationDecision }) =>
    api<Registration>(`/market/registrations/${id}/decision`, { method: 'POST', body }),
  );
export const useSupplyRegistration = () =>
  useDealMutation(({ id, note, signedFile }: { id: number; note: string; signedFile: string | null }) =>
    api<Registration>(`/market/registrations/${id}/supply`, { method: 'POST', body: { note, signedFile } }),
  );

export const useMarketSettings = () =>
  useQuery({ queryKey: [...KEY, 'settings'], queryFn: () => api<MarketSettings>('/market/settings') });
export const useSaveMarketSettings = () =>
  useDealMutation((body: MarketSettings) => api<MarketSettings>('/market/settings', { method: 'PUT', body }));

/** Where a registration's certificate is downloaded. */
export const certificateUrl = (id: number) => `/api/v1/market/registrations/${id}/certificate.pdf`;

export const useMarketStatistics = (year: number) =>
  useQuery({
    queryKey: [...KEY, 'statistics', year],
    queryFn: () => api<MarketStatistics>('/market/statistics', { query: { year } }),
    placeholderData: keepPreviousData,
  });

export const useCatalogues = (params: QueryParams) =>
  useQuery({
    queryKey: [...KEY, 'catalogues', params],
    queryFn: ({ signal }) => api<Page<Catalogue>>('/market/catalogues', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
export const useCatalogue = (id: number) =>
  useQuery({
    queryKey: [...KEY, 'catalogue', id],
    queryFn: () => api<CatalogueDetail>(`/market/catalogues/${id}`),
    enabled: id > 0,
  });
export const useCreateCatalogue = () =>
  useDealMutation((body: { year: number; title: string; intro: string }) =>
    api<CatalogueDetail>('/market/catalogues', { method: 'POST', body }),
  );
export const useSaveCatalogue = () =>
  useDealMutation(({ id, body }: { id: number; body: CatalogueUpdate }) =>
    api<CatalogueDetail>(`/market/catalogues/${id}`, { method: 'PUT', body }),
  );
export const usePublishCatalogue = () =>
  useDealMutation(({ id, publish }: { id: number; publish: boolean }) =>
    api<CatalogueDetail>(`/market/catalogues/${id}/${publish ? 'publish' : 'withdraw'}`, { method: 'POST', body: {} }),
  );
export const catalogueFileUrl = (id: number, kind: 'pdf' | 'xlsx') =>
  `/api/v1/market/catalogues/${id}/${kind === 'pdf' ? 'catalogue.pdf' : 'export.xlsx'}`;

type EventPage = Page<MarketEvent> & { thisYear: { year: number; count: number; target: number } };
export const useEvents = (params: QueryParams) =>
  useQuery({
    queryKey: [...KEY, 'events', params],
    queryFn: ({ signal }) => api<EventPage>('/market/events', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
export const useEvent = (id: number) =>
  useQuery({
    queryKey: [...KEY, 'event', id],
    queryFn: () => api<MarketEventDetail>(`/market/events/${id}`),
    enabled: id > 0,
  });
export const useEventYield = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: [...KEY, 'event-yield', id],
    queryFn: () => api<EventYield>(`/market/events/${id}/yield`),
    enabled: enabled && id > 0,
  });
export const useSaveEvent = () =>
  useDealMutation(({ id, body }: { id?: number; body: EventInput }) =>
    id
      ? api<MarketEventDetail>(`/market/events/${id}`, { method: 'PUT', body })
      : api<MarketEventDetail>('/market/events', { method: 'POST', body }),
  );
export const useEventStep = () =>
  useDealMutation(
    ({
      id,
      step,
      body,
    }: {
      id: number;
      step: 'status' | 'invitations' | 'registration' | 'check-ins' | 'meetings';
      body?: object;
    }) => api<unknown>(`/market/events/${id}/${step}`, { method: 'POST', body: body ?? {} }),
  );

/** 专利超市 and 开放许可. */
export const usePatents = (params: QueryParams, enabled = true) =>
  useQuery({
    queryKey: [...KEY, 'patents', params],
    queryFn: ({ signal }) => api<Page<MarketPatent>>('/market/patents', { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
export const useDeclareOpenLicence = (achievementId: number) =>
  useDealMutation((body: OpenLicenceInput) =>
    api<OpenLicence>(`/market/achievements/${achievementId}/open-licences`, { method: 'POST', body }),
  );
export const useWithdrawOpenLicence = () =>
  useDealMutation(({ id, reason }: { id: number; reason: string }) =>
    api<OpenLicence>(`/market/open-licences/${id}/withdraw`, { method: 'POST', body: { reason } }),
  );
export const useTakeOpenLicence = () =>
  useDealMutation(({ id, ...body }: { id: number; years: number; message: string }) =>
    api<{ dealId: number }>(`/market/open-licences/${id}/take`, { method: 'POST', body }),
  );
