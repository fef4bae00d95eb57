import type {
  InstrumentYearStats,
  ProviderSummary,
  SharingStats,
  SubsidyProposal,
  SubsidyResult,
  SubsidyRule,
} from '@cz/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

export type { InstrumentYearStats, ProviderSummary, SharingStats, SubsidyProposal, SubsidyResult, SubsidyRule };

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
