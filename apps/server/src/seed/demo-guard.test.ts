import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { seed } from '../../test/seed.ts';
import { hashPassword } from '../modules/identity/password.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccountsPresent } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo accounts', () => {
  it('have passwords that the password policy accepts', async () => {
    const { passwordIssue } = await import('@cz/shared');
    for (const a of DEMO_ACCOUNTS) expect(passwordIssue(a.password, a.username)).toBeNull();
  });

  it('are found while one still has the published password, and not once it is changed', async () => {
    expect(await demoAccountsPresent(t.db)).toBe(false);
    await seed(t, { users: [{ username: 'superadmin', role: 'superadmin', password: DEMO_PASSWORD }] });
    expect(await demoAccountsPresent(t.db)).toBe(true);
    await t.db.execute(sql`UPDATE users SET password_hash = ${await hashPassword('A-Real-Passphrase-9')}`);
    expect(await demoAccountsPresent(t.db)).toBe(false);
  });
});

describe('portal settings', () => {
  it('tell the web app whether this is a demonstration', async () => {
    const res = await client(t).get('/api/v1/auth/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ demo: false });
    const demo = await createTestApp({ config: { seedDemo: true } });
    try {
      expect((await client(demo).get('/api/v1/auth/settings')).json()).toEqual({ demo: true });
    } finally {
      await demo.close();
    }
  });
});
