import type { BrokerNeed, MatchIndexStatus, Term, TermInput } from '@cz/shared/market';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The match's domain dictionary and the re-index it starts (administration). */
const DICTIONARY = ['market', 'dictionary'] as const;

export const useTerms = (params: QueryParams) =>
  useQuery({
    queryKey: [...DICTIONARY, 'list', params],
    queryFn: ({ signal }) => api<Page<Term>>('/market/dictionary', { query: params, signal }),
    placeholderData: keepPreviousData,
  });

/** How far the achievements are re-indexed with the current words; asked again every 2 s until it is done. */
export const useMatchIndexStatus = () =>
  useQuery({
    queryKey: [...DICTIONARY, 'status'],
    queryFn: ({ signal }) => api<MatchIndexStatus>('/market/dictionary/status', { signal }),
    refetchInterval: (q) => (q.state.data && q.state.data.indexed < q.state.data.total ? 2_000 : false),
  });

function useDictionaryMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // The suggestions change with the words too.
    onSuccess: () => qc.invalidateQueries({ queryKey: ['market'] }),
  });
}

export const useSaveTerm = () =>
  useDictionaryMutation(({ id, body }: { id?: number; body: TermInput }) =>
    id
      ? api<Term>(`/market/dictionary/${id}`, { method: 'PUT', body })
      : api<Term>('/market/dictionary', { method: 'POST', body }),
  );
export const useDeleteTerm = () =>
  useDictionaryMutation((id: number) => api<null>(`/market/dictionary/${id}`, { method: 'DELETE' }));

/** A 技术经理人's desk: the open needs to review, those nobody pushed for first. */
export const useBrokerNeeds = (params: QueryParams, enabled: boolean) =>
  useQuery({
    queryKey: ['market', 'needs', 'broker-desk', params],
    queryFn: ({ signal }) => api<Page<BrokerNeed>>('/market/broker/needs', { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
