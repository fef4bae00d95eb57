import type {
  RdDeductionEstimateBody,
  RdDeductionResult,
  TechSmeCalculateBody,
  TechSmeResult,
} from '@cz/shared/cultivation';
import type {
  Batch,
  BatchListQuery,
  CriteriaListQuery,
  Criterion,
  Declarations,
  EvaluationHistoryQuery,
  EvaluationListQuery,
  EvaluationSummary,
  MyTasksQuery,
  OrgEvaluations,
  PoolCard,
  PoolEntry,
  PoolListQuery,
  PoolStats,
  PoolTask,
  SpecialisedDeclarations,
} from '@cz/shared/cultivation-api';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type DeclarationsReply = Declarations & { specialised: SpecialisedDeclarations; declaredAt: string | null };

export const useCalculate = () =>
  useMutation({
    mutationFn: (body: TechSmeCalculateBody) =>
      api<TechSmeResult>('/cultivation/tech-sme/calculate', { method: 'POST', body }),
  });

export const useEstimateRdDeduction = () =>
  useMutation({
    mutationFn: (body: RdDeductionEstimateBody) =>
      api<RdDeductionResult>('/cultivation/rd-deduction/estimate', { method: 'POST', body }),
  });

const keys = {
  all: ['cultivation'] as const,
  mine: (orgId: number) => ['cultivation', 'org', orgId] as const,
};

export function useOrgEvaluations(orgId: number | undefined) {
  return useQuery({
    queryKey: keys.mine(orgId ?? 0),
    queryFn: () => api<OrgEvaluations>(`/cultivation/orgs/${orgId}/evaluations`),
    enabled: !!orgId,
  });
}

/** A page of an enterprise's evaluations, newest first, of one kind or all. */
export function useEvaluationHistory(orgId: number | undefined, query: EvaluationHistoryQuery) {
  return useQuery({
    queryKey: ['cultivation', 'history', orgId ?? 0, query],
    queryFn: ({ signal }) =>
      api<Page<EvaluationSummary>>(`/cultivation/orgs/${orgId}/evaluations/history`, {
        query: query as QueryParams,
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled: !!orgId,
  });
}

export function useDeclarations(orgId: number | undefined) {
  return useQuery({
    queryKey: ['cultivation', 'declarations', orgId ?? 0],
    queryFn: () => api<DeclarationsReply>(`/cultivation/orgs/${orgId}/declarations`),
    enabled: !!orgId,
  });
}

function useCultivationMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }) });
}

export const useRerun = () =>
  useCultivationMutation((orgId: number) =>
    api<OrgEvaluations>(`/cultivation/orgs/${orgId}/evaluations`, { method: 'POST', body: {} }),
  );
export const useDeclare = () =>
  useCultivationMutation(({ orgId, body }: { orgId: number; body: Declarations }) =>
    api<DeclarationsReply>(`/cultivation/orgs/${orgId}/declarations`, { method: 'PUT', body }),
  );

export function useEvaluationList(query: EvaluationListQuery) {
  return useQuery({
    queryKey: ['cultivation', 'list', query],
    queryFn: ({ signal }) =>
      api<Page<EvaluationSummary>>('/cultivation/evaluations', { query: query as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A page of the batch runs, newest first, by status and trigger; polled every second while `poll`. */
export function useBatches(query: BatchListQuery, poll: boolean) {
  return useQuery({
    queryKey: ['cultivation', 'batches', query],
    queryFn: ({ signal }) => api<Page<Batch>>('/cultivation/batches', { query: query as QueryParams, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: poll ? 1000 : false,
  });
}
export const useStartBatch = () =>
  useCultivationMutation(() => api<Batch>('/cultivation/batches', { method: 'POST', body: {} }));

export function usePoolList(query: PoolListQuery) {
  return useQuery({
    queryKey: ['cultivation', 'pool', query],
    queryFn: ({ signal }) => api<Page<PoolEntry>>('/cultivation/pool', { query: query as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}
export const usePoolStats = () =>
  useQuery({ queryKey: ['cultivation', 'pool-stats'], queryFn: () => api<PoolStats>('/cultivation/pool/stats') });
export const useOwners = () =>
  useQuery({
    queryKey: ['cultivation', 'owners'],
    queryFn: () => api<{ items: { id: number; name: string }[] }>('/cultivation/pool/owners'),
  });
export const usePoolCard = (orgId: number) =>
  useQuery({ queryKey: ['cultivation', 'card', orgId], queryFn: () => api<PoolCard>(`/cultivation/pool/${orgId}`) });
/** A page of my open pool tasks due within 14 days, soonest first, searched on the server. */
export const useMyTasks = (query: MyTasksQuery, enabled: boolean) =>
  useQuery({
    queryKey: ['cultivation', 'my-tasks', query],
    queryFn: ({ signal }) => api<Page<PoolTask>>('/cultivation/pool/my-tasks', { query: query as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useBuildPool = () =>
  useCultivationMutation((body: unknown) => api<Applied>('/cultivation/pool/build', { method: 'POST', body }));
type Applied = { criteriaId: number; matched: number; added: number };
export function useCriteria(query: CriteriaListQuery) {
  return useQuery({
    queryKey: ['cultivation', 'criteria', query],
    queryFn: ({ signal }) =>
      api<Page<Criterion>>('/cultivation/pool/criteria', { query: query as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}
export const useApplyCriterion = () =>
  useCultivationMutation((id: number) =>
    api<Applied>(`/cultivation/pool/criteria/${id}/apply`, { method: 'POST', body: {} }),
  );
export const usePatchCriterion = () =>
  useCultivationMutation(({ id, body }: { id: number; body: unknown }) =>
    api<Criterion>(`/cultivation/pool/criteria/${id}`, { method: 'PATCH', body }),
  );
export const useAddToPool = () =>
  useCultivationMutation((body: unknown) => api<PoolCard>('/cultivation/pool', { method: 'POST', body }));
export const usePatchPool = () =>
  useCultivationMutation(({ orgId, body }: { orgId: number; body: unknown }) =>
    api<PoolCard>(`/cultivation/pool/${orgId}`, { method: 'PATCH', body }),
  );
export const useAddVisit = () =>
  useCultivationMutation(({ orgId, body }: { orgId: number; body: unknown }) =>
    api<PoolCard>(`/cultivation/pool/${orgId}/visits`, { method: 'POST', body }),
  );
export const useAddTask = () =>
  useCultivationMutation(({ orgId, body }: { orgId: number; body: unknown }) =>
    api<PoolCard>(`/cultivation/pool/${orgId}/tasks`, { method: 'POST', body }),
  );
export const usePatchTask = () =>
  useCultivationMutation(({ id, status }: { id: number; status: 'done' | 'cancelled' }) =>
    api<PoolTask>(`/cultivation/tasks/${id}`, { method: 'PATCH', body: { status } }),
  );
export const usePutOutcome = () =>
  useCultivationMutation(({ orgId, body }: { orgId: number; body: unknown }) =>
    api<PoolCard>(`/cultivation/pool/${orgId}/outcomes`, { method: 'PUT', body }),
  );
