import type {
  Reimbursement,
  ReimbursementDecision,
  ReimbursementDetail,
  ReimbursementInput,
  ReimbursementStatus,
} from '@cz/shared/voucher';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

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
    api<ReimbursementDetail>(`/vouchers/${voucherId}/reimbursements`, { method: 'POST', body }),
  );

export const useDecideReimbursement = () =>
  useReimbursementMutation(({ id, body }: { id: number; body: ReimbursementDecision }) =>
    api<ReimbursementDetail>(`/voucher-reimbursements/${id}/decision`, { method: 'POST', body }),
  );
