import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { demoUscc } from '../../apps/server/src/seed/demo.ts';

export type VoucherBenchData = {
  buyers: { orgId: number; userId: number; cookie: string; voucherId: number }[];
  /** Quoted orders per pool: [pool][buyer index] → order ids. */
  pools: Record<string, number[][]>;
};

/**
 * `buyers` verified enterprises, each with a session and a voucher of 10亿元 (so that no run exhausts it), one
 * provider with a voucher-eligible service, and quoted orders of 100元 for each pool (a pool is used by one
 * scenario on one server, so that no order is accepted twice). Plain SQL: seconds, not minutes.
 */
export async function seedVoucherBench(
  pool: pg.Pool,
  buyers: number,
  perPool: Record<string, { buyers: number; orders: number }>,
): Promise<VoucherBenchData> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const provider = await c.query<{ id: number }>(
      `INSERT INTO organisations (kind, name, uscc, status, verified_at) VALUES ('provider', '示例基准检测服务中心', $1, 'verified', now()) RETURNING id`,
      [demoUscc(950_000)],
    );
    const providerId = provider.rows[0]?.id as number;
    const service = await c.query<{ id: number }>(
      `INSERT INTO services (provider_id, category, title, pricing, voucher_eligible) VALUES ($1, 'testing', '示例基准检测', 'quote', true) RETURNING id`,
      [providerId],
    );
    const serviceId = service.rows[0]?.id as number;
    const budget = buyers * 100_000_000_000;
    const scheme = await c.query<{ id: number }>(
      `INSERT INTO voucher_schemes (year, name, budget, per_enterprise_cap, coverage_percent, amount_mode, validity_months, categories, apply_from, apply_to, status)
       VALUES (2026, '示例基准创新券', $1, 100000000000, 50, 'free', 12, '{testing}', '2020-01-01', '2099-12-31', 'open') RETURNING id`,
      [budget],
    );
    const schemeId = scheme.rows[0]?.id as number;
    await c.query(
      `INSERT INTO ledger_accounts (code, kind) VALUES ('funding', 'funding'), ($1, 'scheme') ON CONFLICT DO NOTHING`,
      [`scheme:${schemeId}`],
    );
    await c.query(
      `INSERT INTO ledger_entries (from_account, to_account, amount, kind, ref) VALUES ('funding', $1, $2, 'fund', 'bench')`,
      [`scheme:${schemeId}`, budget],
    );
    const out: VoucherBenchData = { buyers: [], pools: {} };
    for (let i = 0; i < buyers; i++) {
      const org = await c.query<{ id: number }>(
        `INSERT INTO organisations (kind, name, uscc, status, park, tsme_reg_no, verified_at) VALUES ('enterprise', $1, $2, 'verified', '高新区本部', $3, now()) RETURNING id`,
        [`示例基准企业${i + 1}`, demoUscc(960_000 + i), `BENCH-${i}`],
      );
      const orgId = org.rows[0]?.id as number;
      const user = await c.query<{ id: number }>(
        `INSERT INTO users (username, display_name, password_hash, role) VALUES ($1, $1, 'not-a-login-account', 'enterprise') RETURNING id`,
        [`bench_buyer_${i + 1}`],
      );
      const userId = user.rows[0]?.id as number;
      await c.query('INSERT INTO memberships (user_id, org_id) VALUES ($1, $2)', [userId, orgId]);
      const token = randomBytes(32).toString('base64url');
      await c.query(`INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        createHash('sha256').update(token).digest(),
        userId,
      ]);
      const v = await c.query<{ id: number }>(
        `INSERT INTO vouchers (number, scheme_id, org_id, amount, issued_at, valid_until) VALUES ($1, $2, $3, 100000000000, now(), now() + interval '1 year') RETURNING id`,
        [`CXQ-BENCH-${String(i + 1).padStart(4, '0')}`, schemeId, orgId],
      );
      const voucherId = v.rows[0]?.id as number;
      await c.query(`INSERT INTO ledger_accounts (code, kind) VALUES ($1, 'voucher')`, [`voucher:${voucherId}`]);
      await c.query(
        `INSERT INTO ledger_entries (from_account, to_account, amount, kind, ref) VALUES ($1, $2, 100000000000, 'issue', 'bench')`,
        [`scheme:${schemeId}`, `voucher:${voucherId}`],
      );
      out.buyers.push({ orgId, userId, cookie: `cz_session=${token}`, voucherId });
    }
    // The per-row trigger keeping the service's rating totals would update one row 200,000 times: recount once instead.
    await c.query('ALTER TABLE service_orders DISABLE TRIGGER service_orders_totals_ins');
    for (const [name, spec] of Object.entries(perPool)) {
      const lists: number[][] = [];
      for (let i = 0; i < spec.buyers; i++) {
        const buyer = out.buyers[i] as VoucherBenchData['buyers'][number];
        const { rows } = await c.query<{ id: number }>(
          `INSERT INTO service_orders (service_id, provider_id, buyer_org_id, buyer_user_id, status, amount, quoted_at)
           SELECT $1, $2, $3, m.user_id, 'quoted', 10000, now() FROM generate_series(1, $4) g, memberships m WHERE m.org_id = $3
           RETURNING id`,
          [serviceId, providerId, buyer.orgId, spec.orders],
        );
        lists.push(rows.map((r) => Number(r.id)));
      }
      out.pools[name] = lists;
    }
    await c.query('ALTER TABLE service_orders ENABLE TRIGGER service_orders_totals_ins');
    await c.query('COMMIT');
    await c.query('ANALYZE');
    return out;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}
