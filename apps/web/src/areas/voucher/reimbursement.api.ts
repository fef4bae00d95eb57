import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

export const REIMBURSEMENT_STATUSES = ['submitted', 'approved', 'rejected', 'paid'] as const;
export type ReimbursementStatus = (typeof REIMBURSEMENT_STATUSES)[number];

/** 通用: an enterprise paid a provider in a partner region in full and claims the voucher's share. */
export type Reimbursement = {
  id: number;
  number: string;
  orgName: string;
  region: string;
  providerName: string;
  category: string;
  paidAmount: number;
  amount: number;
  status: ReimbursementStatus;
  reason: string | null;
  createdAt: string;
};

export type ReimbursementInput = {
  region: string;
  providerName: string;
  category: string;
  paidAmount: number;
  invoiceFile: string;
  paymentProofFile: string;
  resultFiles: string[];
};

export type ReimbursementDecision =
  | { decision: 'approve' }
  | { decision: 'reject'; reason: string }
  | { decision: 'paid' };

const keys = {
  all: ['vouchers', 'reimbursements'] as const,
  list: (status: ReimbursementStatus | undefined) => ['vouchers', 'reimbursements', status ?? null] as const,
};

/** Mine (enterprise) or all (admin), newest first, at most 500. */
export function useReimbursements(status?: ReimbursementStatus) {
  return useQuery({
    queryKey: keys.list(status),
    queryFn: ({ signal }) =>
      api<{ items: Reimbursement[] }>('/voucher-reimbursements', { query: { status }, signal }).then((r) => r.items),
  });
}

/** Claims and decisions move voucher balances too, so every voucher query refreshes. */
function useReimbursementMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: ['vouchers'] }) });
}

export const useSubmitReimbursement = () =>
  useReimbursementMutation(({ voucherId, body }: { voucherId: number; body: ReimbursementInput }) =>
    api<Reimbursement>(`/vouchers/${voucherId}/reimbursements`, { method: 'POST', body }),
  );

export const useDecideReimbursement = () =>
  useReimbursementMutation(({ id, body }: { id: number; body: ReimbursementDecision }) =>
    api<Reimbursement>(`/voucher-reimbursements/${id}/decision`, { method: 'POST', body }),
  );
