import type {
  PolicyAdminParams,
  PolicyAttachment,
  PolicyDocument,
  PolicyDocumentInput,
  PolicyDocumentRowPage,
  PolicyImportCommit,
  PolicyImportPreview,
  PolicyImportResult,
  PolicyIssuers,
  PolicyRelated,
  PolicyRepealBody,
  PolicySearchPage,
  PolicySearchParams,
} from '@cz/shared/policy-docs';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams, type UploadHooks, uploadFile, XLSX_TYPE } from '../../kit/api/client';

export const policyKeys = {
  all: ['policy'] as const,
  search: (p: PolicySearchParams) => ['policy', 'search', p] as const,
  one: (id: number) => ['policy', 'one', id] as const,
  related: (id: number) => ['policy', 'related', id] as const,
  issuers: ['policy', 'issuers'] as const,
  admin: (p: PolicyAdminParams) => ['policy', 'admin', p] as const,
  adminOne: (id: number) => ['policy', 'admin-one', id] as const,
};

/** The public library: published documents, searched and filtered. */
export function usePolicySearch(params: PolicySearchParams) {
  return useQuery({
    queryKey: policyKeys.search(params),
    queryFn: ({ signal }) => api<PolicySearchPage>('/policy/documents', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePolicyDocument(id: number) {
  return useQuery({
    queryKey: policyKeys.one(id),
    queryFn: () => api<PolicyDocument>(`/policy/documents/${id}`),
    enabled: id > 0,
  });
}

export function useRelatedPolicies(id: number) {
  return useQuery({
    queryKey: policyKeys.related(id),
    queryFn: () => api<PolicyRelated>(`/policy/documents/${id}/related`),
    enabled: id > 0,
  });
}

export function usePolicyIssuers() {
  return useQuery({ queryKey: policyKeys.issuers, queryFn: () => api<PolicyIssuers>('/policy/issuers') });
}

/** The administration's list: every state. */
export function useAdminPolicies(params: PolicyAdminParams) {
  return useQuery({
    queryKey: policyKeys.admin(params),
    queryFn: ({ signal }) =>
      api<PolicyDocumentRowPage>('/policy/admin/documents', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAdminPolicy(id: number | undefined) {
  return useQuery({
    queryKey: policyKeys.adminOne(id ?? 0),
    queryFn: () => api<PolicyDocument>(`/policy/admin/documents/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

function usePolicyMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: policyKeys.all }) });
}

export const useCreatePolicy = () =>
  usePolicyMutation((body: PolicyDocumentInput) =>
    api<PolicyDocument>('/policy/admin/documents', { method: 'POST', body }),
  );
export const useUpdatePolicy = () =>
  usePolicyMutation(({ id, body }: { id: number; body: PolicyDocumentInput }) =>
    api<PolicyDocument>(`/policy/admin/documents/${id}`, { method: 'PUT', body }),
  );
export const usePublishPolicy = () =>
  usePolicyMutation((id: number) => api<PolicyDocument>(`/policy/admin/documents/${id}/publish`, { method: 'POST' }));
export const useRepealPolicy = () =>
  usePolicyMutation(({ id, body }: { id: number; body: PolicyRepealBody }) =>
    api<PolicyDocument>(`/policy/admin/documents/${id}/repeal`, { method: 'POST', body }),
  );
export const useSetPolicyAttachments = () =>
  usePolicyMutation(({ id, attachments }: { id: number; attachments: PolicyAttachment[] }) =>
    api<PolicyDocument>(`/policy/admin/documents/${id}/attachments`, { method: 'PUT', body: { attachments } }),
  );
export const useCommitPolicyImport = () =>
  usePolicyMutation((body: PolicyImportCommit) =>
    api<PolicyImportResult>('/policy/admin/import/commit', { method: 'POST', body }),
  );

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The media type of an import file, by its extension: Word, Excel, else text. */
export function importTypeOf(file: File): string {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'docx') return DOCX_TYPE;
  if (ext === 'xlsx') return XLSX_TYPE;
  return 'text/plain';
}

export function previewPolicyImport(file: File, hooks: UploadHooks) {
  return uploadFile<PolicyImportPreview>('/policy/admin/import/preview', {}, file, importTypeOf(file), hooks);
}
