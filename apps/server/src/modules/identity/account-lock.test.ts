import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, login, makeUser, PASSWORD } from '../../../test/factories.ts';
import { cookieOf, createTestApp, type TestApp, uniqueName, uniqueUscc } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
const LOCK = { maxFailures: 5, lockMs: 15 * 60_000, ratePerMinute: 100_000 };
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    clock,
    config: { trustProxy: ['127.0.0.1'], login: { ...LOCK, addressMaxFailures: 100_000, registerPerHour: 100_000 } },
  });
});
afterAll(() => t.close());

const api = client(() => t);
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const attempt = (username: string, password: string, address = '198.51.100.1') =>
  api.post('/api/v1/auth/login', { username, password }, from(address));
const row = async (id: number) =>
  (
    await t.db.execute<{ failed_logins: number; locked_until: Date | null }>(
      sql`SELECT failed_logins, locked_until FROM users WHERE id = ${id}`,
    )
  ).rows[0];
const audits = async (action: string, id: number) =>
  (
    await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND entity_id = ${String(id)}`,
    )
  ).rows[0]?.n;
const reply = (res: { statusCode: number; json: () => { error: unknown } }) => ({
  status: res.statusCode,
  error: res.json().error,
});

describe('the account lock', () => {
  it('checks exactly the lock threshold of 20 simultaneous wrong passwords, then holds', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(u.username, `wrong-pass-${i}`)));
    expect(new Set(replies.map((r) => r.statusCode))).toEqual(new Set([401]));
    // Each checked attempt is counted once before its hash is verified; attempts on a locked row count nothing.
    const after = await row(u.id);
    expect(after?.failed_logins).toBe(LOCK.maxFailures);
    expect(after?.locked_until).not.toBeNull();
    expect(await audits('user.lock', u.id)).toBe(1);
    expect((await attempt(u.username, PASSWORD)).statusCode).toBe(401);
  });

  it('answers a locked account exactly as a missing one and a wrong password, after as much work', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const wrong = await attempt(u.username, 'wrong-pass-0');
    for (let i = 1; i < LOCK.maxFailures; i++) await attempt(u.username, `wrong-pass-${i}`);
    const locked = await attempt(u.username, PASSWORD);
    const missing = await attempt(uniqueName('nobody'), PASSWORD);
    expect(reply(locked)).toEqual(reply(missing));
    expect(reply(locked)).toEqual(reply(wrong));
    expect(reply(locked).status).toBe(401);

    // A hash is verified on every path: a locked account takes about as long as a wrong password.
    const median = async (f: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await f();
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[2] ?? 0;
    };
    const other = await makeUser(t, { role: 'expert' });
    const wrongTime = await median(() => attempt(other.username, 'wrong-pass-x', '198.51.100.2'));
    const lockedTime = await median(() => attempt(u.username, PASSWORD, '198.51.100.3'));
    expect(lockedTime).toBeGreaterThan(wrongTime * 0.3);
  });

  it('limits the guesses of the current password when changing it, and the lock also holds for login', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const cookie = await login(t, u.username);
    const change = (currentPassword: string) =>
      api.post('/api/v1/auth/password', { currentPassword, newPassword: 'Another-Passw0rd-x' }, { as: cookie });
    for (let i = 0; i < LOCK.maxFailures; i++)
      expect((await change(`wrong-pass-${i}`)).json().error.code).toBe('auth.wrong_password');
    const refused = await change(PASSWORD);
    expect(refused.statusCode).toBe(423);
    expect(refused.json().error.code).toBe('auth.locked');
    expect((await attempt(u.username, PASSWORD)).statusCode).toBe(401);
    expect(await audits('user.lock', u.id)).toBe(1);
  });
});

describe('one address cannot lock many accounts', () => {
  it('refuses an address after its wrong passwords over all accounts reach the limit, before any more are counted', async () => {
    const app = await createTestApp({
      clock,
      config: {
        trustProxy: ['127.0.0.1'],
        login: {
          maxFailures: 3,
          lockMs: 15 * 60_000,
          ratePerMinute: 100_000,
          addressMaxFailures: 6,
          registerPerHour: 9,
        },
      },
    });
    try {
      const c = client(app);
      const users = await Promise.all([1, 2, 3].map(() => makeUser(app, { role: 'expert' })));
      const codes: number[] = [];
      for (const u of users)
        for (let i = 0; i < 3; i++)
          codes.push(
            (await c.post('/api/v1/auth/login', { username: u.username, password: 'wrong-pass' }, from('192.0.2.7')))
              .statusCode,
          );
      expect(codes).toEqual([401, 401, 401, 401, 401, 401, 429, 429, 429]);
      const third = users[2]?.username ?? '';
      const limited = await c.post('/api/v1/auth/login', { username: third, password: PASSWORD }, from('192.0.2.7'));
      expect(limited.json().error.code).toBe('auth.rate_limited');
      // The third account was never counted: its owner logs in from elsewhere.
      const owner = await c.post('/api/v1/auth/login', { username: third, password: PASSWORD }, from('192.0.2.8'));
      expect(owner.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('registration throttle', () => {
  it('refuses a third registration from one address within the hour and creates nothing', async () => {
    const app = await createTestApp({
      clock,
      config: {
        trustProxy: ['127.0.0.1'],
        login: { ...LOCK, addressMaxFailures: 100_000, registerPerHour: 2 },
      },
    });
    try {
      const c = client(app);
      const body = () => ({
        username: uniqueName('ent'),
        password: 'Register-Passw0rd-1',
        displayName: '示例用户',
        org: {
          name: `示例限流企业${uniqueName('')}`,
          uscc: uniqueUscc(),
          industry: 'C',
          industryChain: 'photovoltaic',
        },
      });
      const codes = [];
      for (let i = 0; i < 3; i++)
        codes.push((await c.post('/api/v1/auth/register', body(), from('192.0.2.9'))).statusCode);
      expect(codes).toEqual([201, 201, 429]);
      const refused = body();
      const res = await c.post('/api/v1/auth/register', refused, from('192.0.2.9'));
      expect(res.json().error.code).toBe('auth.register_rate_limited');
      const n = (
        await app.db.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM users WHERE username = ${refused.username}`,
        )
      ).rows[0]?.n;
      expect(n).toBe(0);
      expect((await c.post('/api/v1/auth/register', body(), from('192.0.2.10'))).statusCode).toBe(201);
      clock.advance(3_600_001);
      expect((await c.post('/api/v1/auth/register', body(), from('192.0.2.9'))).statusCode).toBe(201);
    } finally {
      await app.close();
    }
  });
});

