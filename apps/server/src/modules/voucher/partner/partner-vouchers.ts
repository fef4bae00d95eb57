import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../../kernel/clock.ts';
import type { Db, Tx } from '../../../kernel/db/connection.ts';
import { callPartner, enqueuePartnerCall } from '../../interop/index.ts';
import type { OrderRow } from '../../order/index.ts';
import { assertVoucherPays } from '../redemption/eligibility.ts';
import { coverageOf, serviceOf } from '../redemption/redemption.ts';
import { voucherErrors } from '../voucher.errors.ts';

type Ctx = { ownRegion: string; clock: Clock };
type Verified = { number: string; status: string; balance: number; coveragePercent: number; categories: string[] };

/** What the issuing region holds for one of our orders, before our acceptance commits. */
export type PartnerReservation = {
  region: string;
  number: string;
  holdId: number;
  amount: number;
  coveragePercent: number;
  idempotencyKey: string;
};

/*
 * 通兑 at our providers: the buyer pays part of an order with a voucher of a partner region. The issuing region holds
 * min(coverage × amount, balance) before our acceptance is written (so no row of ours is locked while it answers); the
 * acceptance records the hold, or, when it does not commit, the hold is released through the outbox. On completion or
 * cancellation our change writes an outbox message (confirm or release) with it, delivered after commit. Every remote
 * change carries an idempotency key, so a redelivery gets the same answer there.
 */

/** Verifies the voucher and holds its share at the issuing region; runs outside any transaction of ours. */
export async function reservePartnerVoucher(
  db: Db,
  ctx: Ctx,
  order: OrderRow,
  use: { region: string; number: string; code: string },
): Promise<PartnerReservation> {
  if (order.amount === null) throw voucherErrors.amountUnknown();
  const service = await serviceOf(db, order.serviceId);
  if (!service?.voucherEligible) throw voucherErrors.ineligibleService();
  const v = await callPartner<Verified>(db, ctx, use.region, 'verify', { number: use.number, code: use.code });
  // The issuing region has judged the validity: its status is the verdict (validUntil null).
  assertVoucherPays(
    { status: v.status, validUntil: null, categories: v.categories },
    service.category,
    ctx.clock.now(),
  );
  const amount = Math.min(coverageOf(order.amount, v.coveragePercent), v.balance);
  if (amount <= 0) throw voucherErrors.exhausted();
  const idempotencyKey = `${ctx.ownRegion}-order-${order.id}-hold-${randomUUID()}`.slice(0, 128);
  const hold = await callPartner<{ holdId: number }>(
    db,
    ctx,
    use.region,
    'hold',
    {
      number: use.number,
      code: use.code,
      amount,
      orderRef: `${ctx.ownRegion}:order:${order.id}`,
      category: service.category,
    },
    idempotencyKey,
  );
  // The code is not kept here: it was for the issuing region only.
  return {
    region: use.region,
    number: use.number,
    holdId: hold.holdId,
    amount,
    coveragePercent: v.coveragePercent,
    idempotencyKey,
  };
}

/** Records the reservation with the acceptance, in its transaction. */
export async function recordPartnerReservation(tx: Tx, ctx: Ctx, order: OrderRow, r: PartnerReservation) {
  await tx.execute(sql`
    INSERT INTO partner_voucher_uses (order_id, region, number, remote_hold_id, amount, coverage_percent, created_at)
    VALUES (${order.id}, ${r.region}, ${r.number}, ${r.holdId}, ${r.amount}, ${r.coveragePercent}, ${ctx.clock.now().toISOString()})`);
}

/** The acceptance did not commit: the hold made for it is released at the issuing region. */
export async function abandonPartnerReservation(db: Db, r: PartnerReservation) {
  await db.transaction((tx) =>
    enqueuePartnerCall(tx, {
      region: r.region,
      operation: 'release',
      body: { holdId: r.holdId },
      idempotencyKey: `${r.idempotencyKey}-release`.slice(0, 128),
    }),
  );
}

/**
 * Confirms (coverage × final amount, at most the hold) or releases the partner holds of an order: recorded here in
 * the step's transaction, told to the issuing region by the outbox after commit.
 */
export async function closePartnerVouchers(tx: Tx, ctx: Ctx, order: OrderRow, outcome: 'completed' | 'cancelled') {
  const { rows } = await tx.execute(
    sql`SELECT id, region, number, remote_hold_id, amount, coverage_percent FROM partner_voucher_uses WHERE order_id = ${order.id} AND status = 'held' FOR UPDATE`,
  );
  for (const u of rows as {
    id: number;
    region: string;
    number: string;
    remote_hold_id: number;
    amount: number;
    coverage_percent: string | null;
  }[]) {
    const now = ctx.clock.now().toISOString();
    if (outcome === 'completed') {
      // Holds recorded before the coverage was kept with them ask the issuing region for it (inside the step).
      const coverage =
        u.coverage_percent === null
          ? (
              await callPartner<{ coveragePercent: number }>(tx, ctx, u.region, 'verify', {
                number: u.number,
                holdId: Number(u.remote_hold_id),
              })
            ).coveragePercent
          : Number(u.coverage_percent);
      const amount = Math.min(Number(u.amount), coverageOf(order.amount ?? 0, coverage));
      await enqueuePartnerCall(tx, {
        region: u.region,
        operation: 'confirm',
        body: { holdId: Number(u.remote_hold_id), amount },
        idempotencyKey: `${ctx.ownRegion}-use-${u.id}-confirm`,
      });
      await tx.execute(
        sql`UPDATE partner_voucher_uses SET status = 'confirmed', confirmed_amount = ${amount}, closed_at = ${now} WHERE id = ${u.id}`,
      );
    } else {
      await enqueuePartnerCall(tx, {
        region: u.region,
        operation: 'release',
        body: { holdId: Number(u.remote_hold_id) },
        idempotencyKey: `${ctx.ownRegion}-use-${u.id}-release`,
      });
      await tx.execute(sql`UPDATE partner_voucher_uses SET status = 'released', closed_at = ${now} WHERE id = ${u.id}`);
    }
  }
}
