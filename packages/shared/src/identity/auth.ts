import { z } from 'zod';
import { ROLES } from '../common/enums.ts';
import { orgInputSchema } from '../org/org.ts';
import { passwordSchema, refusePasswordWithUsername } from './password-policy.ts';

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.@-]{3,64}$/, 'username.format');

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
  /** The language chosen on the login page: kept as the user's from now on. */
  locale: z.enum(LOCALES).optional(),
});

export const registerBodySchema = z
  .object({
    username: usernameSchema,
    password: passwordSchema,
    displayName: z.string().trim().min(1).max(64),
    phone: z.string().trim().max(32).optional(),
    email: z.email().max(128).optional(),
    org: orgInputSchema,
  })
  .superRefine(refusePasswordWithUsername);

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});

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
/** What the web app needs to know of this installation before anyone logs in. */
export const portalSettingsSchema = z.object({
  /** Fictional demo data with published passwords is seeded (SEED_DEMO): the portal says so on every page. */
  demo: z.boolean(),
});
export type PortalSettings = z.infer<typeof portalSettingsSchema>;
export const loginReplySchema = z.object({ ok: z.literal(true), locale: z.string() });
export type LoginReply = z.infer<typeof loginReplySchema>;

/** Who is logged in, if anyone: answered 200 either way, so a visitor's first page makes no failing request. */
export const sessionReplySchema = z.object({ me: meSchema.nullable() });
export type SessionReply = z.infer<typeof sessionReplySchema>;
