import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';
import { TECH_FIELD_CODES } from './achievements.ts';

/**
 * A 技术经理人's desk: the open, published needs, those nobody has pushed an achievement for first (the workbench
 * counts them), each with how its pushes stand.
 */
export const brokerNeedSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  ownerName: z.string(),
  field: z.enum(TECH_FIELD_CODES),
  deadline: z.string(),
  publishedAt: z.string().nullable(),
  /** Achievements pushed for it, of which the owner has not answered, and said it is interested in. */
  pushes: z.number().int(),
  unanswered: z.number().int(),
  interested: z.number().int(),
});
export type BrokerNeed = z.infer<typeof brokerNeedSchema>;
export const brokerNeedPageSchema = pageOf(brokerNeedSchema);

export const brokerNeedQuerySchema = pageQuerySchema.extend({
  /** A fragment of the title or summary. */
  q: z.string().trim().max(50).optional(),
  /** Only the needs nobody has pushed for yet. */
  waiting: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type BrokerNeedQuery = z.input<typeof brokerNeedQuerySchema>;
