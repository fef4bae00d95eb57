import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser, providerWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('demo image bytes'),
]);
const PDF = Buffer.from('%PDF-1.4 示例检测报告');

describe('uploads', () => {
  it('stores a file by content hash once and serves images publicly', async () => {
    const p = await providerWithUser(t);
    const up = (body: Buffer, type: string, cookie = p.cookie) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/uploads?name=photo.png',
        payload: body,
        headers: { cookie, 'content-type': type },
      });
    const first = await up(PNG, 'image/png');
    expect(first.statusCode).toBe(201);
    const again = await up(PNG, 'image/png');
    expect(again.json().hash).toBe(first.json().hash);
    const got = await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${first.json().hash}` });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(got.rawPayload, PNG)).toBe(0);
  });

  it('refuses content that does not match its type, unknown types and anonymous uploads', async () => {
    const p = await providerWithUser(t);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload: Buffer.from('not a png'),
      headers: { cookie: p.cookie, 'content-type': 'image/png' },
    });
    expect(bad.statusCode).toBe(415);
    expect(bad.json().error.code).toBe('upload.content_mismatch');
    const exe = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload: 'MZ...',
      headers: { cookie: p.cookie, 'content-type': 'application/x-msdownload' },
    });
    expect(exe.statusCode).toBe(415);
    const anon = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload: PNG,
      headers: { 'content-type': 'image/png' },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('keeps documents to their uploader (and, once delivered, the two parties of the order)', async () => {
    const p = await providerWithUser(t);
    const e = await enterpriseWithUser(t);
    const doc = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads?name=report.pdf',
      payload: PDF,
      headers: { cookie: p.cookie, 'content-type': 'application/pdf' },
    });
    const hash = doc.json().hash;
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${hash}`, headers: { cookie: p.cookie } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${hash}`, headers: { cookie: e.cookie } })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${hash}` })).statusCode).toBe(401);
  });
});
