import type { Reimbursement, ReimbursementStatus } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Db, Tx } from '../../../kernel/db/connection.ts';
import { likeFragment } from '../../../kernel/db/search.ts';
import { commonErrors, createError } from '../../../kernel/errors.ts';
import { pageClause, pageOf } from '../../../kernel/paging.ts';
import { authorize } from '../../../kernel/policy.ts';
import { notifyAdmins, notifyOrg } from '../../notification/index.ts';
import { attachUploads, uploadsStored } from '../../upload/index.ts';
import { account, balanceOf, transfer } from '../ledger/ledger.ts';
import { assertVoucherPays } from '../redemption/eligibility.ts';
import { coverageOf } from '../redemption/redemption.ts';
import { voucherErrors } from '../voucher.errors.ts';
import { VOUCHER_ACTIONS } from '../voucher.permissions.ts';

const errors = {
  notFound: createError('reimbursement.not_found', 404, 'no such reimbursement claim'),
  state: createError('reimbursement.state', 409, 'the claim is not in a state that allows this'),
  missingFile: createError('reimbursement.missing_file', 400, 'a document is not an uploaded file'),
};

export const reimbursementAccount = {
  hold: account.reimbursementHold,
  owed: account.reimbursementOwed,
  paid: account.reimbursementPaid,
};

type Input = {
  region: string;
  providerName: string;
  category: string;
  paidAmount: number;
  invoiceFile: string;
  paymentProofFile: string;
  resultFiles: string[];
};

/**
 * 通用 reimbursement: the enterprise paid a provider in a partner region in full and claims the voucher's share —
 * ⌊coverage × what it paid⌋, at most the balance — which is held at once; the administration approves (then it is
 * owed to the enterprise and later paid) or rejects (then it returns to the voucher).
 */
