import type {
  Availability,
  blackoutInputSchema,
  Instrument,
  InstrumentInput,
  InstrumentListParams,
  InstrumentPage,
  Qualification,
} from '@cz/shared/instrument';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const instrumentKeys = {
  all: ['instruments'] as const,
  list: (p: InstrumentListParams) => ['instruments', 'list', p] as const,
  one: (id: number) => ['instruments', 'one', id] as const,
  availability: (id: number, from: string, to: string) => ['instruments', 'availability', id, from, to] as const,
  qualifications: (id: number) => ['instruments', 'qualifications', id] as const,
};

export function useInstrumentList(params: InstrumentListParams, enabled = true) {
  return useQuery({
    queryKey: instrumentKeys.list(params),
    queryFn: ({ signal }) => api<InstrumentPage>('/instruments', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useInstrument(id: number | undefined) {
  return useQuery({
    queryKey: instrumentKeys.one(id ?? 0),
    queryFn: () => api<Instrument>(`/instruments/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

export function useAvailability(id: number, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: instrumentKeys.availability(id, from, to),
    queryFn: ({ signal }) => api<Availability>(`/instruments/${id}/availability`, { query: { from, to }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    enabled,
  });
}

export function useQualifications(id: number) {
  return useQuery({
    queryKey: instrumentKeys.qualifications(id),
    queryFn: () => api<{ items: Qualification[] }>(`/instruments/${id}/qualifications`).then((r) => r.items),
  });
}

function useInstrumentMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: instrumentKeys.all }),
        qc.invalidateQueries({ queryKey: ['services'] }),
      ]),
  });
}

export const useCreateInstrument = () =>
  useInstrumentMutation((body: InstrumentInput) => api<Instrument>('/instruments', { method: 'POST', body }));
export const useUpdateInstrument = () =>
  useInstrumentMutation(({ id, body }: { id: number; body: InstrumentInput }) =>
    api<Instrument>(`/instruments/${id}`, { method: 'PUT', body }),
  );
export const useAddBlackout = () =>
  useInstrumentMutation(({ id, body }: { id: number; body: InferInput<typeof blackoutInputSchema> }) =>
    api<{ id: number }>(`/instruments/${id}/blackouts`, { method: 'POST', body }),
  );
export const useRemoveBlackout = () =>
  useInstrumentMutation(({ id, blackoutId }: { id: number; blackoutId: number }) =>
    api<null>(`/instruments/${id}/blackouts/${blackoutId}`, { method: 'DELETE' }),
  );
export const useSetQualification = () =>
  useInstrumentMutation(({ id, userId, granted }: { id: number; userId: number; granted: boolean }) =>
    api<{ ok: true }>(`/instruments/${id}/qualifications/${userId}`, { method: granted ? 'PUT' : 'DELETE' }),
  );
