import { sql } from 'drizzle-orm';
import { recordAudit } from '../../../kernel/audit/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Db, Tx } from '../../../kernel/db/connection.ts';
import { interopErrors, type PartnerVoucherOperations } from '../../interop/index.ts';
import { account, balanceOf, transfer } from '../ledger/ledger.ts';
import { assertVoucherPays } from '../redemption/eligibility.ts';
import { voucherErrors } from '../voucher.errors.ts';
import type { RedemptionCodes } from './redemption-code.ts';

type VoucherRow = {
  id: number;
  number: string;
  status: string;
  valid_until: string;
  categories: string[];
  coverage_percent: string;
  scheme_id: number;
};

/**
 * Our vouchers as partner regions use them through the machine API (verify, hold, confirm, release): a hold moves
 * the amount from the voucher to a partner-hold account; a confirmation makes it owed to the partner region, which
 * pays its provider; a release returns it.
 */
export function createPartnerVoucherApi({
  db,
  clock,
  codes,
}: {
  db: Db;
  clock: Clock;
  codes: RedemptionCodes;
}): PartnerVoucherOperations {
  async function voucherByNumber(tx: Tx, number: string): Promise<VoucherRow> {
    const { rows } = await tx.execute(sql`
      SELECT v.id, v.number, v.status, v.valid_until, s.categories, s.coverage_percent, v.scheme_id
      FROM vouchers v JOIN voucher_schemes s ON s.id = v.scheme_id WHERE v.number = ${number}`);
    if (!rows[0]) throw voucherErrors.notFound();
    return rows[0] as VoucherRow;
  }

  return {
    async verify(region: string, body: { number: string; code?: string | undefined; holdId?: number | undefined }) {
      const v = await voucherByNumber(db, body.number);
      // The number is sequential: the balance is shown to the holder's code, or to the region holding part of it.
      if (body.code !== undefined) {
        const code = body.code;
        await db.transaction((tx) => codes.check(tx, Number(v.id), code, region));
      } else {
        const { rows } = await db.execute(
          sql`SELECT 1 FROM interop_holds WHERE id = ${body.holdId ?? 0} AND region = ${region} AND voucher_id = ${v.id}`,
        );
        if (!rows[0]) throw voucherErrors.notFound();
      }
      const balance = await balanceOf(db, account.voucher(Number(v.id)));
      const expired = v.status === 'expired' || new Date(v.valid_until) <= clock.now();
      return {
        number: v.number,
        status: expired ? 'expired' : v.status,
        balance,
        coveragePercent: Number(v.coverage_percent),
        validUntil: new Date(v.valid_until).toISOString(),
        categories: v.categories,
      };
    },

    async hold(
      tx: Tx,
      region: string,
      { code, ...b }: { number: string; code: string; amount: number; orderRef: string; category: string },
    ) {
      const v = await voucherByNumber(tx, b.number);
      // The number is sequential and printed; the holder's code is what shows that the holder wants this hold.
      await codes.check(tx, Number(v.id), code, region);
      assertVoucherPays(
        { status: v.status, validUntil: v.valid_until, categories: v.categories },
        b.category,
        clock.now(),
      );
      const balance = await balanceOf(tx, account.voucher(Number(v.id)), true);
      if (balance < b.amount) throw voucherErrors.insufficientBalance(undefined, [{ balance }]);
      const now = clock.now();
      const { rows } = await tx.execute(sql`
        INSERT INTO interop_holds (region, voucher_id, amount, order_ref, category, created_at)
        VALUES (${region}, ${v.id}, ${b.amount}, ${b.orderRef}, ${b.category}, ${now.toISOString()}) RETURNING id`);
      const holdId = Number(rows[0]?.id);
      await transfer(tx, {
        from: account.voucher(Number(v.id)),
        to: account.partnerHold(holdId),
        amount: b.amount,
        kind: 'hold',
        ref: `${region}:${b.orderRef}`,
        at: now,
      });
      await recordAudit(tx, null, {
        action: 'interop.hold',
        entity: 'voucher',
        entityId: Number(v.id),
        after: { region, holdId, ...b },
      });
      return { holdId, number: v.number, amount: b.amount, balance: balance - b.amount };
    },

    /** Confirms (part of) a hold: that much is owed to the partner region, which pays its provider; the rest returns. */
    async confirm(tx: Tx, region: string, b: { holdId: number; amount: number }) {
      const h = await openHold(tx, region, b.holdId);
      if (b.amount > Number(h.amount)) throw interopErrors.overConfirm();
      const now = clock.now();
      if (b.amount > 0)
        await transfer(tx, {
          from: account.partnerHold(Number(h.id)),
          to: account.partner(region),
          amount: b.amount,
          kind: 'consume',
          ref: `${region}:${h.order_ref}`,
          at: now,
        });
      if (Number(h.amount) - b.amount > 0)
        await transfer(tx, {
          from: account.partnerHold(Number(h.id)),
          to: account.voucher(Number(h.voucher_id)),
          amount: Number(h.amount) - b.amount,
          kind: 'release',
          ref: `${region}:${h.order_ref}`,
          at: now,
        });
      await tx.execute(
        sql`UPDATE interop_holds SET status = 'confirmed', confirmed_amount = ${b.amount}, closed_at = ${now.toISOString()} WHERE id = ${h.id}`,
      );
      await recordAudit(tx, null, {
        action: 'interop.confirm',
        entity: 'voucher',
        entityId: Number(h.voucher_id),
        after: { region, holdId: h.id, amount: b.amount },
      });
      return { holdId: Number(h.id), status: 'confirmed', amount: b.amount };
    },

    async release(tx: Tx, region: string, b: { holdId: number }) {
      const h = await openHold(tx, region, b.holdId);
      const now = clock.now();
      await transfer(tx, {
        from: account.partnerHold(Number(h.id)),
        to: account.voucher(Number(h.voucher_id)),
        amount: Number(h.amount),
        kind: 'release',
        ref: `${region}:${h.order_ref}`,
        at: now,
      });
      await tx.execute(
        sql`UPDATE interop_holds SET status = 'released', closed_at = ${now.toISOString()} WHERE id = ${h.id}`,
      );
      await recordAudit(tx, null, {
        action: 'interop.release',
        entity: 'voucher',
        entityId: Number(h.voucher_id),
        after: { region, holdId: h.id },
      });
      return { holdId: Number(h.id), status: 'released' };
    },
  };
}

async function openHold(tx: Tx, region: string, id: number) {
  const { rows } = await tx.execute(
    sql`SELECT * FROM interop_holds WHERE id = ${id} AND region = ${region} FOR UPDATE`,
  );
  const h = rows[0] as
    | { id: number; voucher_id: number; amount: number; order_ref: string; status: string }
    | undefined;
  if (!h) throw interopErrors.holdNotFound();
  if (h.status !== 'held') throw interopErrors.holdClosed();
  return h;
}
