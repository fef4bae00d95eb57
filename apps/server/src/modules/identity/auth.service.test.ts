import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, login, makeOrg, makeUser, PASSWORD } from '../../../test/factories.ts';
import { cookieOf, createTestApp, type TestApp, uniqueName, uniqueUscc } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
const limits = (o: { maxFailures: number; lockMs: number; ratePerMinute: number }) => ({
  ...o,
  addressMaxFailures: 100_000,
  registerPerHour: 100_000,
});
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    clock,
    config: { login: limits({ maxFailures: 5, lockMs: 15 * 60_000, ratePerMinute: 1000 }) },
  });
});
afterAll(() => t.close());

const api = client(() => t);
const me = (cookie?: string) => api.get('/api/v1/auth/me', { as: cookie });

describe('login and sessions', () => {
  it('logs in with the right password and sets an HttpOnly SameSite=Lax cookie', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const res = await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'cz_session');
    expect(c?.httpOnly).toBe(true);
    expect(c?.sameSite).toBe('Lax');
    const who = await me(cookieOf(res));
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ username: u.username, role: 'expert', org: null });
  });

  it('answers 401 to a wrong password and to an unknown user, with the same code', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const wrong = await api.post('/api/v1/auth/login', { username: u.username, password: 'wrong1234' });
    const unknown = await api.post('/api/v1/auth/login', { username: 'nobody-here', password: 'wrong1234' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('auth.bad_credentials');
    expect(unknown.json().error.code).toBe('auth.bad_credentials');
  });

  it('refuses logged-out requests to /me with 401', async () => {
    const res = await me();
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('auth.unauthenticated');
  });

  it('locks the account for 15 minutes after 5 wrong passwords, even for the right one', async () => {
    const u = await makeUser(t, { role: 'expert' });
    for (let i = 0; i < 5; i++) {
      expect((await api.post('/api/v1/auth/login', { username: u.username, password: 'wrong1234' })).statusCode).toBe(
        401,
      );
    }
    const locked = await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD });
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.code).toBe('auth.bad_credentials');
    clock.advance(14 * 60_000);
    expect((await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD })).statusCode).toBe(401);
    clock.advance(61_000);
    expect((await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD })).statusCode).toBe(200);
  });

  it('counts failures that arrive at the same moment', async () => {
    const u = await makeUser(t, { role: 'expert' });
    await Promise.all(
      Array.from({ length: 5 }, () => api.post('/api/v1/auth/login', { username: u.username, password: 'wrong1234' })),
    );
    expect((await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD })).statusCode).toBe(401);
  });

  it('ends a session idle for more than 2 hours', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const cookie = await login(t, u.username);
    clock.advance(119 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200); // seen again: the idle timer restarts
    clock.advance(119 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advance(121 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends a session 12 hours after login however active it is', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const cookie = await login(t, u.username);
    for (let h = 0; h < 11; h++) {
      clock.advance(60 * 60_000);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    clock.advance(61 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('logs out: the cookie no longer works', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const cookie = await login(t, u.username);
    expect((await api.post('/api/v1/auth/logout', {}, { as: cookie })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses a disabled user', async () => {
    const admin = await adminCookie(t);
    const u = await makeUser(t, { role: 'expert' });
    const cookie = await login(t, u.username);
    const res = await api.patch(`/api/v1/users/${u.id}`, { status: 'disabled' }, { as: admin });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    const again = await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('auth.disabled');
  });
});

describe('rate limit', () => {
  it('answers 429 when one address sends more logins a minute than allowed', async () => {
    const limited = await createTestApp({
      clock,
      config: { login: limits({ maxFailures: 100, lockMs: 60_000, ratePerMinute: 3 }) },
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push(
          (await client(limited).post('/api/v1/auth/login', { username: 'x-user', password: 'y1234567' })).statusCode,
        );
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the client address behind a proxy', () => {
  const forged = async (trustProxy: string[]) => {
    const app = await createTestApp({
      clock,
      config: { trustProxy, login: limits({ maxFailures: 100, lockMs: 60_000, ratePerMinute: 3 }) },
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await client(app).post(
          '/api/v1/auth/login',
          { username: 'x-user', password: 'y1234567' },
          { headers: { 'x-forwarded-for': `203.0.113.${i + 1}` } },
        );
        codes.push(res.statusCode);
      }
      return codes;
    } finally {
      await app.close();
    }
  };

  it('ignores X-Forwarded-For from a proxy that is not listed, so forged addresses do not lift the limit', async () => {
    expect(await forged(['10.9.9.9'])).toEqual([401, 401, 401, 429, 429]);
    expect(await forged([])).toEqual([401, 401, 401, 429, 429]);
  });

  it('believes a listed proxy', async () => {
    // inject() connects from 127.0.0.1: listed, its X-Forwarded-For names a different client each time.
    expect(await forged(['127.0.0.1'])).toEqual([401, 401, 401, 401, 401]);
  });
});

describe('registration', () => {
  const body = () => ({
    username: uniqueName('ent'),
    password: 'Register-Passphrase-1',
    displayName: '示例用户',
    org: {
      name: `示例注册企业${Math.random().toString(36).slice(2, 6)}`,
      uscc: uniqueUscc(),
      industry: 'C',
      industryChain: 'photovoltaic',
    },
  });

  it('creates an enterprise account with its organisation pending verification, logged in', async () => {
    const res = await api.post('/api/v1/auth/register', body());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'enterprise', org: { kind: 'enterprise', status: 'pending' } });
    expect((await me(cookieOf(res))).statusCode).toBe(200);
  });

  it.each([
    ['short', 'Abc-123-xyz', 'password.too_short'],
    ['all-digit', '123456789012345', 'password.all_digits'],
    ['common', 'qwerty123456', 'password.common'],
    ['padded common', 'Sunshine2026!!', 'password.common'],
  ])('refuses a %s password with 400 and creates nothing', async (_label, password, reason) => {
    const b = { ...body(), password };
    const res = await api.post('/api/v1/auth/register', b);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('http.validation');
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ message: reason })]));
    const list = await api.get(`/api/v1/orgs?q=${encodeURIComponent(b.org.name)}&status=pending`, {
      as: await adminCookie(t),
    });
    expect(list.json().total).toBe(0);
  });

  it('refuses a password that contains the username', async () => {
    const b = body();
    const res = await api.post('/api/v1/auth/register', { ...b, password: `My-${b.username.toUpperCase()}-pw` });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('password.contains_username');
  });

  it('refuses a duplicate USCC with org.duplicate_uscc and leaves no user behind', async () => {
    const existing = await makeOrg(t);
    const b = { ...body(), org: { ...body().org, uscc: existing.uscc } };
    const res = await api.post('/api/v1/auth/register', b);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('org.duplicate_uscc');
    expect((await api.post('/api/v1/auth/login', { username: b.username, password: b.password })).statusCode).toBe(401);
  });

  it('refuses a taken username (any case) and leaves no organisation behind', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const b = { ...body(), username: u.username.toUpperCase() };
    const res = await api.post('/api/v1/auth/register', b);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('auth.username_taken');
    const again = await api.post('/api/v1/auth/register', { ...body(), org: b.org });
    expect(again.statusCode).toBe(201); // the USCC was not taken by the failed attempt
  });

  it('refuses a USCC with a wrong check character', async () => {
    const b = body();
    const uscc = b.org.uscc.slice(0, 17) + (b.org.uscc[17] === '0' ? '1' : '0');
    const res = await api.post('/api/v1/auth/register', { ...b, org: { ...b.org, uscc } });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('uscc');
  });
});

