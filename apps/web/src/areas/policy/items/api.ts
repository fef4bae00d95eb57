import type { Page } from '@cz/shared/common';
import type {
  PolicyEligibility,
  PolicyItem,
  PolicyItemInput,
  PolicyItemListParams,
  PolicySimulation,
  PolicySimulationOrg,
  PolicySimulationOrgParams,
} from '@cz/shared/policy';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../kit/api/client';

export const itemKeys = {
  all: ['policyItems'] as const,
  list: (p: PolicyItemListParams) => ['policyItems', 'list', p] as const,
  one: (id: number) => ['policyItems', 'one', id] as const,
  latestRun: (id: number) => ['policyItems', 'latestRun', id] as const,
  run: (id: number) => ['policyItems', 'run', id] as const,
  runOrgs: (id: number, p: PolicySimulationOrgParams) => ['policyItems', 'runOrgs', id, p] as const,
  eligibility: (id: number, orgId: number) => ['policyItems', 'eligibility', id, orgId] as const,
};

/** Items by the list's filters: the public sees published and closed ones, the administration every state. */
export function useItemList(params: PolicyItemListParams, enabled = true) {
  return useQuery({
    queryKey: itemKeys.list(params),
    queryFn: ({ signal }) => api<Page<PolicyItem>>('/policy/items', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useItem(id: number) {
  return useQuery({
    queryKey: itemKeys.one(id),
    queryFn: () => api<PolicyItem>(`/policy/items/${id}`),
    enabled: id > 0,
  });
}

/** The item's latest run, polled while it runs. */
export function useLatestRun(itemId: number) {
  return useQuery({
    queryKey: itemKeys.latestRun(itemId),
    queryFn: () => api<PolicySimulation | null>(`/policy/items/${itemId}/simulations/latest`),
    enabled: itemId > 0,
  });
}

/** A run with its progress: asked again every second until it has finished. */
export function useRun(runId: number | undefined) {
  return useQuery({
    queryKey: itemKeys.run(runId ?? 0),
    queryFn: () => api<PolicySimulation>(`/policy/runs/${runId}`),
    enabled: !!runId,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : 1000),
  });
}

export function useRunOrgs(runId: number | undefined, params: PolicySimulationOrgParams, enabled: boolean) {
  return useQuery({
    queryKey: itemKeys.runOrgs(runId ?? 0, params),
    queryFn: ({ signal }) =>
      api<Page<PolicySimulationOrg>>(`/policy/runs/${runId}/orgs`, { query: params as QueryParams, signal }),
    enabled: !!runId && enabled,
    placeholderData: keepPreviousData,
  });
}

/** An enterprise against an item, explained (its members and the administration). */
export function useEligibility(itemId: number, orgId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: itemKeys.eligibility(itemId, orgId ?? 0),
    queryFn: () => api<PolicyEligibility>(`/policy/items/${itemId}/eligibility/${orgId}`),
    enabled: enabled && itemId > 0 && !!orgId,
  });
}

function useItemMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: itemKeys.all }),
        qc.invalidateQueries({ queryKey: ['policyApplications'] }),
      ]),
  });
}

export const useCreateItem = () =>
  useItemMutation((body: PolicyItemInput) => api<PolicyItem>('/policy/items', { method: 'POST', body }));
export const useUpdateItem = () =>
  useItemMutation(({ id, body }: { id: number; body: PolicyItemInput }) =>
    api<PolicyItem>(`/policy/items/${id}`, { method: 'PUT', body }),
  );
export const usePublishItem = () =>
  useItemMutation((id: number) => api<PolicyItem>(`/policy/items/${id}/publish`, { method: 'POST' }));
export const useEndItem = () =>
  useItemMutation(({ id, to }: { id: number; to: 'closed' | 'withdrawn' }) =>
    api<PolicyItem>(`/policy/items/${id}/end`, { method: 'POST', body: { to } }),
  );
export const useSimulate = () =>
  useItemMutation((id: number) => api<PolicySimulation>(`/policy/items/${id}/simulations`, { method: 'POST' }));
