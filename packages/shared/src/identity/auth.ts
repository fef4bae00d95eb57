import { z } from 'zod';
import { ROLES } from '../common/enums.ts';
import { orgInputSchema } from '../org/org.ts';

export const PASSWORD_MIN = 8;
/** Password policy: at least 8 characters with at least one letter and one digit. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, 'password.too_short')
  .max(128, 'password.too_long')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), 'password.letters_and_digits');

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.@-]{3,64}$/, 'username.format');

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const registerBodySchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1).max(64),
  phone: z.string().trim().max(32).optional(),
  email: z.email().max(128).optional(),
  org: orgInputSchema,
});

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const localeBodySchema = z.object({ locale: z.enum(LOCALES) });

export const meSchema = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  department: z.string().nullable(),
  locale: z.enum(LOCALES),
  org: z.object({ id: z.number(), name: z.string(), kind: z.string(), status: z.string() }).nullable(),
});
export type Me = z.infer<typeof meSchema>;
export type LoginBody = z.input<typeof loginBodySchema>;
export type RegisterBody = z.input<typeof registerBodySchema>;
export const loginReplySchema = z.object({ ok: z.literal(true), locale: z.string() });
export type LoginReply = z.infer<typeof loginReplySchema>;

/** Who is logged in, if anyone: answered 200 either way, so a visitor's first page makes no failing request. */
export const sessionReplySchema = z.object({ me: meSchema.nullable() });
export type SessionReply = z.infer<typeof sessionReplySchema>;
