import { z } from 'zod';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.ts';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** The reasons a password is refused; each is a message key (`validation.password.*`) in both languages. */
export const PASSWORD_ISSUES = [
  'password.too_short',
  'password.too_long',
  'password.all_digits',
  'password.common',
  'password.contains_username',
] as const;
export type PasswordIssue = (typeof PASSWORD_ISSUES)[number];

let common: Set<string> | undefined;
/** Built on first use, so that code which never checks a password never builds the set. */
const commonPasswords = () => {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n').map((p) => p.toLowerCase()));
  return common;
};

/**
 * A list password padded with digits or symbols (`password2026!`, `123qwerty456`) is as easy to guess as the word, so
 * the word inside is looked up too.
 */
const core = (p: string) => p.replace(/^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu, '');

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const inner = core(lower);
  return commonPasswords().has(lower) || (inner.length >= 3 && commonPasswords().has(inner));
}

/** The first reason to refuse `password` (for the account `username`, when known), or null when it may be used. */
export function passwordIssue(password: string, username?: string): PasswordIssue | null {
  if (password.length < PASSWORD_MIN) return 'password.too_short';
  if (password.length > PASSWORD_MAX) return 'password.too_long';
  if (/^\d+$/.test(password)) return 'password.all_digits';
  if (isCommonPassword(password)) return 'password.common';
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name)) return 'password.contains_username';
  return null;
}

/** Password policy without the account's name: at least 12 characters, not all digits, not a common password. */
export const passwordSchema = z.string().superRefine((p, ctx) => {
  const issue = passwordIssue(p);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
});

/** Adds the `contains_username` refusal to an object schema's `password` field, given its `username` field. */
export function refusePasswordWithUsername<T extends { username: string; password: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (passwordIssue(value.password, value.username) === 'password.contains_username')
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'password.contains_username' });
}
