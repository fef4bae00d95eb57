import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { serialiseError } from './log.ts';

describe('errors in the log', () => {
  it('keeps a failed statement and its parameters out, and says its SQLSTATE', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_username_key"'), {
      code: '23505',
      constraint: 'users_username_key',
    });
    const err = new DrizzleQueryError(
      'insert into "users" ("username", "password_hash") values ($1, $2)',
      ['someone', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA'],
      cause,
    );
    const logged = JSON.stringify(serialiseError(err));
    expect(logged).not.toContain('argon2');
    expect(logged).not.toContain('password_hash');
    expect(logged).not.toContain('someone');
    expect(serialiseError(err)).toMatchObject({
      message: 'Failed query',
      sqlstate: '23505',
      constraint: 'users_username_key',
    });
  });

  it('keeps the message and stack of other errors', () => {
    const logged = serialiseError(new TypeError('x is not a function'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'x is not a function' });
    expect(logged.stack).toContain('TypeError');
  });
});
