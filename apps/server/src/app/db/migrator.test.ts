import { INDUSTRY_CHAIN_CODES, isValidUscc } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { adminQuery, dropDatabase, withDatabase } from '../../../test/database.ts';
import { createDb, createPool } from '../../kernel/db/connection.ts';
import { reconcile } from '../../modules/voucher/ledger/reconcile.ts';
import { DEMO_ACCOUNTS, seedDemo } from '../../seed/demo.ts';
import { migrate } from './migrator.ts';

const adminUrl = inject('dbAdminUrl');
const name = `cz_mig_${Math.random().toString(36).slice(2, 8)}`;
afterAll(() => dropDatabase(adminUrl, name));

describe('migrations and demo data on an empty database', () => {
  it('migrates once when several instances start at the same time', async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
    const pools = [0, 1, 2].map(() => createPool(withDatabase(adminUrl, name), 2));
    try {
      const applied = await Promise.all(pools.map((p) => migrate(p)));
      const counts = applied.map((a) => a.length).sort();
      expect(counts[0]).toBe(0);
      expect(counts[1]).toBe(0);
      expect(counts[2]).toBeGreaterThan(0);
      const { rows } = await (pools[0] as NonNullable<(typeof pools)[0]>).query(
        'SELECT count(*)::int AS n FROM schema_migrations',
      );
      expect(rows[0].n).toBe(counts[2]);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('seeds fictional demo data once: every kind, ≥30 enterprises on every chain, three years of indicators, one account per role', async () => {
    const pool = createPool(withDatabase(adminUrl, name), 4);
    const db = createDb(pool);
    try {
      const [first, second] = await Promise.all([seedDemo(db, { thisYear: 2026 }), seedDemo(db, { thisYear: 2026 })]);
      const seededOnce = [first, second].filter((s) => s && s.orgs > 0);
      expect(seededOnce).toHaveLength(1);
      const kinds = (await db.execute(sql`SELECT kind, count(*)::int AS n FROM organisations GROUP BY kind`)).rows;
      expect(kinds.map((k) => k.kind).sort()).toEqual(['enterprise', 'finance', 'incubator', 'provider', 'university']);
      expect(kinds.find((k) => k.kind === 'enterprise')?.n).toBeGreaterThanOrEqual(30);
      const chains = (
        await db.execute(sql`SELECT DISTINCT industry_chain FROM organisations WHERE kind = 'enterprise'`)
      ).rows.map((r) => r.industry_chain);
      expect(chains.sort()).toEqual(INDUSTRY_CHAIN_CODES.filter((c) => c !== 'other').sort());
      const names = (await db.execute(sql`SELECT name, uscc FROM organisations`)).rows;
      expect(names.every((r) => String(r.name).includes('示例') && isValidUscc(String(r.uscc)))).toBe(true);
      const years = (await db.execute(sql`SELECT DISTINCT year FROM org_indicators ORDER BY year`)).rows.map(
        (r) => r.year,
      );
      expect(years).toEqual([2023, 2024, 2025]);
      const roles = new Set((await db.execute(sql`SELECT role FROM users`)).rows.map((r) => r.role));
      expect([...roles].sort()).toEqual([...new Set(DEMO_ACCOUNTS.map((a) => a.role))].sort());
      const shared = (
        await db.execute(sql`
        SELECT count(DISTINCT i.id)::int AS instruments, count(DISTINCT i.provider_id)::int AS providers,
               count(DISTINCT date_trunc('month', lower(u.actual)))::int AS months
        FROM instruments i LEFT JOIN bookings b ON b.instrument_id = i.id LEFT JOIN usage_records u ON u.booking_id = b.id`)
      ).rows[0];
      expect(shared?.instruments).toBeGreaterThanOrEqual(20);
      expect(shared?.providers).toBeGreaterThanOrEqual(6);
      expect(shared?.months).toBeGreaterThanOrEqual(12);
      const vouchers = (
        await db.execute(sql`SELECT count(*)::int AS n, count(DISTINCT scheme_id)::int AS schemes FROM vouchers`)
      ).rows[0];
      expect(vouchers?.schemes).toBe(1);
      expect(Number(vouchers?.n)).toBeGreaterThan(0);
      expect(await reconcile(db)).toEqual([]);
      expect(await seedDemo(db)).toBeNull();
    } finally {
      await pool.end();
    }
  });
});
