import { z } from 'zod';
import { pageQuerySchema } from '../common/schemas.ts';

export const notificationListQuerySchema = pageQuerySchema.extend({
  /** A fragment of what the notification says: a title, a name or a number it is about, or the words of its kind. */
  q: z.string().trim().max(100).optional(),
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const notificationReadBodySchema = z.object({
  ids: z.union([z.array(z.number().int().positive()).max(500), z.literal('all')]),
});

export const notificationSchema = z.object({
  id: z.number(),
  kind: z.string(),
  params: z.record(z.string(), z.unknown()),
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;
/** My notifications, newest first, with the number of unread ones. */
export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number(),
  unread: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;
