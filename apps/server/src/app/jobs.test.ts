import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabase } from '../../test/database.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { seed } from '../../test/seed.ts';
import { startJobs } from './jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('scheduled jobs on pg-boss', () => {
  it('runs the voucher expiry job through the queue', async () => {
    const day = 86_400_000;
    const {
      vouchers: [voucher],
    } = await seed(t, {
      organisations: [{ key: 'e' }],
      voucherSchemes: [
        {
          key: 's',
          name: '示例队列测试券',
          budget: 100000,
          perEnterpriseCap: 100000,
          validityMonths: 1,
          applyFrom: '2026-01-01',
          applyTo: '2026-12-31',
        },
      ],
      vouchers: [
        {
          scheme: 's',
          org: 'e',
          number: 'CXQ-QUEUE-1',
          amount: 100000,
          issuedAt: new Date(Date.now() - 40 * day),
          validUntil: new Date(Date.now() - day),
        },
      ],
    });
    const { rows: db } = await t.db.execute(sql`SELECT current_database() AS name`);
    const url = withDatabase(inject('dbAdminUrl'), String(db[0]?.name));
    const jobs = await startJobs({ url, modules: t.modules, log: () => {} });
    try {
      await jobs.runNow('voucher-expiry');
      await expect
        .poll(
          async () => (await t.db.execute(sql`SELECT status FROM vouchers WHERE id = ${voucher.id}`)).rows[0]?.status,
          { timeout: 20_000, interval: 250 },
        )
        .toBe('expired');
    } finally {
      await jobs.stop();
    }
  });
});
