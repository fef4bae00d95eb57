import type {
  BatchCreated,
  BatchPaid,
  batchInputSchema,
  batchPaidInputSchema,
  Claim,
  ClaimablePage,
  ClaimableParams,
  ClaimDocuments,
  ClaimListParams,
  ClaimPage,
  ClaimReview,
  SettlementBatchListParams,
  SettlementBatchPage,
} from '@cz/shared/voucher';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, type QueryParams } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const settlementKeys = {
  all: ['settlement'] as const,
  claimable: (p: ClaimableParams) => ['settlement', 'claimable', p] as const,
  claims: (p: ClaimListParams) => ['settlement', 'claims', p] as const,
  batches: (p: SettlementBatchListParams) => ['settlement', 'batches', p] as const,
};

/** A page of the provider's completed voucher-paid orders not yet claimed, newest first, searched on the server. */
export function useClaimable(params: ClaimableParams, enabled = true) {
  return useQuery({
    queryKey: settlementKeys.claimable(params),
    queryFn: ({ signal }) => api<ClaimablePage>('/voucher-claims/claimable', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A page of my claims (provider) or of all (admin), newest first, searched and filtered on the server. */
export function useClaims(params: ClaimListParams) {
  return useQuery({
    queryKey: settlementKeys.claims(params),
    queryFn: ({ signal }) => api<ClaimPage>('/voucher-claims', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A page of the settlement batches with their claim counts and totals, newest first, searched on the server (admin). */
export function useSettlementBatches(params: SettlementBatchListParams) {
  return useQuery({
    queryKey: settlementKeys.batches(params),
    queryFn: ({ signal }) => api<SettlementBatchPage>('/settlement-batches', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

function useSettlementMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: settlementKeys.all }),
        qc.invalidateQueries({ queryKey: ['vouchers'] }),
      ]),
  });
}

export const useSubmitClaim = () =>
  useSettlementMutation((body: ClaimDocuments & { orderId: number }) =>
    api<Claim>('/voucher-claims', { method: 'POST', body }),
  );
export const useResubmitClaim = () =>
  useSettlementMutation(({ id, body }: { id: number; body: ClaimDocuments }) =>
    api<Claim>(`/voucher-claims/${id}/resubmit`, { method: 'POST', body }),
  );
export const useReviewClaim = () =>
  useSettlementMutation(({ id, body }: { id: number; body: ClaimReview }) =>
    api<Claim>(`/voucher-claims/${id}/review`, { method: 'POST', body }),
  );
export const useCreateBatch = () =>
  useSettlementMutation((body: InferInput<typeof batchInputSchema>) =>
    api<BatchCreated>('/settlement-batches', { method: 'POST', body }),
  );
export const useMarkPaid = () =>
  useSettlementMutation(({ id, paymentRef }: { id: number } & InferInput<typeof batchPaidInputSchema>) =>
    api<BatchPaid>(`/settlement-batches/${id}/paid`, {
      method: 'POST',
      body: { paymentRef },
    }),
  );

export const exportBatch = (id: number) =>
  downloadFile(`/settlement-batches/${id}/export.xlsx`, undefined, `settlement-batch-${id}.xlsx`);
