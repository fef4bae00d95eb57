import type { NewRedemptionCode, RedemptionCodeStatus } from '@cz/shared/interop';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

const key = (id: number) => ['vouchers', 'redemption-code', id] as const;

/** Whether the voucher's redemption code (for partner regions, 通兑) is set, and whether wrong codes locked it. */
export function useRedemptionCode(id: number | undefined) {
  return useQuery({
    queryKey: key(id ?? 0),
    queryFn: ({ signal }) => api<RedemptionCodeStatus>(`/vouchers/${id}/redemption-code`, { signal }),
    enabled: id !== undefined,
  });
}

/** Sets a new code: the answer is the only time it is shown. */
export function useNewRedemptionCode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<NewRedemptionCode>(`/vouchers/${id}/redemption-code`, { method: 'POST' }),
    onSuccess: (_, id) => qc.invalidateQueries({ queryKey: key(id) }),
  });
}
