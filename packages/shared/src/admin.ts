import { z } from 'zod';
import { passwordSchema, usernameSchema } from './auth.ts';
import { pageOf, pageQuerySchema } from './common.ts';
import { ROLES } from './enums.ts';

export const userListItemSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  department: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  orgId: z.number().nullable(),
  orgName: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export const userPageSchema = pageOf(userListItemSchema);
export const userListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  role: z.enum(ROLES).optional(),
});

export const createUserBodySchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1).max(64),
  role: z.enum(ROLES),
  department: z.string().trim().max(64).optional(),
  orgId: z.number().int().positive().optional(),
});

export const updateUserBodySchema = z.object({
  status: z.enum(['active', 'disabled']).optional(),
  unlock: z.boolean().optional(),
});

export const auditQuerySchema = pageQuerySchema.extend({
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
export type UserListItem = z.infer<typeof userListItemSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
