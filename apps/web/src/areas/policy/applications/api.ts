import type {
  ApplicationForm,
  AutoCandidatePage,
  AutoConfirmBody,
  AutoConfirmResult,
  BankAccount,
  HolidayPage,
  HolidayParams,
  NoticeInput,
  ObjectionInput,
  PaymentInput,
  PolicyApplicationDetail,
  PolicyApplicationListParams,
  PolicyApplicationPage,
  PolicyFits,
  PolicyHoliday,
  PolicyItem,
  PolicyItemListParams,
  PolicyNotice,
  PolicyNoticePage,
  PolicyNoticeParams,
  RatingInput,
  ReturnBody,
} from '@cz/shared/policy';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../../kit/api/client';

export const applicationKeys = {
  all: ['policyApplications'] as const,
  list: (p: PolicyApplicationListParams) => ['policyApplications', 'list', p] as const,
  one: (id: number) => ['policyApplications', 'one', id] as const,
  candidates: (itemId: number, p: QueryParams) => ['policyApplications', 'candidates', itemId, p] as const,
  autoItems: ['policyApplications', 'autoItems'] as const,
  fits: (orgId: number) => ['policyApplications', 'fits', orgId] as const,
  notices: (p: PolicyNoticeParams) => ['policyApplications', 'notices', p] as const,
  holidays: (p: HolidayParams) => ['policyApplications', 'holidays', p] as const,
};

/** An enterprise's own applications, or the administration's (its department's), by the list's filters. */
export function useApplicationList(params: PolicyApplicationListParams, enabled = true) {
  return useQuery({
    queryKey: applicationKeys.list(params),
    queryFn: ({ signal }) =>
      api<PolicyApplicationPage>('/policy/applications', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useApplication(id: number) {
  return useQuery({
    queryKey: applicationKeys.one(id),
    queryFn: () => api<PolicyApplicationDetail>(`/policy/applications/${id}`),
    enabled: id > 0,
  });
}

/** "Policies that fit me": the open items the enterprise qualifies for, to apply from. */
export function usePolicyFits(orgId: number | undefined) {
  return useQuery({
    queryKey: applicationKeys.fits(orgId ?? 0),
    queryFn: () => api<PolicyFits>(`/policy/orgs/${orgId}/fits`),
    enabled: !!orgId,
  });
}

/** The published 免申即享 items, for the department's confirm page. */
export function useAutoItems() {
  const query: PolicyItemListParams = { mode: 'auto', status: 'published', pageSize: 100 };
  return useQuery({
    queryKey: applicationKeys.autoItems,
    queryFn: () => api<{ items: PolicyItem[]; total: number }>('/policy/items', { query: query as QueryParams }),
  });
}

export function useAutoCandidates(itemId: number | undefined, params: { page: number; pageSize: number; q?: string }) {
  return useQuery({
    queryKey: applicationKeys.candidates(itemId ?? 0, params),
    queryFn: () => api<AutoCandidatePage>(`/policy/items/${itemId}/auto-candidates`, { query: params as QueryParams }),
    enabled: !!itemId,
    placeholderData: keepPreviousData,
  });
}

export function usePolicyNotices(params: PolicyNoticeParams) {
  return useQuery({
    queryKey: applicationKeys.notices(params),
    queryFn: ({ signal }) => api<PolicyNoticePage>('/policy/notices', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A page of the zone's calendar in date order, of a year, searched by name and filtered by kind on the server. */
export function useHolidays(params: HolidayParams) {
  return useQuery({
    queryKey: applicationKeys.holidays(params),
    queryFn: ({ signal }) => api<HolidayPage>('/policy/holidays', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

function useApplicationMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: applicationKeys.all }),
        qc.invalidateQueries({ queryKey: ['materials'] }),
        qc.invalidateQueries({ queryKey: ['workbench'] }),
      ]),
  });
}

const step =
  <B>(path: string) =>
  ({ id, body }: { id: number; body: B }) =>
    api<PolicyApplicationDetail>(`/policy/applications/${id}/${path}`, { method: 'POST', body });

export const useOpenApplication = () =>
  useApplicationMutation((itemId: number) =>
    api<PolicyApplicationDetail>(`/policy/items/${itemId}/applications`, { method: 'POST' }),
  );
export const useSaveApplication = () =>
  useApplicationMutation(({ id, body }: { id: number; body: ApplicationForm }) =>
    api<PolicyApplicationDetail>(`/policy/applications/${id}`, { method: 'PUT', body }),
  );
export const useSubmitApplication = () => useApplicationMutation(step<ApplicationForm>('submit'));
export const useWithdrawApplication = () => useApplicationMutation(step<{ reason?: string }>('withdraw'));
export const useAcceptAuto = () => useApplicationMutation(step<BankAccount>('accept'));
export const useRefuseAuto = () => useApplicationMutation(step<{ reason: string }>('refuse'));
export const useRateApplication = () => useApplicationMutation(step<RatingInput>('rating'));
export const useReturnApplication = () => useApplicationMutation(step<ReturnBody>('return'));
export const useApproveApplication = () =>
  useApplicationMutation(step<{ approvedFen: number; note?: string }>('approve'));
export const useRejectApplication = () => useApplicationMutation(step<{ reason: string }>('reject'));
export const usePayApplication = () => useApplicationMutation(step<PaymentInput>('payment'));
export const usePublicise = () =>
  useApplicationMutation(({ itemId, body }: { itemId: number; body: NoticeInput }) =>
    api<PolicyNotice>(`/policy/items/${itemId}/notices`, { method: 'POST', body }),
  );
export const useRecordObjection = () =>
  useApplicationMutation(({ noticeId, body }: { noticeId: number; body: ObjectionInput }) =>
    api<{ id: number }>(`/policy/notices/${noticeId}/objections`, { method: 'POST', body }),
  );
export const useAutoConfirm = () =>
  useApplicationMutation(({ itemId, body }: { itemId: number; body: AutoConfirmBody }) =>
    api<AutoConfirmResult>(`/policy/items/${itemId}/auto-confirm`, { method: 'POST', body }),
  );
export const useSetHoliday = () =>
  useApplicationMutation(({ day, body }: { day: string; body: { kind: PolicyHoliday['kind']; name: string } }) =>
    api<PolicyHoliday>(`/policy/holidays/${day}`, { method: 'PUT', body }),
  );
export const useRemoveHoliday = () =>
  useApplicationMutation((day: string) => api<{ ok: true }>(`/policy/holidays/${day}`, { method: 'DELETE' }));
