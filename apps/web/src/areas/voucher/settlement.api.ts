import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile } from '../../kit/api/client';

export const CLAIM_STATUSES = ['submitted', 'approved', 'returned', 'batched', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A provider's claim for what vouchers paid on one completed order, with its documents (upload hashes). */
export type Claim = {
  id: number;
  orderId: number;
  providerId: number;
  providerName: string;
  buyerName: string;
  serviceTitle: string;
  orderAmount: number;
  amount: number;
  contractFile: string;
  invoiceFile: string;
  paymentProofFile: string;
  resultFiles: string[];
  status: ClaimStatus;
  returnReason: string | null;
  batchId: number | null;
  submittedAt: string;
  reviewedAt: string | null;
};

/** A completed order of mine that vouchers paid for and that has no claim yet. */
export type Claimable = {
  orderId: number;
  serviceTitle: string;
  buyerName: string;
  orderAmount: number;
  voucherPaid: number;
  completedAt: string;
};

export type ClaimDocuments = {
  contractFile: string;
  invoiceFile: string;
  paymentProofFile: string;
  resultFiles: string[];
};

export const settlementKeys = {
  all: ['settlement'] as const,
  claimable: ['settlement', 'claimable'] as const,
  claims: (status: ClaimStatus | undefined) => ['settlement', 'claims', status ?? null] as const,
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
  useSettlementMutation(
    ({ id, body }: { id: number; body: { decision: 'approve' } | { decision: 'return'; reason: string } }) =>
      api<Claim>(`/voucher-claims/${id}/review`, { method: 'POST', body }),
  );
export const useCreateBatch = () =>
  useSettlementMutation((body: { claimIds: number[]; note: string }) =>
    api<{ id: number; claims: number }>('/settlement-batches', { method: 'POST', body }),
  );
export const useMarkPaid = () =>
  useSettlementMutation(({ id, paymentRef }: { id: number; paymentRef: string }) =>
    api<{ id: number; claims: number; total: number }>(`/settlement-batches/${id}/paid`, {
      method: 'POST',
      body: { paymentRef },
    }),
  );

export const exportBatch = (id: number) =>
  downloadFile(`/settlement-batches/${id}/export.xlsx`, undefined, `settlement-batch-${id}.xlsx`);
