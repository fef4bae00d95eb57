import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { AuditPage } from '../../kit/types';

export type AuditParams = {
  page?: number;
  pageSize?: number;
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: number;
  from?: string;
  to?: string;
};

export function useAuditLog(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) => api<AuditPage>('/audit', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}
