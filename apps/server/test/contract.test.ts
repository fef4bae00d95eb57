import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
type Media = { schema?: Record<string, unknown> };
type Response = { description?: string; content?: Record<string, Media> };
type Operation = { responses?: Record<string, Response> };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** A 2xx answer is declared when it has no body (204), a JSON schema, or only file bodies (the binary convention). */
function declared(code: string, r: Response): boolean {
  if (!/^2\d\d$/.test(code)) return false;
  if (code === '204') return true;
  const content = Object.entries(r.content ?? {});
  if (content.length === 0) return false;
  return content.every(([type, media]) => {
    const schema = media.schema ?? {};
    if (type === 'application/json') return Object.keys(schema).length > 0;
    return schema.type === 'string' && schema.format === 'binary';
  });
}

describe('the OpenAPI contract', () => {
  it('declares a response schema for the success answer of every operation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as OpenApi;
    const operations: string[] = [];
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.includes(method)) continue;
        const name = `${method.toUpperCase()} ${path}`;
        operations.push(name);
        if (!Object.entries(op.responses ?? {}).some(([code, r]) => declared(code, r))) missing.push(name);
      }
    }
    console.info(`${operations.length} operations, ${missing.length} without a response schema`);
    expect(operations.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
