import type { Claim, Claimable, ClaimStatus, SettlementBatch } from '@cz/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type Actor, isAdmin } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Db, Tx } from '../../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../../kernel/db/pg-error.ts';
import { likeFragment } from '../../../kernel/db/search.ts';
import { commonErrors, createError } from '../../../kernel/errors.ts';
import { pageClause, pageOf } from '../../../kernel/paging.ts';
import { authorize } from '../../../kernel/policy.ts';
import { notifyAdmins, notifyOrg } from '../../notification/index.ts';
import { attachUploads, uploadsStored } from '../../upload/index.ts';
import { accountSql } from '../ledger/accounts.ts';
import { account, transfer } from '../ledger/ledger.ts';
import { VOUCHER_ACTIONS } from '../voucher.permissions.ts';

export const settlementErrors = {
  notClaimable: createError(
    'settlement.not_claimable',
    409,
    'this order is not a completed order paid with vouchers of yours',
  ),
  duplicate: createError('settlement.duplicate', 409, 'this order has been claimed already'),
  missingFile: createError('settlement.missing_file', 400, 'a document is not an uploaded file'),
  claimNotFound: createError('settlement.claim_not_found', 404, 'no such claim'),
  claimState: createError('settlement.claim_state', 409, 'the claim is not in a state that allows this'),
  batchNotFound: createError('settlement.batch_not_found', 404, 'no such settlement batch'),
  batchState: createError('settlement.batch_state', 409, 'the batch has been paid'),
};

export type ClaimInput = {
  orderId: number;
  contractFile: string;
  invoiceFile: string;
  paymentProofFile: string;
  resultFiles: string[];
};

/** What vouchers paid for an order: the consumed parts of its holds. */
async function voucherPaid(tx: Tx, orderId: number): Promise<number> {
  const { rows } = await tx.execute(sql`
    SELECT coalesce(sum(e.amount), 0)::bigint AS n FROM voucher_holds h
    JOIN ledger_entries e ON e.from_account = ${accountSql.hold('h.id')} AND e.kind = 'consume' WHERE h.order_id = ${orderId}`);
  return Number(rows[0]?.n ?? 0);
}

const CLAIM_SELECT = sql`
  SELECT c.id, c.order_id AS "orderId", c.provider_id AS "providerId", p.name AS "providerName", b.name AS "buyerName",
         s.title AS "serviceTitle", o.amount AS "orderAmount", c.amount, c.contract_file AS "contractFile", c.invoice_file AS "invoiceFile",
         c.payment_proof_file AS "paymentProofFile", c.result_files AS "resultFiles", c.status, c.return_reason AS "returnReason",
         c.batch_id AS "batchId", c.submitted_at AS "submittedAt", c.reviewed_at AS "reviewedAt"
  FROM voucher_claims c
  JOIN order_records o ON o.id = c.order_id
  JOIN catalog_listings s ON s.id = o.service_id
  JOIN org_directory p ON p.id = c.provider_id
  JOIN org_directory b ON b.id = o.buyer_org_id`;

/** A claim's documents must be the provider's own (or readable by it already); the provider and reviewers read them. */
const attachClaimFiles = (tx: Tx, actor: Actor, id: number, input: Omit<ClaimInput, 'orderId'>) =>
  attachUploads(tx, actor, { kind: 'voucher_claim', id, orgIds: [actor.orgId as number] }, [
    input.contractFile,
    input.invoiceFile,
    input.paymentProofFile,
    ...input.resultFiles,
  ]);

const assertAdmin = (actor: Actor | null) => authorize(actor, VOUCHER_ACTIONS.settle);

