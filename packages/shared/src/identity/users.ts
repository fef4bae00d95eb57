import { z } from 'zod';
import { ROLES } from '../common/enums.ts';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';
import { usernameSchema } from './auth.ts';
import { passwordSchema, refusePasswordWithUsername } from './password-policy.ts';

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
  /** Only accounts locked now after repeated wrong passwords. */
  locked: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const createUserBodySchema = z
  .object({
    username: usernameSchema,
    password: passwordSchema,
    displayName: z.string().trim().min(1).max(64),
    role: z.enum(ROLES),
    department: z.string().trim().max(64).optional(),
    orgId: z.number().int().positive().optional(),
  })
  .superRefine(refusePasswordWithUsername);

/** An administrator's change of a user: any of name, role, department, status, and lifting a lock. */
export const updateUserBodySchema = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  /** Only between roles without an organisation (admin, expert, evaluator; superadmin by a superadmin). */
  role: z.enum(ROLES).optional(),
  /** An administrator's department; null clears it. */
  department: z.string().trim().min(1).max(64).nullable().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  unlock: z.boolean().optional(),
});

/** A one-time password-reset link an administrator issued: to pass on, unless it was emailed. */
export const passwordResetIssuedSchema = z.object({
  url: z.string(),
  expiresAt: z.string(),
  /** Also sent to the user's email address (SMTP configured and an address on file). */
  emailed: z.boolean(),
});
export type PasswordResetIssued = z.infer<typeof passwordResetIssuedSchema>;

/** The token travels in the link's fragment (never sent to a server, never in a log) and then in request bodies. */
export const resetTokenBodySchema = z.object({ token: z.string().min(20).max(128) });
export const passwordResetInfoSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  expiresAt: z.string(),
});
export type PasswordResetInfo = z.infer<typeof passwordResetInfoSchema>;
export const passwordResetBodySchema = resetTokenBodySchema.extend({ newPassword: passwordSchema });

export type UserListItem = z.infer<typeof userListItemSchema>;
export type UserPage = z.infer<typeof userPageSchema>;
export type UserListParams = z.input<typeof userListQuerySchema>;
export type NewUserBody = z.input<typeof createUserBodySchema>;

/** One active user found by exact username (providers recording training, admins). */
export const foundUserSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  orgName: z.string().nullable(),
});
export type FoundUser = z.infer<typeof foundUserSchema>;
export const createdUserSchema = z.object({ id: z.number(), username: z.string(), role: z.string() });
export type CreatedUser = z.infer<typeof createdUserSchema>;
