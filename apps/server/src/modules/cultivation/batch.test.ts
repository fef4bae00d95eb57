import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { indicator } from './cultivation.fixtures.ts';
import type { CultivationApi } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

describe('batch runs', () => {
  it('evaluates every enterprise once, shows progress, and a second start answers the running run', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    const batches = (t.modules.find((m) => m.name === 'cultivation')?.api as CultivationApi | undefined)?.batches;
    if (!batches) throw new Error('no cultivation module');
    // Two starts before any chunk ran: one run.
    const first = await batches.start(null, 'nightly');
    const again = await batches.start(null, 'manual');
    expect(again).toMatchObject({ started: false, batch: { id: first.batch.id } });
    await batches.drain();
    const start = await api.post('/api/v1/cultivation/batches', {}, { as: admin.cookie });
    expect(start.statusCode).toBe(200);
    const batch = start.json();
    expect(batch).toMatchObject({ trigger: 'manual' });
    expect(batch.id).toBeGreaterThan(first.batch.id);
    expect(batch.total).toBeGreaterThan(0);
    let p = batch;
    for (let i = 0; i < 100 && p.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      p = (await api.get(`/api/v1/cultivation/batches/${batch.id}`, { as: admin.cookie })).json();
    }
    expect(p.status).toBe('done');
    expect(p.processed + p.failed).toBe(p.total);
    const { rows } = await t.db.execute(sql`
      SELECT count(*)::int AS n, count(DISTINCT (org_id, kind))::int AS d FROM cultivation_evaluations WHERE batch_id = ${batch.id}`);
    expect(rows[0]?.n).toBe(rows[0]?.d);
    const mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    expect(mine.items[0].trigger).toBe('batch');
    // Running a chunk again after the run finished writes nothing.
    expect(await batches.runChunk()).toBe(0);
    expect((await api.post('/api/v1/cultivation/batches', {}, { as: e.cookie })).statusCode).toBe(403);
  });
});
