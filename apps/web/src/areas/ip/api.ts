import type { ImportReport } from '@cz/shared';
import type {
  IpClassCounts,
  IpEventInput,
  IpListParams,
  IpRecordDetail,
  IpRecordInput,
  IpRecordPage,
  IpVerificationBody,
} from '@cz/shared/ip';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams, type UploadHooks, uploadFile, XLSX_TYPE } from '../../kit/api/client';

export const ipKeys = {
  all: ['ip'] as const,
  list: (p: IpListParams) => ['ip', 'list', p] as const,
  one: (id: number) => ['ip', 'one', id] as const,
  counts: (orgId?: number) => ['ip', 'counts', orgId ?? 'mine'] as const,
};

export function useIpList(params: IpListParams, enabled = true) {
  return useQuery({
    queryKey: ipKeys.list(params),
    queryFn: ({ signal }) => api<IpRecordPage>('/ip/records', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useIpRecord(id: number | undefined) {
  return useQuery({
    queryKey: ipKeys.one(id ?? 0),
    queryFn: () => api<IpRecordDetail>(`/ip/records/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

export function useIpClassCounts(orgId?: number, enabled = true) {
  return useQuery({
    queryKey: ipKeys.counts(orgId),
    queryFn: () => api<IpClassCounts>('/ip/class-counts', { query: { orgId } }),
    enabled,
  });
}

function useIpMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: ipKeys.all }), qc.invalidateQueries({ queryKey: ['workbench'] })]),
  });
}

export const useCreateIpRecord = () =>
  useIpMutation((body: IpRecordInput) => api<IpRecordDetail>('/ip/records', { method: 'POST', body }));
export const useUpdateIpRecord = () =>
  useIpMutation(({ id, body }: { id: number; body: IpRecordInput }) =>
    api<IpRecordDetail>(`/ip/records/${id}`, { method: 'PUT', body }),
  );
export const useAddIpEvent = () =>
  useIpMutation(({ id, body }: { id: number; body: IpEventInput }) =>
    api<IpRecordDetail>(`/ip/records/${id}/events`, { method: 'POST', body }),
  );
export const useAttachIpCertificate = () =>
  useIpMutation(({ id, certificate }: { id: number; certificate: string }) =>
    api<IpRecordDetail>(`/ip/records/${id}/certificate`, { method: 'PUT', body: { certificate } }),
  );
export const useDecideIpRecord = () =>
  useIpMutation(({ id, body }: { id: number; body: IpVerificationBody }) =>
    api<IpRecordDetail>(`/ip/records/${id}/verification`, { method: 'POST', body }),
  );

export function uploadIpImport(file: File, mode: 'dry-run' | 'commit', hooks: UploadHooks) {
  return uploadFile<ImportReport>('/ip/import', { mode }, file, XLSX_TYPE, hooks);
}
