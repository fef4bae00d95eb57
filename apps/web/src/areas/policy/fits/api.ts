import type {
  Facts,
  PolicyFits,
  PolicyFitsParams,
  PolicySubscription,
  PolicySubscriptionInput,
} from '@cz/shared/policy';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../kit/api/client';

export const fitsKeys = {
  fits: (orgId: number, p: PolicyFitsParams) => ['policyFits', orgId, p] as const,
  subscription: (orgId: number) => ['policySubscription', orgId] as const,
};

/** "Policies that fit me", a page at a time, all of them or only the eligible / those needing data. */
export function useFits(orgId: number | undefined, params: PolicyFitsParams) {
  return useQuery({
    queryKey: fitsKeys.fits(orgId ?? 0, params),
    queryFn: ({ signal }) => api<PolicyFits>(`/policy/orgs/${orgId}/fits`, { query: params as QueryParams, signal }),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
}

/** The public calculator: answers in, the open items that may fit out; nothing is stored. */
export function usePolicyCheck() {
  return useMutation({
    mutationFn: (facts: Facts) => api<PolicyFits>('/policy/check', { method: 'POST', body: { facts } }),
  });
}

export function useSubscription(orgId: number | undefined) {
  return useQuery({
    queryKey: fitsKeys.subscription(orgId ?? 0),
    queryFn: () => api<PolicySubscription>(`/policy/orgs/${orgId}/subscription`),
    enabled: !!orgId,
  });
}

export function useSaveSubscription(orgId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PolicySubscriptionInput) =>
      api<PolicySubscription>(`/policy/orgs/${orgId}/subscription`, { method: 'PUT', body }),
    onSuccess: (s) => qc.setQueryData(fitsKeys.subscription(orgId), s),
  });
}

/** The open items, soonest closing first (the home page's open windows). */
export function useOpenItems(pageSize: number) {
  return useQuery({
    queryKey: ['policyOpenItems', pageSize] as const,
    queryFn: () =>
      api<{ items: import('@cz/shared/policy').PolicyItem[]; total: number }>('/policy/items', {
        query: { open: 'true', pageSize },
      }),
  });
}
