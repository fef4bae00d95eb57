import type {
  BatchCreated,
  BatchPaid,
  batchInputSchema,
  batchPaidInputSchema,
  Claim,
  Claimable,
  ClaimDocuments,
  ClaimReview,
  ClaimStatus,
  SettlementBatch,
} from '@cz/shared/voucher';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const settlementKeys = {
  all: ['settlement'] as const,
  claimable: ['settlement', 'claimable'] as const,
  claims: (status: ClaimStatus | undefined) => ['settlement', 'claims', status ?? null] as const,
  batches: ['settlement', 'batches'] as const,
};

export function useClaimable(enabled = true) {
  return useQuery({
    queryKey: settlementKeys.claimable,
    queryFn: ({ signal }) => api<{ items: Claimable[] }>('/voucher-claims/claimable', { signal }).then((r) => r.items),
    enabled,
  });
}

/** My claims (provider) or all (admin), newest first, at most 500. */
export function useClaims(status: ClaimStatus | undefined) {
  return useQuery({
    queryKey: settlementKeys.claims(status),
    queryFn: ({ signal }) =>
      api<{ items: Claim[] }>('/voucher-claims', { query: { status }, signal }).then((r) => r.items),
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
