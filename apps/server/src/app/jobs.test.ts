import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test/database.ts';
import { makeOrg } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { startJobs } from './jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('scheduled jobs on pg-boss', () => {
  it('runs the voucher expiry job through the queue', async () => {
    const org = await makeOrg(t, {});
    const { rows: s } = await t.db.execute(sql`
      INSERT INTO voucher_schemes (year, name, budget, per_enterprise_cap, coverage_percent, amount_mode, validity_months, categories, apply_from, apply_to, status)
      VALUES (2026, '示例队列测试券', 100000, 100000, 50, 'free', 1, '{testing}', '2026-01-01', '2026-12-31', 'open') RETURNING id`);
    const { rows: v } = await t.db.execute(sql`
      INSERT INTO vouchers (number, scheme_id, org_id, amount, issued_at, valid_until)
      VALUES ('CXQ-QUEUE-1', ${s[0]?.id}, ${org.id}, 100000, now() - interval '40 days', now() - interval '1 day') RETURNING id`);
    const { rows: db } = await t.db.execute(sql`SELECT current_database() AS name`);
    const url = withDatabase(inject('dbAdminUrl'), String(db[0]?.name));
    const jobs = await startJobs({ url, modules: t.modules, log: () => {} });
    try {
      await jobs.runNow('voucher-expiry');
      await expect
        .poll(
          async () => (await t.db.execute(sql`SELECT status FROM vouchers WHERE id = ${v[0]?.id}`)).rows[0]?.status,
          { timeout: 20_000, interval: 250 },
        )
        .toBe('expired');
    } finally {
      await jobs.stop();
    }
  });
});
