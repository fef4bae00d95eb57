import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from './factories.ts';
import { createTestApp, type TestApp, uniqueUscc } from './harness.ts';
import { client } from './request.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { bodyLimit: 16 * 1024 } });
});
afterAll(() => t.close());
const api = client(() => t);

const orgCount = async () => (await t.db.execute(sql`SELECT count(*)::int AS n FROM organisations`)).rows[0]?.n;

describe('bad input is answered 4xx with a coded error and changes nothing', () => {
  it('malformed JSON → 400 http.malformed_json', async () => {
    const before = await orgCount();
    const res = await api.post('/api/v1/auth/register', '{"username": "a",', {
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('http.malformed_json');
    expect(await orgCount()).toBe(before);
  });

  it('wrong types → 400 http.validation with the offending paths', async () => {
    const before = await orgCount();
    const res = await api.post('/api/v1/auth/register', {
      username: 12,
      password: ['x'],
      displayName: 'x',
      org: { name: '示例', uscc: uniqueUscc(), registeredCapital: 'lots' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('http.validation');
    const paths = body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/username', '/password', '/org/registeredCapital']));
    expect(await orgCount()).toBe(before);
  });

  it('oversized body → 413 http.body_too_large', async () => {
    const before = await orgCount();
    const res = await api.post('/api/v1/auth/register', {
      username: 'big-body',
      password: 'Plain-Test-Passw0rd-9',
      displayName: 'x'.repeat(40_000),
      org: { name: '示例', uscc: uniqueUscc() },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('http.body_too_large');
    expect(await orgCount()).toBe(before);
  });

  it('wrong and duplicate USCC → 400 and 409, nothing stored', async () => {
    const { cookie } = await adminCookie(t);
    const before = await orgCount();
    const wrong = await api.post('/api/v1/orgs', { name: '示例错码', uscc: '91140400MA0XXXXXX1' }, { as: cookie });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('/uscc');
    const code = uniqueUscc();
    expect((await api.post('/api/v1/orgs', { name: '示例一号', uscc: code }, { as: cookie })).statusCode).toBe(201);
    const dup = await api.post('/api/v1/orgs', { name: '示例二号', uscc: code.toLowerCase() }, { as: cookie });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('org.duplicate_uscc');
    expect(await orgCount()).toBe((before as number) + 1);
  });

  it('bad path and query parameters → 400; unknown routes → 404 with the error shape', async () => {
    expect((await api.get('/api/v1/orgs/abc')).statusCode).toBe(400);
    expect((await api.get('/api/v1/orgs?pageSize=100000')).statusCode).toBe(400);
    const missing = await api.get('/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('http.not_found');
    expect((await api.get('/api/v1/orgs/999999999')).json().error.code).toBe('org.not_found');
  });

  it('the database refuses what the API would refuse: negative money and a bad USCC shape', async () => {
    await expect(
      t.db.execute(
        sql`INSERT INTO organisations (kind, name, uscc, registered_capital) VALUES ('enterprise', '示例负数', ${uniqueUscc()}, -1)`,
      ),
    ).rejects.toThrow();
    await expect(
      t.db.execute(
        sql`INSERT INTO organisations (kind, name, uscc) VALUES ('enterprise', '示例坏码', 'IIIIIIIIIIIIIIIIII')`,
      ),
    ).rejects.toThrow();
    const err = await t.db.execute(sql`UPDATE audit_log SET action = 'x'`).catch((e: Error) => e);
    expect(String((err as Error & { cause?: Error }).cause?.message)).toMatch(/append-only/);
  });
});

describe('platform endpoints', () => {
  it('reports database status at /api/health', async () => {
    const res = await api.get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('publishes the OpenAPI document with the v1 routes', async () => {
    const res = await api.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/orgs',
        '/api/v1/orgs/{id}/indicators/{year}',
        '/api/v1/audit',
      ]),
    );
    expect((await api.get('/api/docs')).statusCode).toBeLessThan(400);
  });
});

describe('audit log', () => {
  it('lets admins filter by action and entity, newest first, with before and after', async () => {
    const { cookie } = await adminCookie(t);
    const a = await enterpriseWithUser(t);
    await api.put(
      `/api/v1/orgs/${a.org.id}`,
      { name: a.org.name, uscc: a.org.uscc, address: '示例路8号' },
      { as: a.cookie },
    );
    const res = await api.get(`/api/v1/audit?action=org.&entity=organisation&entityId=${a.org.id}`, { as: cookie });
    expect(res.statusCode).toBe(200);
    const [entry] = res.json().items;
    expect(entry).toMatchObject({
      action: 'org.update',
      actorId: a.user.id,
      entity: 'organisation',
      entityId: String(a.org.id),
    });
    expect(entry.before.address).toBeNull();
    expect(entry.after.address).toBe('示例路8号');
    expect(entry.after.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/); // dates are kept, as ISO strings
  });

  it('never stores a password hash', async () => {
    const { cookie } = await adminCookie(t);
    await api.post(
      '/api/v1/users',
      { username: 'audit-pw-check', password: 'Plain-Test-Passw0rd-9', displayName: '示例', role: 'expert' },
      { as: cookie },
    );
    const rows = (await t.db.execute(sql`SELECT after::text AS a FROM audit_log WHERE action = 'user.create'`)).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.a).join()).not.toMatch(/argon2/);
  });
});

describe('serving the web app', () => {
  it('answers pages with the app shell and missing files with 404', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>shell</title>');
    await writeFile(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)');
    const web = await createTestApp({ config: { webDist: dir } });
    const webApi = client(web);
    try {
      const page = await webApi.get('/admin/orgs?page=2');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('shell');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect((await webApi.get('/assets/app-1.js')).statusCode).toBe(200);
      // a file added after start (a new release) is served too
      await writeFile(path.join(dir, 'assets', 'app-2.js'), 'console.log(2)');
      expect((await webApi.get('/assets/app-2.js')).statusCode).toBe(200);
      const missing = await webApi.get('/assets/app-0.js');
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('http.not_found');
    } finally {
      await web.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('compression and caching', () => {
  it('compresses the shell, scripts and JSON (brotli first, then gzip) and caches hashed assets for a year', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-web-'));
    await mkdir(path.join(dir, 'assets'));
    const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word${i}`))};\n`;
    await writeFile(path.join(dir, 'index.html'), `<!doctype html><title>shell</title>${'<p>示例</p>'.repeat(200)}`);
    await writeFile(path.join(dir, 'assets', 'index-Ab12Cd34.js'), script);
    await writeFile(path.join(dir, 'assets', 'theme-Zx98Yw76.css'), `body{color:red}\n`.repeat(200));
    const web = await createTestApp({ config: { webDist: dir } });
    const webApi = client(web);
    try {
      const js = await webApi.get('/assets/index-Ab12Cd34.js', { headers: { 'accept-encoding': 'br, gzip' } });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-encoding']).toBe('br');
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(js.rawPayload.length).toBeLessThan(script.length / 2);

      const css = await webApi.get('/assets/theme-Zx98Yw76.css', { headers: { 'accept-encoding': 'gzip' } });
      expect(css.headers['content-encoding']).toBe('gzip');
      expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');

      const shell = await webApi.get('/', { headers: { 'accept-encoding': 'gzip' } });
      expect(shell.headers['content-encoding']).toBe('gzip');
      expect(shell.headers['cache-control']).toBe('no-cache');

      const docs = await webApi.get('/api/docs/json', { headers: { 'accept-encoding': 'br' } });
      expect(docs.headers['content-encoding']).toBe('br');
      expect(String(docs.headers['cache-control'] ?? '')).not.toContain('immutable');

      // a client that accepts no encoding gets the plain bytes
      const plain = await webApi.get('/assets/index-Ab12Cd34.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
    } finally {
      await web.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('security headers', () => {
  it('sends a content security policy with the pages, no-store on logged-in JSON, and a permissions policy', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-web-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>shell</title>');
    const web = await createTestApp({ config: { webDist: dir } });
    try {
      const page = await web.app.inject({ method: 'GET', url: '/orgs' });
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['permissions-policy']).toContain('camera=()');
      expect(page.headers['strict-transport-security']).toBeUndefined();
      const { cookie } = await adminCookie(web);
      const mine = await web.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(mine.statusCode).toBe(200);
      expect(mine.headers['cache-control']).toBe('no-store');
      const anonymous = await web.app.inject({ method: 'GET', url: '/api/v1/services' });
      expect(anonymous.headers['cache-control']).toBeUndefined();
    } finally {
      await web.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('asks browsers to keep to HTTPS when cookies are Secure', async () => {
    const secure = await createTestApp({
      config: { session: { idleMs: 7_200_000, absoluteMs: 43_200_000, cookieSecure: true } },
    });
    try {
      const res = await secure.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await secure.close();
    }
  });
});

describe('precompressed assets', () => {
  it('sends the .br written at build time as it is, and compresses a file without one per answer', async () => {
    const { brotliCompressSync } = await import('node:zlib');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>shell</title>');
    const script = `export const n = ${JSON.stringify('示例'.repeat(2000))};\n`;
    await writeFile(path.join(dir, 'assets', 'pre-Ab12Cd34.js'), script);
    const stored = brotliCompressSync(Buffer.from(script));
    await writeFile(path.join(dir, 'assets', 'pre-Ab12Cd34.js.br'), stored);
    await writeFile(path.join(dir, 'assets', 'plain-Zx98Yw76.js'), script);
    const web = await createTestApp({ config: { webDist: dir } });
    try {
      const pre = await web.app.inject({
        method: 'GET',
        url: '/assets/pre-Ab12Cd34.js',
        headers: { 'accept-encoding': 'br' },
      });
      expect(pre.headers['content-encoding']).toBe('br');
      expect(Buffer.compare(pre.rawPayload, stored)).toBe(0);
      expect(pre.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const plain = await web.app.inject({
        method: 'GET',
        url: '/assets/plain-Zx98Yw76.js',
        headers: { 'accept-encoding': 'br' },
      });
      expect(plain.headers['content-encoding']).toBe('br');
      expect(plain.rawPayload.length).toBeLessThan(script.length / 2);
    } finally {
      await web.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
