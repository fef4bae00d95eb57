// Login is checked before a private route reads or validates its request, and raw bodies (workbooks, files) are
// parsed only by the routes that take them.
import { XLSX_MIME } from '@cz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { fillPath, needsSession, type Operation, operationsOf } from './openapi.ts';
import { client } from './request.ts';

let t: TestApp;
let ops: Operation[];
beforeAll(async () => {
  t = await createTestApp();
  ops = await operationsOf(t);
});
afterAll(() => t.close());
const api = client(() => t);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const expectError = (res: { statusCode: number; body: string }, status: number, code: string, name: string) => {
  expect(`${name} → ${res.statusCode} ${res.body}`).toBe(`${name} → ${status} ${res.body}`);
  expect((JSON.parse(res.body) as { error: { code: string } }).error.code, name).toBe(code);
};

describe('anonymous callers of a private route', () => {
  it('are told to log in, not which fields are wrong, on every private operation', async () => {
    const priv = ops.filter(needsSession);
    expect(priv.length).toBeGreaterThan(70);
    for (const op of priv) {
      const url = `${fillPath(op, () => 'not-an-id')}?page=-1&year=abc&mode=nonsense`;
      const invalidJson = await api.request(
        op.method,
        url,
        op.method === 'GET' || op.method === 'DELETE' ? undefined : { junk: '\u0000', id: 'x'.repeat(500) },
      );
      expectError(invalidJson, 401, 'auth.unauthenticated', `${op.name} (invalid JSON)`);
      if (op.method !== 'GET' && op.method !== 'DELETE') {
        const notJson = await api.request(op.method, url, 'not json at all', {
          headers: { 'content-type': 'text/plain' },
        });
        expectError(notJson, 401, 'auth.unauthenticated', `${op.name} (text body)`);
      }
    }
  });

  it('still reach public and signed operations, which validate their input', async () => {
    const open = ops.filter((op) => !needsSession(op));
    expect(open.map((op) => op.name)).toEqual(
      expect.arrayContaining(['POST /api/v1/auth/login', 'GET /api/v1/services', 'POST /api/v1/interop/vouchers/hold']),
    );
    const res = await api.post('/api/v1/auth/login', { username: 12 });
    expectError(res, 400, 'http.validation', 'POST /api/v1/auth/login');
  });
});

describe('raw bodies', () => {
  it('are refused 415 by JSON routes, even for a logged-in user', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    const xlsx = { 'content-type': XLSX_MIME };
    expectError(
      await api.post('/api/v1/orgs', Buffer.from('PK\u0003\u0004'), { as: admin, headers: xlsx }),
      415,
      'http.unsupported_media_type',
      'xlsx to POST /orgs',
    );
    expectError(
      await api.post('/api/v1/orders', PNG, { as: e, headers: { 'content-type': 'image/png' } }),
      415,
      'http.unsupported_media_type',
      'png to POST /orders',
    );
    expectError(
      await api.post('/api/v1/uploads', Buffer.from('PK\u0003\u0004'), { as: e, headers: xlsx }),
      415,
      'http.unsupported_media_type',
      'xlsx to POST /uploads',
    );
    expectError(
      await api.post('/api/v1/orgs/import', PNG, { as: admin, headers: { 'content-type': 'image/png' } }),
      415,
      'http.unsupported_media_type',
      'png to POST /orgs/import',
    );
  });

  it('are taken by the upload and import routes', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    const upload = await api.post('/api/v1/uploads?name=logo.png', PNG, {
      as: e,
      headers: { 'content-type': 'image/png' },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const template = await api.get('/api/v1/orgs/import/template.xlsx', { as: admin });
    expect(template.statusCode).toBe(200);
    const dryRun = await api.post('/api/v1/orgs/import?mode=dry-run', template.rawPayload, {
      as: admin,
      headers: { 'content-type': XLSX_MIME },
    });
    expect(dryRun.statusCode, dryRun.body).toBe(200);
  });
});
