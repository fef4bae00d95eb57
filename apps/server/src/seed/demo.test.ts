import { isValidUscc, SERVICE_CATEGORY_CODES } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { seedDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: 2026, uploadDir: t.config.uploadDir });
});
afterAll(() => t.close());
const api = client(() => t);

type Listed = { id: number; providerId: number; providerName: string; status: string; price: number | null };

describe('the demo data a new user meets', () => {
  it('fills the 科技服务超市 with published services in each of the nine categories from at least ten providers', async () => {
    const providers = new Map<number, string>();
    for (const category of SERVICE_CATEGORY_CODES.filter((c) => c !== 'instrument')) {
      const res = await api.get(`/api/v1/services?category=${category}&pageSize=200`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as { total: number; items: Listed[] };
      expect(page.total, category).toBeGreaterThanOrEqual(1);
      for (const s of page.items) {
        expect(s.status).toBe('active');
        providers.set(s.providerId, s.providerName);
      }
    }
    expect(providers.size).toBeGreaterThanOrEqual(10);
    expect([...providers.values()].every((n) => n.includes('示例'))).toBe(true);
    const { rows } = await t.db.execute(
      sql`SELECT uscc FROM organisations WHERE id IN (${sql.join([...providers.keys()], sql`, `)})`,
    );
    expect(rows).toHaveLength(providers.size);
    expect(rows.every((r) => isValidUscc(String(r.uscc)))).toBe(true);
  });

  it('gives every demo instrument a picture that the uploads route serves as an image to anyone', async () => {
    const page = (await api.get('/api/v1/instruments?pageSize=200')).json() as {
      total: number;
      items: { id: number; photos: string[] }[];
    };
    expect(page.total).toBeGreaterThanOrEqual(20);
    const hashes = new Set<string>();
    for (const i of page.items) {
      expect(i.photos.length, `instrument ${i.id}`).toBeGreaterThan(0);
      hashes.add(i.photos[0] as string);
    }
    for (const h of hashes) {
      const res = await api.get(`/api/v1/uploads/${h}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('image/png');
      expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    }
    expect(hashes.size).toBeGreaterThanOrEqual(5);
  });
});
