import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { account, transfer } from '../modules/voucher/ledger/ledger.ts';
import { coverageOf } from '../modules/voucher/redemption/redemption.ts';

/**
 * This year's fictional voucher scheme, open for applications, with vouchers issued to a few eligible enterprises
 * (not the demo 'enterprise' account's, so that it can apply itself) and some of their completed instrument orders
 * paid in part with them — so that balances, settlement and the reports show something on first start.
 */
export async function seedVoucherDemo(
  tx: Tx,
  ctx: { now: Date; year: number; demoEnterpriseOrgId: number; adminUserId: number | null },
) {
  const budget = 500 * 1_000_000; // 500万元
  const { rows } = await tx.execute(sql`
    INSERT INTO voucher_schemes (year, name, budget, per_enterprise_cap, coverage_percent, amount_mode, unit_amount, validity_months,
      categories, apply_from, apply_to, status, created_by)
    VALUES (${ctx.year}, ${`示例${ctx.year}年度长治高新区科技创新券`}, ${budget}, 20000000, 50, 'unit', 500000, 12,
      '{testing,rnd,instrument,transfer,ip,consulting}', ${`${ctx.year}-01-01`}, ${`${ctx.year}-12-31`}, 'open', ${ctx.adminUserId})
    RETURNING id`);
  const schemeId = Number(rows[0]?.id);
  const at = ctx.now;
  await transfer(tx, {
    from: account.funding(),
    to: account.scheme(schemeId),
    amount: budget,
    kind: 'fund',
    ref: `scheme:${schemeId}`,
    at,
  });

  // Eligible enterprises (verified, in a park, 科技型中小企业) that bought instrument time this year.
  const { rows: buyers } = await tx.execute(sql`
    SELECT DISTINCT o.id, o.name FROM organisations o JOIN service_orders so ON so.buyer_org_id = o.id
    WHERE o.kind = 'enterprise' AND o.status = 'verified' AND o.park IS NOT NULL AND o.tsme_reg_no IS NOT NULL
      AND o.id <> ${ctx.demoEnterpriseOrgId} AND so.status = 'completed'
      AND so.completed_at >= ${`${ctx.year}-01-01T00:00:00+08:00`}::timestamptz
    ORDER BY o.id LIMIT 8`);
  let serial = 0;
  for (const b of buyers as { id: number; name: string }[]) {
    const amount = 4_000_000; // 4万元 = 8 units
    const { rows: app } = await tx.execute(sql`
      INSERT INTO voucher_applications (scheme_id, org_id, user_id, amount, purpose, status, approved_amount, decided_by, decided_at, created_at)
      SELECT ${schemeId}, ${b.id}, m.user_id, ${amount}, '委托检测与仪器共享', 'approved', ${amount}, ${ctx.adminUserId}, ${at.toISOString()}, ${at.toISOString()}
      FROM memberships m WHERE m.org_id = ${b.id} LIMIT 1
      RETURNING id`);
    if (!app[0]) continue;
    serial++;
    const { rows: v } = await tx.execute(sql`
      INSERT INTO vouchers (number, scheme_id, org_id, application_id, amount, issued_at, valid_until)
      VALUES (${`CXQ-${ctx.year}-${String(schemeId).padStart(3, '0')}-${String(serial).padStart(6, '0')}`}, ${schemeId}, ${b.id}, ${app[0].id},
              ${amount}, ${new Date(at.getTime() - 200 * 86_400_000).toISOString()}, ${new Date(at.getTime() + 165 * 86_400_000).toISOString()})
      RETURNING id`);
    const voucherId = Number(v[0]?.id);
    await transfer(tx, {
      from: account.scheme(schemeId),
      to: account.voucher(voucherId),
      amount,
      kind: 'issue',
      ref: `application:${app[0].id}`,
      at,
    });
    // Up to three of its completed orders this year were paid half with the voucher.
    const { rows: orders } = await tx.execute(sql`
      SELECT so.id, so.amount, so.provider_id FROM service_orders so JOIN services s ON s.id = so.service_id
      WHERE so.buyer_org_id = ${b.id} AND so.status = 'completed' AND s.voucher_eligible
        AND so.completed_at >= ${`${ctx.year}-01-01T00:00:00+08:00`}::timestamptz
      ORDER BY so.id LIMIT 3`);
    let left = amount;
    for (const o of orders as { id: number; amount: number; provider_id: number }[]) {
      const share = Math.min(coverageOf(Number(o.amount), 50), left);
      if (share <= 0) break;
      left -= share;
      const { rows: h } = await tx.execute(sql`
        INSERT INTO voucher_holds (voucher_id, order_id, amount, status, created_at, closed_at)
        VALUES (${voucherId}, ${o.id}, ${share}, 'consumed', ${at.toISOString()}, ${at.toISOString()}) RETURNING id`);
      const holdId = Number(h[0]?.id);
      await transfer(tx, {
        from: account.voucher(voucherId),
        to: account.hold(holdId),
        amount: share,
        kind: 'hold',
        ref: `order:${o.id}`,
        at,
      });
      await transfer(tx, {
        from: account.hold(holdId),
        to: account.payable(Number(o.provider_id)),
        amount: share,
        kind: 'consume',
        ref: `order:${o.id}`,
        at,
      });
    }
  }
  return { schemes: 1, vouchers: serial };
}
