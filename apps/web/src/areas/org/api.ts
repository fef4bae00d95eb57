import type {
  FactChange,
  FactChangeDecision,
  FactChangeListQuery,
  FactChangePage,
  ImportReport,
  Indicator,
  Org,
  OrgFactChangeQuery,
  OrgInput,
  OrgListParams,
  OrgPage,
} from '@cz/shared/org';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams, type UploadHooks, uploadFile, XLSX_TYPE } from '../../kit/api/client';

export const orgKeys = {
  all: ['orgs'] as const,
  list: (p: OrgListParams) => ['orgs', 'list', p] as const,
  one: (id: number) => ['orgs', 'one', id] as const,
  indicators: (id: number) => ['orgs', 'indicators', id] as const,
  factChanges: (id: number, p: OrgFactChangeQuery) => ['orgs', 'fact-changes', id, p] as const,
  factChangeList: (p: FactChangeListQuery) => ['orgs', 'fact-changes', 'list', p] as const,
  factChangeCount: ['orgs', 'fact-changes', 'count'] as const,
};

export function useOrgList(params: OrgListParams, enabled = true) {
  return useQuery({
    queryKey: orgKeys.list(params),
    queryFn: ({ signal }) => api<OrgPage>('/orgs', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrg(id: number | undefined) {
  return useQuery({
    queryKey: orgKeys.one(id ?? 0),
    queryFn: () => api<Org>(`/orgs/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

export function useIndicators(orgId: number | undefined) {
  return useQuery({
    queryKey: orgKeys.indicators(orgId ?? 0),
    queryFn: () => api<{ items: Indicator[] }>(`/orgs/${orgId}/indicators`).then((r) => r.items),
    enabled: orgId !== undefined && orgId > 0,
  });
}

/** Every change to an organisation refreshes the lists, the record and the logged-in user's view of it. */
function useOrgMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([qc.invalidateQueries({ queryKey: orgKeys.all }), qc.invalidateQueries({ queryKey: ['me'] })]);
    },
  });
}

export const useCreateOrg = () => useOrgMutation((body: OrgInput) => api<Org>('/orgs', { method: 'POST', body }));
export const useUpdateOrg = () =>
  useOrgMutation(({ id, body }: { id: number; body: OrgInput }) => api<Org>(`/orgs/${id}`, { method: 'PUT', body }));
export const useResubmitOrg = () =>
  useOrgMutation((id: number) => api<Org>(`/orgs/${id}/resubmit`, { method: 'POST', body: {} }));
export const useDecideOrg = () =>
  useOrgMutation(({ id, decision, reason }: { id: number; decision: 'verify' | 'reject'; reason?: string }) =>
    api<Org>(`/orgs/${id}/verification`, {
      method: 'POST',
      body: decision === 'verify' ? { decision } : { decision, reason },
    }),
  );
export const usePutIndicator = () =>
  useOrgMutation(({ orgId, body }: { orgId: number; body: Indicator }) =>
    api<Indicator>(`/orgs/${orgId}/indicators/${body.year}`, { method: 'PUT', body }),
  );
export const useDeleteIndicator = () =>
  useOrgMutation(({ orgId, year }: { orgId: number; year: number }) =>
    api<null>(`/orgs/${orgId}/indicators/${year}`, { method: 'DELETE' }),
  );

export function uploadOrgImport(file: File, mode: 'dry-run' | 'commit', hooks: UploadHooks) {
  return uploadFile<ImportReport>('/orgs/import', { mode }, file, XLSX_TYPE, hooks);
}

/** A page of an organisation's requests to change its verified facts, newest first, searched on the server. */
export function useOrgFactChanges(orgId: number | undefined, params: OrgFactChangeQuery) {
  return useQuery({
    queryKey: orgKeys.factChanges(orgId ?? 0, params),
    queryFn: ({ signal }) =>
      api<FactChangePage>(`/orgs/${orgId}/fact-changes`, { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled: orgId !== undefined && orgId > 0,
  });
}

/** The administration's list of requests, by status. */
export function useFactChangeList(params: FactChangeListQuery) {
  return useQuery({
    queryKey: orgKeys.factChangeList(params),
    queryFn: ({ signal }) => api<FactChangePage>('/org-fact-changes', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

/** How many requests wait for the administration. */
export function useFactChangeCount(enabled = true) {
  return useQuery({
    queryKey: orgKeys.factChangeCount,
    queryFn: () => api<{ pending: number }>('/org-fact-changes/count').then((r) => r.pending),
    enabled,
  });
}

export const useDecideFactChange = () =>
  useOrgMutation(({ id, body }: { id: number; body: FactChangeDecision }) =>
    api<FactChange>(`/org-fact-changes/${id}/decision`, { method: 'POST', body }),
  );
export const useWithdrawFactChange = () =>
  useOrgMutation((orgId: number) => api<null>(`/orgs/${orgId}/fact-changes/pending`, { method: 'DELETE' }));
