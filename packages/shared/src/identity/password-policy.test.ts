import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.ts';
import { isCommonPassword, PASSWORD_MIN, passwordIssue, passwordSchema } from './password-policy.ts';

describe('password policy', () => {
  it.each([
    ['11 characters', 'Abc-def-ghi', 'password.too_short'],
    ['12 characters', 'Abc-def-ghij', null],
    ['129 characters', 'x'.repeat(129), 'password.too_long'],
    ['128 characters', `${'Lang-Phrase-'.repeat(10)}xxxxxxxx`, null],
    ['all digits', '202603021234', 'password.all_digits'],
    ['digits with one letter', '20260302123a', null],
    ['a listed password of 12 or more', 'qwerty123456', 'password.common'],
    ['a listed password in another case', 'QAZWSXEDCRFV', 'password.common'],
    ['a listed word padded with digits', 'password12345', 'password.common'],
    ['a listed word padded with symbols and digits', '!!dragon2026!!', 'password.common'],
    ['a phrase', 'Changzhi-Demo-2026', null],
  ])('%s → %s', (_label, password, issue) => {
    expect(passwordIssue(password)).toBe(issue);
    expect(passwordSchema.safeParse(password).success).toBe(issue === null);
  });

  it('refuses a password containing the username, in any case, and only then', () => {
    expect(passwordIssue('My-ZHANGSAN-secret', 'zhangsan')).toBe('password.contains_username');
    expect(passwordIssue('My-zhangsan-secret', 'lisi.wang')).toBeNull();
    expect(passwordIssue('My-zhangsan-secret')).toBeNull();
  });

  it('ships the 10,000 most common passwords and refuses each of them', () => {
    const list = COMMON_PASSWORDS_TEXT.split('\n');
    expect(list).toHaveLength(10_000);
    for (const p of ['123456', 'password', 'qwerty', 'iloveyou', 'zzzzzzzz']) expect(list).toContain(p);
    expect(list.every((p) => isCommonPassword(p))).toBe(true);
    expect(list.filter((p) => p.length >= PASSWORD_MIN).every((p) => passwordIssue(p) !== null)).toBe(true);
  });
});
