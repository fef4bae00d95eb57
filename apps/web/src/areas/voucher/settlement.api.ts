import type {
  BatchCreated,
  BatchPaid,
  batchInputSchema,
  batchPaidInputSchema,
  Claim,
  Claimable,
  ClaimDocuments,
  ClaimListParams,
  ClaimPage,
  ClaimReview,
  SettlementBatch,
} from '@cz/shared/voucher';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, type QueryParams } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const settlementKeys = {
  all: ['settlement'] as const,
  claimable: ['settlement', 'claimable'] as const,
  claims: (p: ClaimListParams) => ['settlement', 'claims', p] as const,
  batches: ['settlement', 'batches'] as const,
};

export function useClaimable(enabled = true) {
  return useQuery({
    queryKey: settlementKeys.claimable,
    queryFn: ({ signal }) => api<{ items: Claimable[] }>('/voucher-claims/claimable', { signal }).then((r) => r.items),
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

/** The settlement batches with their claim counts and totals, newest first (admin). */
export function useSettlementBatches() {
  return useQuery({
    queryKey: settlementKeys.batches,
    queryFn: ({ signal }) => api<{ items: SettlementBatch[] }>('/settlement-batches', { signal }).then((r) => r.items),
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
