import type { EvaluationReport, SupervisionReport } from '@cz/shared/policy';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../kit/api/client';

/** The supervision's filters: a year, a range of dates within it, a department. */
export type SupervisionFilters = { year: number; from?: string; to?: string; department?: string };

export function useSupervision(filters: SupervisionFilters) {
  return useQuery({
    queryKey: ['policySupervision', filters] as const,
    queryFn: ({ signal }) => api<SupervisionReport>('/policy/supervision', { query: filters as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEvaluation(year: number) {
  return useQuery({
    queryKey: ['policyEvaluation', year] as const,
    queryFn: ({ signal }) => api<EvaluationReport>('/policy/evaluation', { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}
