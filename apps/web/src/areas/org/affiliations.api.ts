import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

export const AFFILIATION_KINDS = ['subordinate', 'co_built', 'ownership'] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];
export type Affiliation = { orgId: number; orgName: string; kind: AffiliationKind; note: string; createdAt: string };

const key = (orgId: number) => ['orgs', 'affiliations', orgId] as const;

export function useAffiliations(orgId: number) {
  return useQuery({
    queryKey: key(orgId),
    queryFn: () => api<{ items: Affiliation[] }>(`/orgs/${orgId}/affiliations`).then((r) => r.items),
  });
}

export function useAddAffiliation(orgId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { orgId: number; kind: AffiliationKind; note: string }) =>
      api<{ ok: true }>(`/orgs/${orgId}/affiliations`, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(orgId) }),
  });
}

export function useRemoveAffiliation(orgId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (other: number) => api<null>(`/orgs/${orgId}/affiliations/${other}`, { method: 'DELETE' }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(orgId) }),
  });
}
