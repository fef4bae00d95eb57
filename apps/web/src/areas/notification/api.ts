import type { NotificationPage, notificationReadBodySchema } from '@cz/shared/notification';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (p: { page: number; pageSize: number; unread?: boolean }) => ['notifications', 'list', p] as const,
  unread: ['notifications', 'unread'] as const,
};

/** The unread count for the header bell, polled every minute while logged in. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) =>
      api<NotificationPage>('/notifications', { query: { pageSize: 1, unread: 'true' }, signal }).then((r) => r.unread),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 15_000,
    enabled,
  });
}

export function useNotifications(p: { page: number; pageSize: number; unread?: boolean; q?: string | undefined }) {
  return useQuery({
    queryKey: notificationKeys.list(p),
    queryFn: ({ signal }) =>
      api<NotificationPage>('/notifications', {
        query: { page: p.page, pageSize: p.pageSize, unread: p.unread ? 'true' : undefined, q: p.q },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids: InferInput<typeof notificationReadBodySchema>['ids']) =>
      api<{ ok: true }>('/notifications/read', { method: 'POST', body: { ids } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
