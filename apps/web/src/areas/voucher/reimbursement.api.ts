import type {
  ReimbursementDecision,
  ReimbursementDetail,
  ReimbursementInput,
  ReimbursementListParams,
  ReimbursementPage,
} from '@cz/shared/voucher';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

const keys = {
  list: (p: ReimbursementListParams) => ['vouchers', 'reimbursements', p] as const,
};

/** A page of mine (enterprise) or of all (admin), newest first, searched and filtered on the server. */
export function useReimbursements(params: ReimbursementListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: ({ signal }) =>
      api<ReimbursementPage>('/voucher-reimbursements', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
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
