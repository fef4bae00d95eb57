import { useQuery } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

export type ReportGroup = { name: string; redeemed: number; contractValue: number };
export type VoucherReport = {
  year: number;
  smesSupported: number;
  contractValue: number;
  vouchersIssued: number;
  issuedAmount: number;
  redeemedAmount: number;
  expiredAmount: number;
  byCategory: ReportGroup[];
  byProvider: ReportGroup[];
  progress: {
    year: number;
    smesSupported: number;
    contractValue: number;
    target: { year: number; smes: number; contractValue: number } | null;
  };
};

/** A year's voucher results and the plan's progress (admin); money in fen. */
export function useVoucherReport(year: number) {
  return useQuery({
    queryKey: ['vouchers', 'report', year] as const,
    queryFn: ({ signal }) => api<VoucherReport>('/voucher-reports', { query: { year }, signal }),
  });
}
