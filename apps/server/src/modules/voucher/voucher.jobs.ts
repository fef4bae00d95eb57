import { sql } from 'drizzle-orm';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { notifyOrg } from '../notification/index.ts';
import type { OrderRow } from '../order/index.ts';
import { account, balanceOf, transfer } from './ledger/ledger.ts';
import { closeHolds } from './redemption/redemption.ts';

/**
 * Vouchers past their validity expire: what is left on them moves to the scheme's expired account. Each voucher is
 * claimed with SKIP LOCKED and changed once, so the job is idempotent and safe with several instances at once.
 */
export async function expireVouchers(db: Db, now: Date, batch = 200): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute(sql`
      SELECT id, scheme_id, org_id, number FROM vouchers
      WHERE status = 'active' AND valid_until <= ${now.toISOString()}
      ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`);
    for (const v of rows as { id: number; scheme_id: number; org_id: number; number: string }[]) {
      const left = await balanceOf(tx, account.voucher(Number(v.id)), true);
      if (left > 0)
        await transfer(tx, {
          from: account.voucher(Number(v.id)),
          to: account.expired(Number(v.scheme_id)),
          amount: left,
          kind: 'expire',
          ref: `voucher:${v.id}`,
          at: now,
        });
      await tx.execute(sql`UPDATE vouchers SET status = 'expired' WHERE id = ${v.id}`);
      await recordAudit(tx, null, {
        action: 'voucher.expire',
        entity: 'voucher',
        entityId: Number(v.id),
        before: { status: 'active', balance: left },
        after: { status: 'expired' },
      });
      await notifyOrg(tx, Number(v.org_id), {
        kind: 'voucher.expired',
        params: { number: String(v.number), amount: left },
        link: '/vouchers',
      });
    }
    return rows.length;
  });
}

/**
 * Holds older than `maxAgeDays` (an accepted order that never completed) go back to their vouchers; both sides are
 * told that the order now has to be paid in full. Idempotent and safe with several instances (SKIP LOCKED).
 */
export async function releaseStaleHolds(db: Db, now: Date, maxAgeDays: number, batch = 200): Promise<number> {
  return db.transaction(async (tx) => {
    const cutoff = new Date(now.getTime() - maxAgeDays * 86_400_000);
    const { rows } = await tx.execute(sql`
      SELECT DISTINCT o.id FROM voucher_holds h JOIN order_records o ON o.id = h.order_id
      WHERE h.status = 'held' AND h.created_at < ${cutoff.toISOString()}
      ORDER BY o.id LIMIT ${batch}`);
    let released = 0;
    for (const { id } of rows as { id: number }[]) {
      const { rows: locked } = await tx.execute(sql`
        SELECT id, provider_id AS "providerId", buyer_org_id AS "buyerOrgId", amount, service_id AS "serviceId"
        FROM order_records WHERE id = ${id} FOR UPDATE SKIP LOCKED`);
      const order = locked[0] as unknown as OrderRow | undefined;
      if (!order) continue;
      // Another instance may have released them between the search and the lock: then there is nothing to tell.
      if ((await closeHolds(tx, { ...order, id: Number(id) } as OrderRow, 'cancelled', null, now)) === 0) continue;
      await recordAudit(tx, null, {
        action: 'voucher.hold_release',
        entity: 'service_order',
        entityId: Number(id),
        after: { reason: `held longer than ${maxAgeDays} days` },
      });
      const notice = {
        kind: 'voucher.hold_released',
        params: { orderId: Number(id), days: maxAgeDays },
        link: `/orders/${id}`,
      };
      await notifyOrg(tx, Number(order.buyerOrgId), notice);
      await notifyOrg(tx, Number(order.providerId), notice);
      released++;
    }
    return released;
  });
}

/**
 * A partner region's hold on one of our vouchers that it neither confirmed nor released within `maxAgeDays` goes back
 * to the voucher (通兑 holds must not lock an enterprise's money for good); a later confirmation of it is refused as
 * closed. Idempotent and safe with several instances (SKIP LOCKED).
 */
export async function releaseStalePartnerHolds(db: Db, now: Date, maxAgeDays: number, batch = 200): Promise<number> {
  return db.transaction(async (tx) => {
    const cutoff = new Date(now.getTime() - maxAgeDays * 86_400_000);
    const { rows } = await tx.execute(sql`
      SELECT id, region, voucher_id, amount, order_ref FROM interop_holds
      WHERE status = 'held' AND created_at < ${cutoff.toISOString()}
      ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`);
    for (const h of rows as { id: number; region: string; voucher_id: number; amount: number; order_ref: string }[]) {
      await transfer(tx, {
        from: account.partnerHold(Number(h.id)),
        to: account.voucher(Number(h.voucher_id)),
        amount: Number(h.amount),
        kind: 'release',
        ref: `${h.region}:${h.order_ref}`,
        at: now,
      });
      await tx.execute(
        sql`UPDATE interop_holds SET status = 'released', closed_at = ${now.toISOString()} WHERE id = ${h.id}`,
      );
      await recordAudit(tx, null, {
        action: 'interop.hold_release',
        entity: 'voucher',
        entityId: Number(h.voucher_id),
        after: { region: h.region, holdId: Number(h.id), reason: `held longer than ${maxAgeDays} days` },
      });
    }
    return rows.length;
  });
}
