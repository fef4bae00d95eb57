import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';
import { LOCALES } from '../identity/auth.ts';

export const auditQuerySchema = pageQuerySchema.extend({
  /** A fragment of the actor's name or login, of the action or the record's kind (code or words), or a record's number. */
  q: z.string().trim().max(100).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  entity: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export const auditPageSchema = pageOf(auditEntrySchema);
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditPage = z.infer<typeof auditPageSchema>;
export type AuditParams = z.input<typeof auditQuerySchema>;

/** The export takes the list's filters without paging, and the language of its headers and labels. */
export const auditExportQuerySchema = auditQuerySchema
  .omit({ page: true, pageSize: true })
  .extend({ locale: z.enum(LOCALES).default('zh-CN') });
export type AuditExportParams = z.input<typeof auditExportQuerySchema>;
