import type {
  providerSuspensionSchema,
  Service,
  ServiceInput,
  ServiceListParams,
  ServicePage,
  SuspendBody,
} from '@cz/shared/catalog';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { Infer } from '../../kit/types';

export const serviceKeys = {
  all: ['services'] as const,
  list: (p: ServiceListParams) => ['services', 'list', p] as const,
  one: (id: number) => ['services', 'one', id] as const,
};

export function useServiceList(params: ServiceListParams, enabled = true) {
  return useQuery({
    queryKey: serviceKeys.list(params),
    queryFn: ({ signal }) => api<ServicePage>('/services', { query: params as QueryParams, signal }),
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

export const useSuspendService = () =>
  useServiceMutation(({ id, body }: { id: number; body: SuspendBody }) =>
    api<Service>(`/services/${id}/suspension`, { method: 'POST', body }),
  );
export const useSuspendProvider = () =>
  useServiceMutation(({ orgId, body }: { orgId: number; body: SuspendBody }) =>
    api<Infer<typeof providerSuspensionSchema>>(`/orgs/${orgId}/listings/suspension`, { method: 'POST', body }),
  );
