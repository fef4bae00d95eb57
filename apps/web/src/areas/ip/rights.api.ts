import type { RightsCase, RightsCaseDetail, RightsCaseMove } from '@cz/shared/ip';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
const KEY = ['ip', 'cases'] as const;

function useCaseMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: KEY }), qc.invalidateQueries({ queryKey: ['workbench'] })]),
  });
}

export const useRightsCases = (params: QueryParams) =>
  useQuery({
    queryKey: [...KEY, 'list', params],
    queryFn: ({ signal }) => api<Page<RightsCase>>('/ip/cases', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
export const useRightsCase = (id: number) =>
  useQuery({ queryKey: [...KEY, 'one', id], queryFn: () => api<RightsCaseDetail>(`/ip/cases/${id}`), enabled: id > 0 });
export const useSubmitCase = () =>
  useCaseMutation(
    (body: {
      kind: string;
      title: string;
      description: string;
      counterparty: string;
      ipRecordId: number | null;
      evidence: string[];
    }) => api<RightsCaseDetail>('/ip/cases', { method: 'POST', body }),
  );
export const useMoveCase = () =>
  useCaseMutation(({ id, body }: { id: number; body: RightsCaseMove }) =>
    api<RightsCaseDetail>(`/ip/cases/${id}/moves`, { method: 'POST', body }),
  );
export const useCaseNote = () =>
  useCaseMutation(({ id, body, consultation }: { id: number; body: string; consultation: boolean }) =>
    api<RightsCaseDetail>(`/ip/cases/${id}/notes`, { method: 'POST', body: { body, consultation } }),
  );
