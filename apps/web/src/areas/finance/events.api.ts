import type {
  commitmentInputSchema,
  FinanceEvent,
  FinanceEventSummary,
  Fund,
  financeEventInputSchema,
  fundInputSchema,
  investmentInputSchema,
  investmentSchema,
  investorMatchSchema,
  investorProfileSchema,
  meetingInputSchema,
  meetingResultSchema,
} from '@cz/shared/finance';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, type QueryParams } from '../../kit/api/client';
import { useFinanceMutation, useList } from './api';

export type EventSummary = FinanceEventSummary;
export type Meeting = FinanceEvent['meetings'][number];
export type EventInput = z.input<typeof financeEventInputSchema>;
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingResult = z.input<typeof meetingResultSchema>;
export type FundInput = z.input<typeof fundInputSchema>;
export type CommitmentInput = z.input<typeof commitmentInputSchema>;
export type InvestmentInput = z.input<typeof investmentInputSchema>;
export type Investment = z.infer<typeof investmentSchema>;
export type InvestorProfile = z.infer<typeof investorProfileSchema>;
export type InvestorMatch = z.infer<typeof investorMatchSchema>;

/** 银企对接会: all (the finance office) or those my organisation is invited to; a page at a time. */
export const useFinanceEvents = (params: QueryParams) => useList<EventSummary>('/finance/events', 'events', params);

export function useFinanceEvent(id: number) {
  return useQuery({
    queryKey: ['finance', 'events', 'one', id] as const,
    queryFn: () => api<FinanceEvent>(`/finance/events/${id}`),
    enabled: id > 0,
  });
}

export const useCreateEvent = () =>
  useFinanceMutation((body: EventInput) => api<FinanceEvent>('/finance/events', { method: 'POST', body }));
export const useInvite = () =>
  useFinanceMutation(({ id, orgIds }: { id: number; orgIds: number[] }) =>
    api<FinanceEvent>(`/finance/events/${id}/invite`, { method: 'POST', body: { orgIds } }),
  );
export const useRespond = () =>
  useFinanceMutation(({ id, response }: { id: number; response: 'accepted' | 'declined' }) =>
    api<FinanceEvent>(`/finance/events/${id}/respond`, { method: 'POST', body: { response } }),
  );
export const useBookMeeting = () =>
  useFinanceMutation(({ id, body }: { id: number; body: MeetingInput }) =>
    api<FinanceEvent>(`/finance/events/${id}/meetings`, { method: 'POST', body }),
  );
export const useMeetingResult = () =>
  useFinanceMutation(({ id, body }: { id: number; body: MeetingResult }) =>
    api<FinanceEvent>(`/finance/meetings/${id}/result`, { method: 'POST', body }),
  );
export const useEndEvent = () =>
  useFinanceMutation(({ id, status }: { id: number; status: 'held' | 'cancelled' }) =>
    api<FinanceEvent>(`/finance/events/${id}/end`, { method: 'POST', body: { status } }),
  );

/** 产业引导基金 and its sub-funds (anyone reads them), each guide fund followed by its sub-funds; a page at a time. */
export const useFunds = (params: QueryParams, enabled = true) =>
  useList<Fund>('/finance/funds', 'funds', params, enabled);

export const useCreateFund = () =>
  useFinanceMutation((body: FundInput) => api<Fund>('/finance/funds', { method: 'POST', body }));
export const useAddCommitment = () =>
  useFinanceMutation(({ id, body }: { id: number; body: CommitmentInput }) =>
    api<Fund>(`/finance/funds/${id}/commitments`, { method: 'POST', body }),
  );
export const useRecordInvestment = () =>
  useFinanceMutation((body: InvestmentInput) => api<{ id: number }>('/finance/investments', { method: 'POST', body }));

/** Investments: all for the finance office, my institution's for an investor; a page at a time. */
export const useInvestments = (params: QueryParams, enabled = true) =>
  useList<Investment>('/finance/investments', 'investments', params, enabled);

export function useInvestorProfile() {
  return useQuery({
    queryKey: ['finance', 'investor-profile'] as const,
    queryFn: () => api<InvestorProfile | null>('/finance/investor-profile'),
    retry: false,
  });
}

/** The enterprises that fit my investor profile, those with an open need within the ticket first; paged. */
export const useInvestorMatches = (params: QueryParams, enabled: boolean) =>
  useList<InvestorMatch>('/finance/investor-matches', 'investor-matches', params, enabled);

export const useSaveInvestorProfile = () =>
  useFinanceMutation((body: InvestorProfile) =>
    api<InvestorProfile>('/finance/investor-profile', { method: 'PUT', body }),
  );
