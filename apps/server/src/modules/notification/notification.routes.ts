import { okSchema, pageQuerySchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireLogin } from '../../kernel/http.ts';
import type { NotificationService } from './notification.service.ts';

const notificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  params: z.record(z.string(), z.unknown()),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

export function notificationRoutes({ notifications }: { notifications: NotificationService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['notifications'];
    app.addHook('preHandler', requireLogin);
    app.get('/notifications', {
      schema: {
        tags,
        summary: 'My notifications, newest first',
        querystring: pageQuerySchema.extend({
          unread: z
            .enum(['true', 'false'])
            .transform((v) => v === 'true')
            .optional(),
        }),
        response: {
          200: z.object({
            items: z.array(notificationSchema),
            total: z.number(),
            unread: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
      handler: async (request) => notifications.list(request.actor, request.query),
    });
    app.post('/notifications/read', {
      schema: {
        tags,
        summary: 'Mark notifications as read',
        body: z.object({ ids: z.union([z.array(z.number().int().positive()).max(500), z.literal('all')]) }),
        response: { 200: okSchema },
      },
      handler: async (request) => {
        await notifications.markRead(request.actor, request.body.ids);
        return { ok: true as const };
      },
    });
  };
}
