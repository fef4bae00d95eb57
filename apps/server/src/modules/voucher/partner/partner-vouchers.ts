import { sql } from 'drizzle-orm';
import type { Clock } from '../../../kernel/clock.ts';
import type { Tx } from '../../../kernel/db/connection.ts';
import { callPartner } from '../../interop/index.ts';
import type { OrderRow } from '../../order/index.ts';
import { assertVoucherPays } from '../redemption/eligibility.ts';
import { coverageOf } from '../redemption/redemption.ts';
import { voucherErrors } from '../voucher.errors.ts';

type Ctx = { ownRegion: string; clock: Clock };
type Verified = { number: string; status: string; balance: number; coveragePercent: number; categories: string[] };

/**
 * 通兑 at our providers: the buyer pays part of an order with a voucher of a partner region. The issuing region holds
 * min(coverage × amount, balance) on acceptance, is told to confirm on completion (then it pays our provider) or to
 * release on cancellation. Every remote change carries an idempotency key derived from the order, so a retried
 * step (after a rollback here) gets the same answer there.
 */
export async function holdPartnerVoucher(tx: Tx, ctx: Ctx, order: OrderRow, use: { region: string; number: string }) {
  if (order.amount === null) throw voucherErrors.amountUnknown();
  const { rows } = await tx.execute(sql`SELECT category, voucher_eligible FROM services WHERE id = ${order.serviceId}`);
  const service = rows[0] as { category: string; voucher_eligible: boolean } | undefined;
  if (!service?.voucher_eligible) throw voucherErrors.ineligibleService();
  const v = await callPartner<Verified>(tx, ctx, use.region, 'verify', { number: use.number });
  // The issuing region has judged the validity: its status is the verdict (validUntil null).
  assertVoucherPays(
    { status: v.status, validUntil: null, categories: v.categories },
    service.category,
    ctx.clock.now(),
  );
  const amount = Math.min(coverageOf(order.amount, v.coveragePercent), v.balance);
  if (amount <= 0) throw voucherErrors.exhausted();
  const hold = await callPartner<{ holdId: number }>(
    tx,
    ctx,
    use.region,
    'hold',
    { number: use.number, amount, orderRef: `${ctx.ownRegion}:order:${order.id}`, category: service.category },
    `${ctx.ownRegion}-order-${order.id}-hold-${use.number}-${order.acceptedAt?.getTime() ?? 0}`,
  );
  await tx.execute(sql`
    INSERT INTO partner_voucher_uses (order_id, region, number, remote_hold_id, amount, created_at)
    VALUES (${order.id}, ${use.region}, ${use.number}, ${hold.holdId}, ${amount}, ${ctx.clock.now().toISOString()})`);
  return { amount, coveragePercent: v.coveragePercent };
}

/** Confirms (coverage × final amount, at most the hold) or releases the partner holds of an order. */
export async function closePartnerVouchers(tx: Tx, ctx: Ctx, order: OrderRow, outcome: 'completed' | 'cancelled') {
  const { rows } = await tx.execute(
    sql`SELECT id, region, number, remote_hold_id, amount FROM partner_voucher_uses WHERE order_id = ${order.id} AND status = 'held' FOR UPDATE`,
  );
  for (const u of rows as { id: number; region: string; number: string; remote_hold_id: number; amount: number }[]) {
    const now = ctx.clock.now().toISOString();
    if (outcome === 'completed') {
      const verified = await callPartner<{ coveragePercent: number }>(tx, ctx, u.region, 'verify', {
        number: u.number,
      });
      const amount = Math.min(Number(u.amount), coverageOf(order.amount ?? 0, verified.coveragePercent));
      await callPartner(
        tx,
        ctx,
        u.region,
        'confirm',
        { holdId: Number(u.remote_hold_id), amount },
        `${ctx.ownRegion}-use-${u.id}-confirm`,
      );
      await tx.execute(
        sql`UPDATE partner_voucher_uses SET status = 'confirmed', confirmed_amount = ${amount}, closed_at = ${now} WHERE id = ${u.id}`,
      );
    } else {
      await callPartner(
        tx,
        ctx,
        u.region,
        'release',
        { holdId: Number(u.remote_hold_id) },
        `${ctx.ownRegion}-use-${u.id}-release`,
      );
      await tx.execute(sql`UPDATE partner_voucher_uses SET status = 'released', closed_at = ${now} WHERE id = ${u.id}`);
    }
  }
}
