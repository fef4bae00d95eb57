import { notificationListQuerySchema, notificationPageSchema, notificationReadBodySchema, okSchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { NotificationService } from './notification.service.ts';

export function notificationRoutes({ notifications }: { notifications: NotificationService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['notifications'];
    app.get('/notifications', {
      schema: {
        tags,
        summary: 'My notifications, newest first',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
      handler: async (request) => notifications.list(request.actor, request.query),
    });
    app.post('/notifications/read', {
      schema: {
        tags,
        summary: 'Mark notifications as read',
        body: notificationReadBodySchema,
        response: { 200: okSchema },
      },
      handler: async (request) => {
        await notifications.markRead(request.actor, request.body.ids);
        return { ok: true as const };
      },
    });
  };
}
