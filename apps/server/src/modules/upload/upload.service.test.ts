import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser, providerWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('demo image bytes'),
]);
const PDF = Buffer.from('%PDF-1.4 示例检测报告');

describe('uploads', () => {
  it('stores a file by content hash once and serves it to its uploader, privately until it is attached', async () => {
    const p = await providerWithUser(t);
    const up = (body: Buffer, type: string, cookie = p.cookie) =>
      api.post('/api/v1/uploads?name=photo.png', body, { as: cookie, headers: { 'content-type': type } });
    const first = await up(PNG, 'image/png');
    expect(first.statusCode).toBe(201);
    const again = await up(PNG, 'image/png');
    expect(again.json().hash).toBe(first.json().hash);
    const got = await api.get(`/api/v1/uploads/${first.json().hash}`, { as: p.cookie });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['cache-control']).toBe('private, no-store');
    expect((await api.get(`/api/v1/uploads/${first.json().hash}`)).statusCode).toBe(401);
    expect(Buffer.compare(got.rawPayload, PNG)).toBe(0);
  });

  it('refuses content that does not match its type, unknown types and anonymous uploads', async () => {
    const p = await providerWithUser(t);
    const bad = await api.post('/api/v1/uploads', Buffer.from('not a png'), {
      as: p.cookie,
      headers: { 'content-type': 'image/png' },
    });
    expect(bad.statusCode).toBe(415);
    expect(bad.json().error.code).toBe('upload.content_mismatch');
    const exe = await api.post('/api/v1/uploads', 'MZ...', {
      as: p.cookie,
      headers: { 'content-type': 'application/x-msdownload' },
    });
    expect(exe.statusCode).toBe(415);
    const anon = await api.post('/api/v1/uploads', PNG, { headers: { 'content-type': 'image/png' } });
    expect(anon.statusCode).toBe(401);
  });

  it('keeps documents to their uploader, telling others only that there is no such file', async () => {
    const p = await providerWithUser(t);
    const e = await enterpriseWithUser(t);
    const doc = await api.post('/api/v1/uploads?name=report.pdf', PDF, {
      as: p.cookie,
      headers: { 'content-type': 'application/pdf' },
    });
    const hash = doc.json().hash;
    expect((await api.get(`/api/v1/uploads/${hash}`, { as: p.cookie })).statusCode).toBe(200);
    expect((await api.get(`/api/v1/uploads/${hash}`, { as: e.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/uploads/${hash}`)).statusCode).toBe(401);
  });
});
