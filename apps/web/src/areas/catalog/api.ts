import type { ServiceInput } from '@cz/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { Page, Service } from '../../kit/types';

export const SERVICE_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'rating'] as const;
export type ServiceSort = (typeof SERVICE_SORTS)[number];

export type ServiceListParams = {
  page?: number;
  pageSize?: number;
  q?: string | undefined;
  category?: string | undefined;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  region?: string | undefined;
  minRating?: number | undefined;
  voucherEligible?: 'true' | 'false' | undefined;
  providerId?: number | undefined;
  status?: string | undefined;
  sort?: ServiceSort;
};

export const serviceKeys = {
  all: ['services'] as const,
  list: (p: ServiceListParams) => ['services', 'list', p] as const,
  one: (id: number) => ['services', 'one', id] as const,
};

export function useServiceList(params: ServiceListParams, enabled = true) {
  return useQuery({
    queryKey: serviceKeys.list(params),
    queryFn: ({ signal }) => api<Page<Service>>('/services', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useService(id: number | undefined) {
  return useQuery({
    queryKey: serviceKeys.one(id ?? 0),
    queryFn: () => api<Service>(`/services/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

function useServiceMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: serviceKeys.all }),
        qc.invalidateQueries({ queryKey: ['instruments'] }),
      ]),
  });
}

export const useCreateService = () =>
  useServiceMutation((body: ServiceInput) => api<Service>('/services', { method: 'POST', body }));
export const useUpdateService = () =>
  useServiceMutation(({ id, body }: { id: number; body: ServiceInput }) =>
    api<Service>(`/services/${id}`, { method: 'PUT', body }),
  );
export const useWithdrawService = () =>
  useServiceMutation((id: number) => api<Service>(`/services/${id}/withdraw`, { method: 'POST', body: {} }));

export type SuspendBody = { action: 'suspend'; reason: string } | { action: 'reinstate' };
export const useSuspendService = () =>
  useServiceMutation(({ id, body }: { id: number; body: SuspendBody }) =>
    api<Service>(`/services/${id}/suspension`, { method: 'POST', body }),
  );
export const useSuspendProvider = () =>
  useServiceMutation(({ orgId, body }: { orgId: number; body: SuspendBody }) =>
    api<unknown>(`/orgs/${orgId}/listings/suspension`, { method: 'POST', body }),
  );
