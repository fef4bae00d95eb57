import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export type InstrumentYearStats = {
  instrumentId: number;
  instrumentName: string;
  providerId: number;
  providerName: string;
  originalValue: number;
  isLarge: boolean;
  effectiveHours: number;
  externalHours: number;
  internalRevenue: number;
  externalRevenue: number;
  relatedRevenue: number;
  enterprisesServed: number;
  bookings: number;
  noShows: number;
  rating: number | null;
  ratingCount: number;
  shareRate: number | null;
  yieldRate: number | null;
};
export type ProviderSummary = {
  providerId: number;
  providerName: string;
  instruments: number;
  effectiveHours: number;
  externalHours: number;
  internalRevenue: number;
  externalRevenue: number;
  relatedRevenue: number;
  enterprisesServed: number;
  shareRate: number | null;
};
export type SharingStats = { year: number; instruments: InstrumentYearStats[]; providers: ProviderSummary[] };
export type SubsidyRule = {
  year: number;
  ownerPercent: number;
  ownerCap: number;
  excludeRelated: boolean;
  minSharePercent: number;
};
export type SubsidyProposal = ProviderSummary & {
  eligibleRevenue: number;
  proposed: number;
  capped: boolean;
  reason: 'ok' | 'no_external_use' | 'share_below_minimum';
};
export type SubsidyResult = { rule: SubsidyRule; proposals: SubsidyProposal[]; total: number };

export const sharingKeys = {
  all: ['sharing'] as const,
  stats: (year: number) => ['sharing', 'stats', year] as const,
  rule: (year: number) => ['sharing', 'rule', year] as const,
  subsidy: (year: number) => ['sharing', 'subsidy', year] as const,
};

export function useSharingStats(year: number) {
  return useQuery({
    queryKey: sharingKeys.stats(year),
    queryFn: ({ signal }) => api<SharingStats>('/sharing/stats', { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The year's rule, or null when none has been set (sharing.no_rule). */
export function useSubsidyRule(year: number) {
  return useQuery({
    queryKey: sharingKeys.rule(year),
    queryFn: () =>
      api<SubsidyRule>(`/sharing/subsidy-rules/${year}`).catch((err: { code?: string }) => {
        if (err.code === 'sharing.no_rule') return null;
        throw err;
      }),
  });
}

export function useSubsidy(year: number, enabled: boolean) {
  return useQuery({
    queryKey: sharingKeys.subsidy(year),
    queryFn: () => api<SubsidyResult>('/sharing/subsidy', { query: { year } }),
    enabled,
  });
}

export function usePutSubsidyRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rule: SubsidyRule) =>
      api<SubsidyRule>(`/sharing/subsidy-rules/${rule.year}`, { method: 'PUT', body: rule }),
    onSuccess: () => qc.invalidateQueries({ queryKey: sharingKeys.all }),
  });
}