describe('password change', () => {
  it('needs the current password, applies the policy and ends the other sessions', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const a = await login(t, u.username);
    const b = await login(t, u.username);
    expect(
      (
        await api.post(
          '/api/v1/auth/password',
          { currentPassword: 'wrong1234', newPassword: 'New-Passphrase-99' },
          { as: a },
        )
      ).json().error.code,
    ).toBe('auth.wrong_password');
    expect(
      (await api.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'short' }, { as: a }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await api.post(
          '/api/v1/auth/password',
          { currentPassword: PASSWORD, newPassword: 'New-Passphrase-99' },
          { as: a },
        )
      ).statusCode,
    ).toBe(200);
    expect((await me(a)).statusCode).toBe(200);
    expect((await me(b)).statusCode).toBe(401);
    const named = await api.post(
      '/api/v1/auth/password',
      { currentPassword: 'New-Passphrase-99', newPassword: `x-${u.username}-y` },
      { as: a },
    );
    expect(named.statusCode).toBe(400);
    expect(JSON.stringify(named.json().error.details)).toContain('password.contains_username');
    expect(
      (await api.post('/api/v1/auth/login', { username: u.username, password: 'New-Passphrase-99' })).statusCode,
    ).toBe(200);
  });
});

describe('origin check', () => {
  it('refuses a mutating request from another site and accepts its own origin', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const payload = { username: u.username, password: PASSWORD };
    const foreign = await api.post('/api/v1/auth/login', payload, {
      headers: {
        origin: 'https://evil.example',
        host: 'platform.local',
      },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('http.bad_origin');
    const crossSite = await api.post('/api/v1/auth/login', payload, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(403);
    const own = await api.post('/api/v1/auth/login', payload, {
      headers: {
        origin: 'http://platform.local',
        host: 'platform.local',
      },
    });
    expect(own.statusCode).toBe(200);
  });
});

describe('locale', () => {
  it('remembers the language per user and returns it at login', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const cookie = await login(t, u.username);
    const res = await api.put('/api/v1/auth/locale', { locale: 'en-US' }, { as: cookie });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).json().locale).toBe('en-US');
    const again = await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD });
    expect(again.json().locale).toBe('en-US');
  });
});
