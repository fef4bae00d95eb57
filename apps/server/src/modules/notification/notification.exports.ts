import { notificationListQuerySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { NotificationService } from './notification.service.ts';
import { notificationText } from './notification.texts.ts';

type Item = Awaited<ReturnType<NotificationService['list']>>['items'][number];

/** Notification rows of an export: the message in both languages, read or not, times at Shanghai time. */
export function notificationExportRows(items: Item[]) {
  return items.map((n) => {
    const text = notificationText(n.kind, n.params as Record<string, string | number | null>);
    return {
      id: n.id,
      createdAt: zoneTimeCell(n.createdAt),
      zh: text.zh,
      en: text.en,
      read: n.readAt ? '已读 Read' : '未读 Unread',
      readAt: zoneTimeCell(n.readAt),
    };
  });
}

/** My notifications as Excel (only the caller's own), with the list's filter. */
export function notificationExportRoutes({
  notifications,
}: {
  notifications: NotificationService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/notifications/export.xlsx', {
      schema: {
        tags: ['notifications'],
        summary: 'My notifications as Excel, newest first',
        querystring: notificationListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('My notifications as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          notifications.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '通知 Notifications',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '时间 Time', key: 'createdAt', width: 20 },
            { header: '内容 Message', key: 'zh', width: 50 },
            { header: 'Message (English)', key: 'en', width: 50 },
            { header: '状态 State', key: 'read', width: 12 },
            { header: '阅读时间 Read at', key: 'readAt', width: 20 },
          ],
          notificationExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('notifications'), body);
      },
    });
  };
}
