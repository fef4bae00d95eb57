import type { AuditPage, AuditParams } from '@cz/shared/audit';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

export function useAuditLog(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) => api<AuditPage>('/audit', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}