export function createSettlementService({ db, clock }: { db: Db; clock: Clock }) {
  async function claimById(tx: Tx, id: number) {
    const { rows } = await tx.execute(sql`${CLAIM_SELECT} WHERE c.id = ${id}`);
    if (!rows[0]) throw settlementErrors.claimNotFound();
    return rows[0] as Record<string, unknown> & { providerId: number; status: string; amount: number };
  }

  return {
    /** Completed orders of the provider that vouchers paid for and that have no claim yet, newest first, a page. */
    async claimable(actor: Actor | null, q: { q?: string | undefined; page: number; pageSize: number }) {
      if (!actor?.orgId) throw actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      const parts = [
        sql`o.provider_id = ${actor.orgId} AND o.status = 'completed'`,
        sql`EXISTS (SELECT 1 FROM voucher_holds h WHERE h.order_id = o.id AND h.status = 'consumed')`,
        sql`NOT EXISTS (SELECT 1 FROM voucher_claims c WHERE c.order_id = o.id)`,
      ];
      if (q.q) {
        // The service title, the buyer's name, or (all digits) the order number.
        const like = likeFragment(q.q);
        const byId = /^\d{1,9}$/.test(q.q) ? sql` OR o.id = ${Number(q.q)}` : sql``;
        parts.push(sql`(s.title ILIKE ${like} OR b.name ILIKE ${like}${byId})`);
      }
      const where = sql.join(parts, sql` AND `);
      const from = sql`FROM order_records o JOIN catalog_listings s ON s.id = o.service_id JOIN org_directory b ON b.id = o.buyer_org_id`;
      const [items, count] = await Promise.all([
        db.execute(sql`
          SELECT o.id AS "orderId", s.title AS "serviceTitle", b.name AS "buyerName", o.amount AS "orderAmount", o.completed_at AS "completedAt",
                 (SELECT coalesce(sum(e.amount), 0) FROM voucher_holds h JOIN ledger_entries e ON e.from_account = ${accountSql.hold('h.id')} AND e.kind = 'consume' WHERE h.order_id = o.id)::bigint AS "voucherPaid"
          ${from} WHERE ${where}
          ORDER BY o.completed_at DESC, o.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n ${from} WHERE ${where}`),
      ]);
      return pageOf(items.rows as Claimable[], (count.rows[0]?.n as number) ?? 0, q);
    },

    /** The provider submits a claim with contract, invoice, payment proof and results (uploaded files). */
    async submit(actor: Actor | null, input: ClaimInput) {
      if (!actor?.orgId) throw actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(
          sql`SELECT provider_id, status FROM order_records WHERE id = ${input.orderId} FOR UPDATE`,
        );
        const o = rows[0] as { provider_id: number; status: string } | undefined;
        if (!o || Number(o.provider_id) !== actor.orgId || o.status !== 'completed')
          throw settlementErrors.notClaimable();
        const amount = await voucherPaid(tx, input.orderId);
        if (amount <= 0) throw settlementErrors.notClaimable();
        const files = [input.contractFile, input.invoiceFile, input.paymentProofFile, ...input.resultFiles];
        if (!(await uploadsStored(tx, files))) throw settlementErrors.missingFile();
        let id: number;
        try {
          const { rows: c } = await tx.execute(sql`
            INSERT INTO voucher_claims (order_id, provider_id, amount, contract_file, invoice_file, payment_proof_file, result_files, submitted_at)
            VALUES (${input.orderId}, ${actor.orgId}, ${amount}, ${input.contractFile}, ${input.invoiceFile}, ${input.paymentProofFile},
                    ${`{${input.resultFiles.join(',')}}`}::text[], ${clock.now().toISOString()})
            RETURNING id`);
          id = Number(c[0]?.id);
        } catch (err) {
          if (isUniqueViolation(err)) throw settlementErrors.duplicate();
          throw err;
        }
        await attachClaimFiles(tx, actor, id, input);
        await recordAudit(tx, actor, {
          action: 'settlement.claim',
          entity: 'voucher_claim',
          entityId: id,
          after: { ...input, amount },
        });
        await notifyAdmins(tx, {
          kind: 'settlement.submitted',
          params: { claimId: id, orderId: input.orderId, amount },
          link: '/admin/vouchers/settlement?status=submitted',
        });
        return claimById(tx, id);
      });
    },

    /** A returned claim is corrected and submitted again with new documents. */
    async resubmit(actor: Actor | null, id: number, input: Omit<ClaimInput, 'orderId'>) {
      if (!actor?.orgId) throw actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const before = await claimById(tx, id);
        if (before.providerId !== actor.orgId) throw settlementErrors.claimNotFound();
        if (before.status !== 'returned') throw settlementErrors.claimState();
        const files = [input.contractFile, input.invoiceFile, input.paymentProofFile, ...input.resultFiles];
        if (!(await uploadsStored(tx, files))) throw settlementErrors.missingFile();
        await attachClaimFiles(tx, actor, id, input);
        await tx.execute(sql`
          UPDATE voucher_claims SET contract_file = ${input.contractFile}, invoice_file = ${input.invoiceFile},
            payment_proof_file = ${input.paymentProofFile}, result_files = ${`{${input.resultFiles.join(',')}}`}::text[],
            status = 'submitted', return_reason = NULL, submitted_at = ${clock.now().toISOString()}
          WHERE id = ${id}`);
        await recordAudit(tx, actor, {
          action: 'settlement.resubmit',
          entity: 'voucher_claim',
          entityId: id,
          before,
          after: input,
        });
        return claimById(tx, id);
      });
    },

    async list(
      actor: Actor | null,
      q: {
        status?: ClaimStatus | undefined;
        batchId?: number | undefined;
        q?: string | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      const parts = [sql`TRUE`];
      if (!isAdmin(actor)) parts.push(sql`c.provider_id = ${actor.orgId ?? -1}`);
      if (q.status) parts.push(sql`c.status = ${q.status}`);
      if (q.batchId) parts.push(sql`c.batch_id = ${q.batchId}`);
      if (q.q) {
        // The service title, either party's name, or (all digits) the claim or the order number.
        const like = likeFragment(q.q);
        const byId = /^\d{1,9}$/.test(q.q) ? sql` OR c.id = ${Number(q.q)} OR c.order_id = ${Number(q.q)}` : sql``;
        parts.push(sql`(s.title ILIKE ${like} OR p.name ILIKE ${like} OR b.name ILIKE ${like}${byId})`);
      }
      const where = sql.join(parts, sql` AND `);
      // Without a search the count needs no names; with one it reads them like the page does.
      const named = q.q
        ? sql`JOIN order_records o ON o.id = c.order_id JOIN catalog_listings s ON s.id = o.service_id
              JOIN org_directory p ON p.id = c.provider_id JOIN org_directory b ON b.id = o.buyer_org_id`
        : sql``;
      const [items, count] = await Promise.all([
        db.execute(sql`${CLAIM_SELECT} WHERE ${where} ORDER BY c.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n FROM voucher_claims c ${named} WHERE ${where}`),
      ]);
      return pageOf(items.rows as Claim[], (count.rows[0]?.n as number) ?? 0, q);
    },

    async review(actor: Actor | null, id: number, d: { decision: 'approve' } | { decision: 'return'; reason: string }) {
      assertAdmin(actor);
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1 FROM voucher_claims WHERE id = ${id} FOR UPDATE`);
        const before = await claimById(tx, id);
        if (before.status !== 'submitted') throw settlementErrors.claimState();
        const status = d.decision === 'approve' ? 'approved' : 'returned';
        await tx.execute(sql`UPDATE voucher_claims SET status = ${status}, return_reason = ${d.decision === 'return' ? d.reason : null},
          reviewed_by = ${actor?.userId ?? null}, reviewed_at = ${clock.now().toISOString()} WHERE id = ${id}`);
        await recordAudit(tx, actor, {
          action: `settlement.${d.decision}`,
          entity: 'voucher_claim',
          entityId: id,
          before: { status: before.status },
          after: { status, reason: d.decision === 'return' ? d.reason : null },
        });
        await notifyOrg(tx, before.providerId, {
          kind: `settlement.${status}`,
          params: { claimId: id, reason: d.decision === 'return' ? d.reason : null },
          link: '/provider/settlement',
        });
        return claimById(tx, id);
      });
    },

    /** Settlement batches, newest first, a page: searched by note, payment reference, provider or number. */
    async batches(
      actor: Actor | null,
      q: { q?: string | undefined; status?: 'open' | 'paid' | undefined; page: number; pageSize: number },
    ) {
      assertAdmin(actor);
      const parts = [sql`TRUE`];
      if (q.status) parts.push(sql`b.status = ${q.status}`);
      if (q.q) {
        const like = likeFragment(q.q);
        const byId = /^\d{1,9}$/.test(q.q) ? sql` OR b.id = ${Number(q.q)}` : sql``;
        parts.push(sql`(b.note ILIKE ${like} OR b.payment_ref ILIKE ${like} OR EXISTS (
          SELECT 1 FROM voucher_claims c JOIN org_directory p ON p.id = c.provider_id
          WHERE c.batch_id = b.id AND p.name ILIKE ${like})${byId})`);
      }
      const where = sql.join(parts, sql` AND `);
      const [items, count] = await Promise.all([
        db.execute(sql`
          SELECT b.id, b.status, b.note, b.payment_ref AS "paymentRef", b.created_at AS "createdAt", b.paid_at AS "paidAt",
                 count(c.id)::int AS claims, coalesce(sum(c.amount), 0)::bigint AS total,
                 coalesce(array_agg(DISTINCT p.name ORDER BY p.name) FILTER (WHERE p.name IS NOT NULL), '{}') AS providers
          FROM settlement_batches b LEFT JOIN voucher_claims c ON c.batch_id = b.id
          LEFT JOIN org_directory p ON p.id = c.provider_id
          WHERE ${where}
          GROUP BY b.id ORDER BY b.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n FROM settlement_batches b WHERE ${where}`),
      ]);
      const rows = items.rows.map((r) => ({ ...r, total: Number(r.total) }));
      return pageOf(rows as SettlementBatch[], (count.rows[0]?.n as number) ?? 0, q);
    },

    /** Groups approved claims into a new batch. */
    async createBatch(actor: Actor | null, claimIds: number[], note: string) {
      assertAdmin(actor);
      return db.transaction(async (tx) => {
        const { rows: b } = await tx.execute(
          sql`INSERT INTO settlement_batches (note, created_by, created_at) VALUES (${note}, ${actor?.userId ?? null}, ${clock.now().toISOString()}) RETURNING id`,
        );
        const batchId = Number(b[0]?.id);
        const { rows } = await tx.execute(sql`
          UPDATE voucher_claims SET status = 'batched', batch_id = ${batchId}
          WHERE id = ANY(${`{${claimIds.join(',')}}`}::bigint[]) AND status = 'approved' RETURNING id`);
        if (rows.length !== new Set(claimIds).size)
          throw settlementErrors.claimState('every claim of a batch must be approved and not in another batch');
        await recordAudit(tx, actor, {
          action: 'settlement.batch',
          entity: 'settlement_batch',
          entityId: batchId,
          after: { claimIds, note },
        });
        return { id: batchId, claims: rows.length };
      });
    },

    /** Marks a batch paid: each claim's amount moves from payable to paid for its provider. */
    async markPaid(actor: Actor | null, batchId: number, paymentRef: string) {
      assertAdmin(actor);
      return db.transaction(async (tx) => {
        const { rows: b } = await tx.execute(
          sql`SELECT status FROM settlement_batches WHERE id = ${batchId} FOR UPDATE`,
        );
        if (!b[0]) throw settlementErrors.batchNotFound();
        if (b[0].status !== 'open') throw settlementErrors.batchState();
        const now = clock.now();
        const { rows } = await tx.execute(
          sql`SELECT id, provider_id, amount FROM voucher_claims WHERE batch_id = ${batchId} ORDER BY id FOR UPDATE`,
        );
        for (const c of rows as { id: number; provider_id: number; amount: number }[]) {
          await transfer(tx, {
            from: account.payable(Number(c.provider_id)),
            to: account.paid(Number(c.provider_id)),
            amount: Number(c.amount),
            kind: 'pay',
            ref: `claim:${c.id}`,
            actorId: actor?.userId,
            at: now,
          });
          await notifyOrg(tx, Number(c.provider_id), {
            kind: 'settlement.paid',
            params: { claimId: Number(c.id), amount: Number(c.amount) },
            link: '/provider/settlement',
          });
        }
        await tx.execute(sql`UPDATE voucher_claims SET status = 'paid' WHERE batch_id = ${batchId}`);
        await tx.execute(
          sql`UPDATE settlement_batches SET status = 'paid', paid_at = ${now.toISOString()}, paid_by = ${actor?.userId ?? null}, payment_ref = ${paymentRef} WHERE id = ${batchId}`,
        );
        await recordAudit(tx, actor, {
          action: 'settlement.paid',
          entity: 'settlement_batch',
          entityId: batchId,
          after: { paymentRef, claims: rows.length },
        });
        return { id: batchId, claims: rows.length, total: rows.reduce((n, c) => n + Number(c.amount), 0) };
      });
    },

    /** A batch as an Excel sheet for the finance office: one row per claim, totals per provider. */
    async batchWorkbook(actor: Actor | null, batchId: number): Promise<Buffer> {
      assertAdmin(actor);
      const { rows } = await db.execute(sql`${CLAIM_SELECT} WHERE c.batch_id = ${batchId} ORDER BY p.name, c.id`);
      if (rows.length === 0) throw settlementErrors.batchNotFound();
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet(`结算批次 Batch ${batchId}`);
      sheet.columns = [
        { header: '申报号 Claim', key: 'id', width: 10 },
        { header: '服务机构 Provider', key: 'providerName', width: 28 },
        { header: '服务对象 Buyer', key: 'buyerName', width: 28 },
        { header: '服务 Service', key: 'serviceTitle', width: 28 },
        { header: '订单号 Order', key: 'orderId', width: 10 },
        { header: '订单金额(元) Order amount', key: 'orderAmount', width: 14 },
        { header: '创新券支付(元) Voucher share', key: 'amount', width: 14 },
        { header: '状态 Status', key: 'status', width: 10 },
      ];
      for (const r of rows)
        sheet.addRow({ ...r, orderAmount: Number(r.orderAmount) / 100, amount: Number(r.amount) / 100 });
      const total = rows.reduce((n, r) => n + Number(r.amount), 0);
      sheet.addRow({ providerName: '合计 Total', amount: total / 100 }).font = { bold: true };
      sheet.getRow(1).font = { bold: true };
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
export type SettlementService = ReturnType<typeof createSettlementService>;
