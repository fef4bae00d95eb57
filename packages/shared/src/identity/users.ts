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

export const updateUserBodySchema = z.object({
  status: z.enum(['active', 'disabled']).optional(),
  unlock: z.boolean().optional(),
});

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
