// Malformed values that used to reach PostgreSQL and come back as 500s: each must be a 4xx in the error shape and
// change nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { client } from './request.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);
const expectCoded4xx = (res: { statusCode: number; json: () => unknown }) => {
  expect(res.statusCode, JSON.stringify(res.json())).toBeGreaterThanOrEqual(400);
  expect(res.statusCode).toBeLessThan(500);
  const body = res.json() as { error?: { code?: unknown; message?: unknown } };
  expect(typeof body.error?.code).toBe('string');
  expect(typeof body.error?.message).toBe('string');
};

describe('values PostgreSQL refuses are answered 4xx with a code', () => {
  it('refuses a NUL byte in a search, a login name and a filter', async () => {
    expectCoded4xx(await api.get(`/api/v1/orgs?q=${encodeURIComponent('示例\u0000')}`));
    expectCoded4xx(await api.get(`/api/v1/services?q=${encodeURIComponent('a\u0000b')}`));
    expectCoded4xx(await api.post('/api/v1/auth/login', { username: 'ad\u0000min', password: 'whatever-password' }));
    expectCoded4xx(await api.get(`/api/v1/audit?action=${encodeURIComponent('x\u0000')}`, { as: admin }));
    expectCoded4xx(await api.get(`/api/v1/users?q=${encodeURIComponent('x\u0000')}`, { as: admin }));
  });

  it('refuses a NUL byte in registration fields and changes nothing', async () => {
    const before = (await t.db.execute(sql`SELECT count(*)::int AS n FROM organisations`)).rows[0]?.n;
    const res = await api.post('/api/v1/auth/register', {
      username: `nul${Date.now()}`,
      password: 'A-long-enough-passw0rd',
      displayName: '示例\u0000用户',
      org: { name: '示例\u0000公司', uscc: '91140400MA0L2XN3XQ' },
    });
    expectCoded4xx(res);
    expect((await t.db.execute(sql`SELECT count(*)::int AS n FROM organisations`)).rows[0]?.n).toBe(before);
  });

  it('refuses out-of-range numbers and impossible dates', async () => {
    expectCoded4xx(await api.get('/api/v1/voucher-schemes?year=99999999999'));
    expectCoded4xx(await api.get('/api/v1/instruments/1/availability?from=2026-13-01&to=2026-12-31'));
    expectCoded4xx(await api.get('/api/v1/audit?from=0000-01-01T00:00:00Z', { as: admin }));
  });

  it('refuses a partner region code that does not fit', async () => {
    expectCoded4xx(
      await api.put(
        '/api/v1/interop/partners/BAD_CODE!',
        { code: 'BAD_CODE!', name: '示例', baseUrl: 'http://127.0.0.1:9', secret: 'a-long-shared-secret-0123456789' },
        { as: admin },
      ),
    );
  });
});
