// Addresses refused before a route is found still answer in the error shape: a path parameter over the router's
// 100 characters (414), a path that does not decode (400), and an address over Node's header limit (431).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
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

const errorOf = (body: string) => (JSON.parse(body) as { error: { code: string; message: string } }).error;

describe('over-long and broken addresses', () => {
  it('answers a path parameter over 100 characters 414 http.uri_too_long, anonymous or logged in', async () => {
    for (const as of [undefined, admin]) {
      for (const url of [`/api/v1/orders/${'1'.repeat(101)}`, `/api/v1/orgs/${'A'.repeat(150)}/indicators`]) {
        const res = await api.get(url, { as });
        expect(res.statusCode, res.body).toBe(414);
        expect(errorOf(res.body)).toEqual({ code: 'http.uri_too_long', message: expect.any(String) });
        expect(res.headers['content-type']).toMatch(/^application\/json/);
      }
    }
    // 100 characters still reach the route, which validates them.
    const res = await api.get(`/api/v1/orders/${'1'.repeat(100)}`, { as: admin });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).code).toBe('http.validation');
  });

  it('answers 414 too when the built web app is served (its wildcard route sees what the router refused)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-web-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>示例</title>');
    const web = await createTestApp({ config: { webDist: dir } });
    try {
      const res = await client(web).get(`/api/v1/orders/${'1'.repeat(101)}`);
      expect(res.statusCode, res.body).toBe(414);
      expect(errorOf(res.body).code).toBe('http.uri_too_long');
      // A missing API route is still a 404, and pages still get the shell.
      expect((await client(web).get('/api/v1/no-such-thing')).statusCode).toBe(404);
      expect((await client(web).get('/vouchers')).statusCode).toBe(200);
    } finally {
      await web.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers a path that does not decode 400 http.bad_url', async () => {
    const res = await api.get('/api/v1/orgs/%E0%A4%A');
    expect(res.statusCode, res.body).toBe(400);
    expect(errorOf(res.body)).toEqual({ code: 'http.bad_url', message: expect.any(String) });
  });

  it('answers an address over the header limit 431 in the error shape, on a real connection', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`GET /api/v1/orgs?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/json/i);
    expect(errorOf(body)).toEqual({ code: 'http.headers_too_large', message: expect.any(String) });
  });
});
