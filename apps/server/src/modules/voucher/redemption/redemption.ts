import { sql } from 'drizzle-orm';
import type { Actor } from '../../../kernel/actor.ts';
import type { Tx } from '../../../kernel/db/connection.ts';
import type { OrderRow } from '../../order/index.ts';
import { areRelatedParties, relatedPartiesSql } from '../../org/index.ts';
import { account, accountSql, transfer } from '../ledger/ledger.ts';
import { voucherErrors } from '../voucher.errors.ts';
import { assertVoucherPays } from './eligibility.ts';

type VoucherFacts = {
  id: number;
  org_id: number;
  status: string;
  valid_until: Date;
  categories: string[];
  coverage_percent: string;
};

/** The share of an amount a voucher may pay: ⌊amount × coverage %⌋ in fen. */
export const coverageOf = (amount: number, percent: number) =>
  Math.floor((amount * Math.round(percent * 100)) / 10_000);

/** What vouchers need of an order's service: its category and whether vouchers may pay it. */
export async function serviceOf(tx: Tx, serviceId: number) {
  const { rows } = await tx.execute(
    sql`SELECT category, voucher_eligible AS "voucherEligible" FROM catalog_listings WHERE id = ${serviceId}`,
  );
  return rows[0] as { category: string; voucherEligible: boolean } | undefined;
}

/**
 * When the buyer accepts an order it may apply vouchers: together they pay at most coverage × amount, each
 * min(its share, its balance), held from the voucher until the order completes or is cancelled. Every check is made
 * with the voucher's ledger row locked, so concurrent acceptances against one voucher cannot overspend it.
 */
export async function holdVouchers(
  tx: Tx,
  actor: Actor,
  order: OrderRow,
  voucherIds: number[],
  now: Date,
  /** The order's service as the step read it with the order; read here when not given. */
  known?: { category: string; voucherEligible: boolean } | null,
) {
  if (voucherIds.length === 0) return [];
  if (order.amount === null) throw voucherErrors.amountUnknown();
  const service = known ?? (await serviceOf(tx, order.serviceId));
  if (!service?.voucherEligible) throw voucherErrors.ineligibleService();
  const holds: { voucherId: number; holdId: number; amount: number }[] = [];
  let covered = 0;
  const named = [...new Set(voucherIds)];
  // Every voucher named is locked first, in one fixed order (by account code), so that two acceptances naming the
  // same vouchers in different orders wait for each other instead of deadlocking; they still pay in the order given.
  // The same read brings each voucher's facts and its balance as locked, and whether buyer and provider are related
  // parties (the organisation registry's test, asked in this statement rather than in one of its own).
  const { rows: locked } = await tx.execute(sql`
    SELECT a.balance, v.id, v.org_id, v.status, v.valid_until, s.categories, s.coverage_percent,
           ${relatedPartiesSql(order.buyerOrgId, order.providerId)} AS related
    FROM vouchers v
    JOIN voucher_schemes s ON s.id = v.scheme_id
    JOIN ledger_accounts a ON a.code = 'voucher:' || v.id
    WHERE v.id = ANY(${`{${named.join(',')}}`}::bigint[])
      AND a.code = ANY(${`{${named.map((id) => account.voucher(id)).join(',')}}`}::text[])
    ORDER BY a.code FOR UPDATE OF a`);
  // Related parties are refused before anything is said of the vouchers, whether they were found or not.
  const related = locked[0]
    ? Boolean(locked[0].related)
    : await areRelatedParties(tx, order.buyerOrgId, order.providerId);
  if (related) throw voucherErrors.relatedParty();
  const facts = new Map((locked as (VoucherFacts & { balance: number })[]).map((v) => [Number(v.id), v]));
  for (const voucherId of named) {
    const v = facts.get(voucherId);
    if (!v) throw voucherErrors.notFound();
    if (Number(v.org_id) !== actor.orgId || Number(v.org_id) !== order.buyerOrgId) throw voucherErrors.notOwner();
    assertVoucherPays({ status: v.status, validUntil: v.valid_until, categories: v.categories }, service.category, now);
    const limit = coverageOf(order.amount, Number(v.coverage_percent)) - covered;
    if (limit <= 0) break;
    const balance = Number(v.balance);
    const amount = Math.min(limit, balance);
    if (amount <= 0) throw voucherErrors.exhausted();
    // The hold and its ledger account in one statement; the voucher's account is the one locked above.
    const { rows: h } = await tx.execute(sql`
      WITH h AS (
        INSERT INTO voucher_holds (voucher_id, order_id, amount, created_at)
        VALUES (${voucherId}, ${order.id}, ${amount}, ${now.toISOString()}) RETURNING id
      )
      INSERT INTO ledger_accounts (code, kind) SELECT ${accountSql.hold('h.id')}, 'hold' FROM h RETURNING code`);
    const holdAccount = String(h[0]?.code);
    const holdId = Number(holdAccount.slice(holdAccount.indexOf(':') + 1));
    await transfer(tx, {
      from: account.voucher(voucherId),
      to: holdAccount,
      amount,
      kind: 'hold',
      ref: `order:${order.id}`,
      actorId: actor.userId,
      at: now,
      accountsExist: true,
    });
    holds.push({ voucherId, holdId, amount });
    covered += amount;
  }
  return holds;
}

/**
 * Closes an order's open holds. On completion the vouchers pay coverage × the final amount, at most what was held
 * (consumed into what is owed to the provider); the rest returns to the vouchers. On cancellation everything returns.
 */
export async function closeHolds(
  tx: Tx,
  order: OrderRow,
  outcome: 'completed' | 'cancelled',
  actorId: number | null,
  now: Date,
): Promise<number> {
  const { rows } = await tx.execute(sql`
    SELECT h.id, h.voucher_id, h.amount, s.coverage_percent
    FROM voucher_holds h JOIN vouchers v ON v.id = h.voucher_id JOIN voucher_schemes s ON s.id = v.scheme_id
    WHERE h.order_id = ${order.id} AND h.status = 'held' ORDER BY h.id FOR UPDATE OF h`);
  let toPay = outcome === 'completed' && rows[0] ? coverageOf(order.amount ?? 0, Number(rows[0].coverage_percent)) : 0;
  for (const h of rows as { id: number; voucher_id: number; amount: number }[]) {
    const held = Number(h.amount);
    const consume = Math.min(held, toPay);
    toPay -= consume;
    if (consume > 0) {
      await transfer(tx, {
        from: account.hold(h.id),
        to: account.payable(order.providerId),
        amount: consume,
        kind: 'consume',
        ref: `order:${order.id}`,
        actorId,
        at: now,
      });
    }
    if (held - consume > 0) {
      await transfer(tx, {
        from: account.hold(h.id),
        to: account.voucher(Number(h.voucher_id)),
        amount: held - consume,
        kind: 'release',
        ref: `order:${order.id}`,
        actorId,
        at: now,
      });
    }
    await tx.execute(
      sql`UPDATE voucher_holds SET status = ${consume > 0 ? 'consumed' : 'released'}, closed_at = ${now.toISOString()} WHERE id = ${h.id}`,
    );
  }
  return rows.length;
}
