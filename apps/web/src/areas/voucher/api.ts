import type {
  ApplicationListParams,
  ApplicationPage,
  AwardListParams,
  AwardPage,
  applicationInputSchema,
  Decision,
  Eligibility,
  Scheme,
  SchemeInput,
  SchemeListParams,
  SchemePage,
  VoucherApplication,
  VoucherListParams,
  VoucherPage,
} from '@cz/shared/voucher';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const voucherKeys = {
  all: ['vouchers'] as const,
  schemes: (p: SchemeListParams) => ['vouchers', 'schemes', p] as const,
  scheme: (id: number) => ['vouchers', 'scheme', id] as const,
  awards: (id: number, p: AwardListParams) => ['vouchers', 'awards', id, p] as const,
  eligibility: (id: number, amount: number | undefined) => ['vouchers', 'eligibility', id, amount ?? null] as const,
  applications: (p: ApplicationListParams) => ['vouchers', 'applications', p] as const,
  list: (p: VoucherListParams) => ['vouchers', 'list', p] as const,
};

/** A page of schemes, newest year first: open and closed ones for everyone, drafts too for admins. */
export function useSchemes(params: SchemeListParams, enabled = true) {
  return useQuery({
    queryKey: voucherKeys.schemes(params),
    queryFn: ({ signal }) => api<SchemePage>('/voucher-schemes', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useScheme(id: number | undefined) {
  return useQuery({
    queryKey: voucherKeys.scheme(id ?? 0),
    queryFn: () => api<Scheme>(`/voucher-schemes/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

/** 公示: a page of the awards of a scheme in the order issued, searched on the server; public. */
export function useAwards(id: number, params: AwardListParams) {
  return useQuery({
    queryKey: voucherKeys.awards(id, params),
    queryFn: ({ signal }) => api<AwardPage>(`/voucher-schemes/${id}/awards`, { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every reason my organisation may not apply (for an amount, when given) and the cap left to it. */
export function useEligibility(id: number, amount: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: voucherKeys.eligibility(id, amount),
    queryFn: ({ signal }) => api<Eligibility>(`/voucher-schemes/${id}/eligibility`, { query: { amount }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useApplications(params: ApplicationListParams, enabled = true) {
  return useQuery({
    queryKey: voucherKeys.applications(params),
    queryFn: ({ signal }) => api<ApplicationPage>('/voucher-applications', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useVouchers(params: VoucherListParams, enabled = true) {
  return useQuery({
    queryKey: voucherKeys.list(params),
    queryFn: ({ signal }) => api<VoucherPage>('/vouchers', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Any change to schemes, applications or vouchers refreshes them all (budgets, caps and balances move together). */
function useVoucherMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: voucherKeys.all }) });
}

export const useCreateScheme = () =>
  useVoucherMutation((body: SchemeInput) => api<Scheme>('/voucher-schemes', { method: 'POST', body }));
export const useSetSchemeStatus = () =>
  useVoucherMutation(({ id, status }: { id: number; status: 'open' | 'closed' }) =>
    api<Scheme>(`/voucher-schemes/${id}/status`, { method: 'POST', body: { status } }),
  );
export const useApply = () =>
  useVoucherMutation(
    ({ schemeId, amount, purpose }: { schemeId: number } & InferInput<typeof applicationInputSchema>) =>
      api<VoucherApplication>(`/voucher-schemes/${schemeId}/applications`, {
        method: 'POST',
        body: { amount, purpose },
      }),
  );

export const useDecide = () =>
  useVoucherMutation(({ id, body }: { id: number; body: Decision }) =>
    api<VoucherApplication>(`/voucher-applications/${id}/decision`, { method: 'POST', body }),
  );
