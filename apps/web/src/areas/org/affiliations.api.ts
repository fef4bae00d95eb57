import type { Affiliation, AffiliationInput } from '@cz/shared/org';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

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
    mutationFn: (body: AffiliationInput) => api<{ ok: true }>(`/orgs/${orgId}/affiliations`, { method: 'POST', body }),
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