export function createReimbursementService({ db, clock }: { db: Db; clock: Clock }) {
  async function load(tx: Tx, id: number) {
    const { rows } = await tx.execute(sql`SELECT * FROM voucher_reimbursements WHERE id = ${id} FOR UPDATE`);
    if (!rows[0]) throw errors.notFound();
    return rows[0] as { id: number; voucher_id: number; org_id: number; amount: number; status: string };
  }
  const view = async (tx: Tx, id: number) => {
    const { rows } = await tx.execute(sql`
      SELECT r.id, r.voucher_id AS "voucherId", v.number, r.org_id AS "orgId", o.name AS "orgName", r.region, r.provider_name AS "providerName",
             r.category, r.paid_amount AS "paidAmount", r.amount, r.invoice_file AS "invoiceFile", r.payment_proof_file AS "paymentProofFile",
             r.result_files AS "resultFiles", r.status, r.reason, r.created_at AS "createdAt", r.decided_at AS "decidedAt"
      FROM voucher_reimbursements r JOIN vouchers v ON v.id = r.voucher_id JOIN org_directory o ON o.id = r.org_id
      WHERE r.id = ${id}`);
    return rows[0];
  };

  return {
    async submit(actor: Actor | null, voucherId: number, input: Input) {
      if (!actor?.orgId) throw actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(sql`
          SELECT v.org_id, v.status, v.valid_until, s.categories, s.coverage_percent
          FROM vouchers v JOIN voucher_schemes s ON s.id = v.scheme_id WHERE v.id = ${voucherId}`);
        const v = rows[0] as
          | { org_id: number; status: string; valid_until: string; categories: string[]; coverage_percent: string }
          | undefined;
        if (!v) throw voucherErrors.notFound();
        if (Number(v.org_id) !== actor.orgId) throw voucherErrors.notOwner();
        const now = clock.now();
        assertVoucherPays(
          { status: v.status, validUntil: v.valid_until, categories: v.categories },
          input.category,
          now,
        );
        const files = [input.invoiceFile, input.paymentProofFile, ...input.resultFiles];
        if (!(await uploadsStored(tx, files))) throw errors.missingFile();
        const balance = await balanceOf(tx, account.voucher(voucherId), true);
        const amount = Math.min(coverageOf(input.paidAmount, Number(v.coverage_percent)), balance);
        if (amount <= 0) throw voucherErrors.exhausted();
        const { rows: r } = await tx.execute(sql`
          INSERT INTO voucher_reimbursements (voucher_id, org_id, region, provider_name, category, paid_amount, amount, invoice_file, payment_proof_file, result_files, created_at)
          VALUES (${voucherId}, ${actor.orgId}, ${input.region}, ${input.providerName}, ${input.category}, ${input.paidAmount}, ${amount},
                  ${input.invoiceFile}, ${input.paymentProofFile}, ${`{${input.resultFiles.join(',')}}`}::text[], ${now.toISOString()})
          RETURNING id`);
        const id = Number(r[0]?.id);
        // The enterprise's own documents (or ones it can read already); the enterprise and reviewers read them.
        await attachUploads(tx, actor, { kind: 'voucher_reimbursement', id, orgIds: [actor.orgId] }, files);
        await transfer(tx, {
          from: account.voucher(voucherId),
          to: reimbursementAccount.hold(id),
          amount,
          kind: 'hold',
          ref: `reimbursement:${id}`,
          actorId: actor.userId,
          at: now,
        });
        await recordAudit(tx, actor, {
          action: 'voucher.reimbursement.submit',
          entity: 'voucher_reimbursement',
          entityId: id,
          after: { voucherId, ...input, amount },
        });
        await notifyAdmins(tx, {
          kind: 'reimbursement.submitted',
          params: { id, amount },
          link: '/admin/vouchers/reimbursements?status=submitted',
        });
        return view(tx, id);
      });
    },

    async list(
      actor: Actor | null,
      q: { status?: ReimbursementStatus | undefined; q?: string | undefined; page: number; pageSize: number },
    ) {
      if (!actor) throw commonErrors.unauthenticated();
      const parts = [sql`TRUE`];
      if (!isAdmin(actor)) parts.push(sql`r.org_id = ${actor.orgId ?? -1}`);
      if (q.status) parts.push(sql`r.status = ${q.status}`);
      if (q.q) {
        // The voucher number, the enterprise, the region or the provider there, or (all digits) the claim number.
        const like = likeFragment(q.q);
        const byId = /^\d{1,9}$/.test(q.q) ? sql` OR r.id = ${Number(q.q)}` : sql``;
        parts.push(
          sql`(v.number ILIKE ${like} OR o.name ILIKE ${like} OR r.region ILIKE ${like} OR r.provider_name ILIKE ${like}${byId})`,
        );
      }
      const where = sql.join(parts, sql` AND `);
      // The count reads the voucher and the enterprise only when a search names them.
      const named = q.q ? sql`JOIN vouchers v ON v.id = r.voucher_id JOIN org_directory o ON o.id = r.org_id` : sql``;
      const [items, count] = await Promise.all([
        db.execute(sql`
          SELECT r.id, v.number, o.name AS "orgName", r.region, r.provider_name AS "providerName", r.category, r.paid_amount AS "paidAmount",
                 r.amount, r.status, r.reason, r.created_at AS "createdAt", r.invoice_file AS "invoiceFile",
                 r.payment_proof_file AS "paymentProofFile", r.result_files AS "resultFiles"
          FROM voucher_reimbursements r JOIN vouchers v ON v.id = r.voucher_id JOIN org_directory o ON o.id = r.org_id
          WHERE ${where} ORDER BY r.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n FROM voucher_reimbursements r ${named} WHERE ${where}`),
      ]);
      return pageOf(items.rows as Reimbursement[], (count.rows[0]?.n as number) ?? 0, q);
    },

    /** approve: owed to the enterprise; reject: back to the voucher; paid: owed → paid. */
    async decide(
      actor: Actor | null,
      id: number,
      d: { decision: 'approve' } | { decision: 'reject'; reason: string } | { decision: 'paid' },
    ) {
      authorize(actor, VOUCHER_ACTIONS.reviewReimbursements);
      return db.transaction(async (tx) => {
        const r = await load(tx, id);
        const from = { approve: 'submitted', reject: 'submitted', paid: 'approved' }[d.decision];
        if (r.status !== from) throw errors.state();
        const now = clock.now();
        const amount = Number(r.amount);
        const org = Number(r.org_id);
        if (d.decision === 'approve')
          await transfer(tx, {
            from: reimbursementAccount.hold(id),
            to: reimbursementAccount.owed(org),
            amount,
            kind: 'consume',
            ref: `reimbursement:${id}`,
            actorId: actor?.userId,
            at: now,
          });
        if (d.decision === 'reject')
          await transfer(tx, {
            from: reimbursementAccount.hold(id),
            to: account.voucher(Number(r.voucher_id)),
            amount,
            kind: 'release',
            ref: `reimbursement:${id}`,
            actorId: actor?.userId,
            at: now,
          });
        if (d.decision === 'paid')
          await transfer(tx, {
            from: reimbursementAccount.owed(org),
            to: reimbursementAccount.paid(org),
            amount,
            kind: 'pay',
            ref: `reimbursement:${id}`,
            actorId: actor?.userId,
            at: now,
          });
        const status = { approve: 'approved', reject: 'rejected', paid: 'paid' }[d.decision];
        await tx.execute(sql`UPDATE voucher_reimbursements SET status = ${status}, reason = ${d.decision === 'reject' ? d.reason : null},
          decided_by = ${actor?.userId ?? null}, decided_at = ${now.toISOString()} WHERE id = ${id}`);
        await recordAudit(tx, actor, {
          action: `voucher.reimbursement.${d.decision}`,
          entity: 'voucher_reimbursement',
          entityId: id,
          before: { status: r.status },
          after: { status },
        });
        await notifyOrg(tx, org, {
          kind: `reimbursement.${status}`,
          params: { id, amount, reason: d.decision === 'reject' ? d.reason : null },
          link: '/vouchers',
        });
        return view(tx, id);
      });
    },
  };
}
export type ReimbursementService = ReturnType<typeof createReimbursementService>;
