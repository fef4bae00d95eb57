import type {
  Material,
  MaterialInput,
  MaterialListParams,
  MaterialMetrics,
  MaterialPage,
  MaterialPatch,
  MaterialRequirement,
  MaterialReviewBody,
  ResolveResult,
  VaultParams,
} from '@cz/shared/materials';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

export const materialsKeys = {
  all: ['materials'] as const,
  vault: (orgId: number, p: VaultParams) => ['materials', 'vault', orgId, p] as const,
  list: (p: MaterialListParams) => ['materials', 'list', p] as const,
  resolve: (orgId: number, requirements: MaterialRequirement[], onDate?: string) =>
    ['materials', 'resolve', orgId, requirements, onDate ?? 'today'] as const,
  metrics: ['materials', 'metrics'] as const,
};

/** An enterprise's vault (its members and the administration). */
export function useVault(orgId: number | undefined, params: VaultParams) {
  return useQuery({
    queryKey: materialsKeys.vault(orgId ?? 0, params),
    queryFn: ({ signal }) => api<MaterialPage>(`/materials/orgs/${orgId}`, { query: params as QueryParams, signal }),
    enabled: orgId !== undefined && orgId > 0,
    placeholderData: keepPreviousData,
  });
}

/** The administration's list over every enterprise. */
export function useMaterialList(params: MaterialListParams) {
  return useQuery({
    queryKey: materialsKeys.list(params),
    queryFn: ({ signal }) => api<MaterialPage>('/materials', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMaterialMetrics() {
  return useQuery({ queryKey: materialsKeys.metrics, queryFn: () => api<MaterialMetrics>('/materials/metrics') });
}

/** What the vault supplies for these requirements (an application form's view of it). */
export function useResolve(orgId: number | undefined, requirements: MaterialRequirement[], onDate?: string) {
  return useQuery({
    queryKey: materialsKeys.resolve(orgId ?? 0, requirements, onDate),
    queryFn: () =>
      api<ResolveResult>(`/materials/orgs/${orgId}/resolve`, { method: 'POST', body: { requirements, onDate } }),
    enabled: orgId !== undefined && orgId > 0 && requirements.length > 0,
  });
}

function useMaterialsMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: materialsKeys.all }) });
}

export const useCreateMaterial = () =>
  useMaterialsMutation(({ orgId, body }: { orgId: number; body: MaterialInput }) =>
    api<Material>(`/materials/orgs/${orgId}`, { method: 'POST', body }),
  );
export const useUpdateMaterial = () =>
  useMaterialsMutation(({ orgId, id, body }: { orgId: number; id: number; body: MaterialPatch }) =>
    api<Material>(`/materials/orgs/${orgId}/${id}`, { method: 'PATCH', body }),
  );
export const useReviewMaterial = () =>
  useMaterialsMutation(({ orgId, id, body }: { orgId: number; id: number; body: MaterialReviewBody }) =>
    api<Material>(`/materials/orgs/${orgId}/${id}/review`, { method: 'POST', body }),
  );
