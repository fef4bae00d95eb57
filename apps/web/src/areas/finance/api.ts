import type {
  CaseStep,
  Consent,
  ConsentInput,
  FinanceNeed,
  FinanceNeedInput,
  FinanceSettings,
  Institution,
  InstitutionInput,
  Label,
  LoanCase,
  PrecheckResult,
  Product,
  ProductInput,
  ProductListQuery,
  SharedFacts,
} from '@cz/shared/finance';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type FactRead = {
  id: number;
  consentId: number;
  institutionName: string;
  readerName: string;
  scopes: Consent['scopes'];
  readAt: string;
};
export type ProductStepAction = 'submit' | 'withdraw' | 'suspend' | 'resume' | 'retire';

/** A page of one of the area's lists, the previous page kept on screen while the next one loads. */
export function useList<T>(path: string, key: string, params: QueryParams, enabled = true) {
  return useQuery({
    queryKey: ['finance', key, params] as const,
    queryFn: ({ signal }) => api<Page<T>>(path, { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useOne<T>(path: string, key: string, id: number | undefined) {
  return useQuery({
    queryKey: ['finance', key, 'one', id ?? 0] as const,
    queryFn: () => api<T>(`${path}/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

export const useProducts = (params: ProductListQuery & QueryParams, enabled = true) =>
  useList<Product>('/finance/products', 'products', params, enabled);
export const useProduct = (id: number | undefined) => useOne<Product>('/finance/products', 'products', id);
export const useNeeds = (params: QueryParams, enabled = true) =>
  useList<FinanceNeed>('/finance/needs', 'needs', params, enabled);
export const useNeed = (id: number | undefined) => useOne<FinanceNeed>('/finance/needs', 'needs', id);
export const useCases = (params: QueryParams, enabled = true) =>
  useList<LoanCase>('/finance/cases', 'cases', params, enabled);
export const useInstitutions = (params: QueryParams, enabled = true) =>
  useList<Institution>('/finance/institutions', 'institutions', params, enabled);
export const useInstitution = (id: number | undefined) =>
  useOne<Institution>('/finance/institutions', 'institutions', id);
export const useConsentReads = (params: QueryParams, enabled = true) =>
  useList<FactRead>('/finance/consent-reads', 'reads', params, enabled);

export function useCompare(ids: number[]) {
  return useQuery({
    queryKey: ['finance', 'compare', ids] as const,
    queryFn: () => api<{ items: Product[] }>('/finance/products/compare', { query: { ids: ids.join(',') } }),
    enabled: ids.length >= 2,
  });
}

export function useLabels() {
  return useQuery({
    queryKey: ['finance', 'labels'] as const,
    queryFn: () => api<{ items: Label[] }>('/finance/labels'),
    staleTime: 60_000,
  });
}

export function usePrecheck(productId: number, needId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['finance', 'precheck', productId, needId ?? 0] as const,
    queryFn: () => api<PrecheckResult>(`/finance/products/${productId}/precheck`, { query: needId ? { needId } : {} }),
    enabled,
    retry: false,
  });
}

export function useNeedPrechecks(needId: number, enabled = true) {
  return useQuery({
    queryKey: ['finance', 'needs', 'prechecks', needId] as const,
    queryFn: () => api<{ items: PrecheckResult[] }>(`/finance/needs/${needId}/prechecks`),
    enabled: enabled && needId > 0,
  });
}

export function useMyInstitution() {
  return useQuery({
    queryKey: ['finance', 'institutions', 'mine'] as const,
    queryFn: () => api<Institution | null>('/finance/institutions/mine'),
  });
}

/** Consents my enterprise gave (`mine`) or my institution received (`received`), a page at a time. */
export const useConsents = (params: QueryParams & { scope: 'mine' | 'received' }, enabled = true) =>
  useList<Consent>('/finance/consents', 'consents', params, enabled);

/** The enterprise's facts an institution may read under a consent (each read is logged for the enterprise). */
export function useSharedFacts(orgId: number, enabled = true) {
  return useQuery({
    queryKey: ['finance', 'facts', orgId] as const,
    queryFn: () => api<SharedFacts>(`/finance/enterprises/${orgId}/facts`),
    enabled: enabled && orgId > 0,
    retry: false,
  });
}

export function useSettings() {
  return useQuery({
    queryKey: ['finance', 'settings'] as const,
    queryFn: () => api<FinanceSettings & { updatedAt: string }>('/finance/settings'),
  });
}

export function useFinanceMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ['finance'] }), qc.invalidateQueries({ queryKey: ['workbench'] })]),
  });
}

export const useSaveInstitution = () =>
  useFinanceMutation((body: InstitutionInput) =>
    api<Institution>('/finance/institutions/mine', { method: 'PUT', body }),
  );
export const useSaveProduct = () =>
  useFinanceMutation(({ id, body }: { id?: number | undefined; body: ProductInput }) =>
    id
      ? api<Product>(`/finance/products/${id}`, { method: 'PUT', body })
      : api<Product>('/finance/products', { method: 'POST', body }),
  );
export const useProductStep = () =>
  useFinanceMutation(({ id, action, note }: { id: number; action: ProductStepAction; note?: string }) =>
    api<Product>(`/finance/products/${id}/step`, { method: 'POST', body: { action, note: note ?? '' } }),
  );
export const useReviewProduct = () =>
  useFinanceMutation(({ id, decision, note }: { id: number; decision: 'publish' | 'return'; note?: string }) =>
    api<Product>(`/finance/products/${id}/review`, { method: 'POST', body: { decision, note: note ?? '' } }),
  );

export const useCreateNeed = () =>
  useFinanceMutation((body: FinanceNeedInput) => api<FinanceNeed>('/finance/needs', { method: 'POST', body }));
export const useNeedAction = () =>
  useFinanceMutation(({ id, action }: { id: number; action: 'withdraw' | 'close' | 'pass' }) =>
    api<FinanceNeed>(`/finance/needs/${id}/${action}`, { method: 'POST' }),
  );
export const useClaimNeed = () =>
  useFinanceMutation(({ id, productId }: { id: number; productId: number | null }) =>
    api<LoanCase>(`/finance/needs/${id}/claim`, { method: 'POST', body: { productId } }),
  );
export const usePushNeed = () =>
  useFinanceMutation(({ id, institutionOrgId }: { id: number; institutionOrgId: number }) =>
    api<FinanceNeed>(`/finance/needs/${id}/push`, { method: 'POST', body: { institutionOrgId } }),
  );
export const useCaseStep = () =>
  useFinanceMutation(({ id, step }: { id: number; step: CaseStep }) =>
    api<LoanCase>(`/finance/cases/${id}/step`, { method: 'POST', body: step }),
  );

export const useGrantConsent = () =>
  useFinanceMutation((body: ConsentInput) => api<{ items: Consent[] }>('/finance/consents', { method: 'POST', body }));
export const useRevokeConsent = () =>
  useFinanceMutation((id: number) => api<Consent>(`/finance/consents/${id}/revoke`, { method: 'POST' }));

export const useSaveSettings = () =>
  useFinanceMutation((body: FinanceSettings) => api<unknown>('/finance/settings', { method: 'PUT', body }));
export const useSaveLabel = () =>
  useFinanceMutation(({ code, ...body }: Label) => api<Label>(`/finance/labels/${code}`, { method: 'PUT', body }));
