import type { VoucherReport } from '@cz/shared/voucher';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

/** A year's voucher results and the plan's progress (admin); money in fen. */
export function useVoucherReport(year: number) {
  return useQuery({
    queryKey: ['vouchers', 'report', year] as const,
    queryFn: ({ signal }) => api<VoucherReport>('/voucher-reports', { query: { year }, signal }),
  });
}
