import type {
  FinanceStatistics,
  Pledge,
  Pool,
  PoolClaim,
  PoolClaimStatus,
  PoolInput,
  pledgeStepSchema,
} from '@cz/shared/finance';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type QueryParams } from '../../kit/api/client';
import { type Page, useFinanceMutation, useList } from './api';

export type PoolMember = { orgId: number; orgName: string; result: 'eligible' | 'needs_data' };
export type ClaimAction = 'review' | 'approve' | 'reject' | 'pay';
export type PledgeStep = z.input<typeof pledgeStepSchema>;
export type ClaimInput = {
  caseId: number;
  lossFen: number;
  guaranteed: boolean;
  pureCredit: boolean;
  ipPledge: boolean;
  note: string;
};

/** 风险补偿资金池: all for the finance office, those covering my institution's loans for a bank; a page at a time. */
export const usePools = (params: QueryParams, enabled = true) =>
  useList<Pool>('/finance/pools', 'pools', params, enabled);

export function usePool(id: number) {
  return useQuery({
    queryKey: ['finance', 'pools', 'one', id] as const,
    queryFn: () => api<Pool>(`/finance/pools/${id}`),
    enabled: id > 0,
  });
}

export function usePoolMembers(id: number, params: QueryParams) {
  return useQuery({
    queryKey: ['finance', 'pools', 'members', id, params] as const,
    queryFn: ({ signal }) => api<Page<PoolMember>>(`/finance/pools/${id}/members`, { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: id > 0,
  });
}

export function usePoolClaims(
  params: QueryParams & { scope: 'institution' | 'all'; status?: PoolClaimStatus | undefined },
) {
  return useQuery({
    queryKey: ['finance', 'pool-claims', params] as const,
    queryFn: ({ signal }) => api<Page<PoolClaim>>('/finance/pool-claims', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePoolClaim(id: number | undefined) {
  return useQuery({
    queryKey: ['finance', 'pool-claims', 'one', id ?? 0] as const,
    queryFn: () => api<PoolClaim>(`/finance/pool-claims/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

export const useCreatePool = () =>
  useFinanceMutation((body: PoolInput) => api<Pool>('/finance/pools', { method: 'POST', body }));
export const useFundPool = () =>
  useFinanceMutation(({ id, amountFen, note }: { id: number; amountFen: number; note: string }) =>
    api<Pool>(`/finance/pools/${id}/fund`, { method: 'POST', body: { amountFen, note } }),
  );
export const useComputeWhitelist = () =>
  useFinanceMutation((id: number) => api<Pool>(`/finance/pools/${id}/whitelist`, { method: 'POST' }));
export const useClaimCompensation = () =>
  useFinanceMutation(({ poolId, body }: { poolId: number; body: ClaimInput }) =>
    api<PoolClaim>(`/finance/pools/${poolId}/claims`, { method: 'POST', body }),
  );
export const useDecideClaim = () =>
  useFinanceMutation(({ id, action, note }: { id: number; action: ClaimAction; note: string }) =>
    api<PoolClaim>(`/finance/pool-claims/${id}/decision`, { method: 'POST', body: { action, note } }),
  );

/** 知识产权质押: my institution's, my enterprise's, or all (the finance office); a page at a time. */
export const usePledges = (params: QueryParams & { scope: 'institution' | 'mine' | 'all' }) =>
  useList<Pledge>('/finance/pledges', 'pledges', params);

export function usePledge(id: number) {
  return useQuery({
    queryKey: ['finance', 'pledges', 'one', id] as const,
    queryFn: () => api<Pledge>(`/finance/pledges/${id}`),
    enabled: id > 0,
  });
}

/** The patents the case's enterprise can pledge, for the bank holding the case. */
export function usePledgeablePatents(caseId: number) {
  return useQuery({
    queryKey: ['finance', 'cases', caseId, 'patents'] as const,
    queryFn: () =>
      api<{ items: { id: number; number: string; title: string; kind: string }[] }>(`/finance/cases/${caseId}/patents`),
  });
}

export const useCreatePledge = () =>
  useFinanceMutation((body: { caseId: number; patentIds: number[] }) =>
    api<Pledge>('/finance/pledges', { method: 'POST', body }),
  );
export const usePledgeStep = () =>
  useFinanceMutation(({ id, step }: { id: number; step: PledgeStep }) =>
    api<Pledge>(`/finance/pledges/${id}/step`, { method: 'POST', body: step }),
  );

export function useFinanceStatistics(year: number) {
  return useQuery({
    queryKey: ['finance', 'statistics', year] as const,
    queryFn: () => api<FinanceStatistics>('/finance/statistics', { query: { year } }),
    placeholderData: keepPreviousData,
  });
}