describe('administrators and locks', () => {
  it('lists the locked accounts and lifts a lock, audited; others may not', async () => {
    const admin = await adminCookie(t);
    const u = await makeUser(t, { role: 'expert' });
    for (let i = 0; i < LOCK.maxFailures; i++) await attempt(u.username, `wrong-pass-${i}`, '198.51.100.20');
    const lockedList = await api.get('/api/v1/users?locked=true&pageSize=100', { as: admin });
    expect(lockedList.statusCode).toBe(200);
    const items = lockedList.json().items as { id: number; lockedUntil: string | null }[];
    expect(items.find((i) => i.id === u.id)?.lockedUntil).toBeTruthy();
    expect(items.every((i) => i.lockedUntil !== null)).toBe(true);

    const expert = await makeUser(t, { role: 'expert' });
    const outsider = await login(t, expert.username);
    expect((await api.get('/api/v1/users?locked=true', { as: outsider })).statusCode).toBe(403);
    expect((await api.patch(`/api/v1/users/${u.id}`, { unlock: true }, { as: outsider })).statusCode).toBe(403);

    expect((await api.patch(`/api/v1/users/${u.id}`, { unlock: true }, { as: admin })).statusCode).toBe(200);
    expect(await audits('user.unlock', u.id)).toBe(1);
    expect(cookieOf(await attempt(u.username, PASSWORD))).toMatch(/^cz_session=/);
    const after = await api.get('/api/v1/users?locked=true&pageSize=100', { as: admin });
    expect((after.json().items as { id: number }[]).some((i) => i.id === u.id)).toBe(false);
  });
});
