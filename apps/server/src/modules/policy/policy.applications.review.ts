import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { ReturnBody } from '@cz/shared/policy';
import { returnBodySchema } from '@cz/shared/policy';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pgError } from '../../kernel/db/pg-error.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { authorize } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import { committedFen, lockApplication, lockItem } from './policy.applications.repository.ts';
import { assertStep, move } from './policy.applications.steps.ts';
import { type ApplicationRow, policyApplications } from './policy.applications.table.ts';

/** The enterprise's page of an application, the link of its notices. */
export const myLink = (id: number) => `/my/policy-applications/${id}`;

/** The item's budget, broken by a write the service's own check did not see coming (the trigger's refusal). */
export const isBudgetRefusal = (err: unknown) => pgError(err)?.constraint === 'policy_applications_budget';

/**
 * The application and its item, locked for the department's step — the item first, as approvals, confirmations
 * and notices take them, so that the steps of one item wait for each other in one order — with the actor's right to
 * review the item's applications.
 */
export async function lockForReview(tx: Tx, actor: Actor | null, id: number) {
  if (!actor) throw commonErrors.unauthenticated();
  const [peek] = await tx
    .select({ itemId: policyApplications.itemId })
    .from(policyApplications)
    .where(eq(policyApplications.id, id));
  if (!peek) throw applicationErrors.notFound();
  const item = await lockItem(tx, peek.itemId);
  if (!item) throw applicationErrors.notFound();
  authorize(actor, APPLICATION_ACTIONS.review, { department: item.department });
  const row = await lockApplication(tx, id);
  if (!row) throw applicationErrors.notFound();
  return { row, item };
}

/**
 * The department's review of submitted applications: return naming the points to correct, approve an amount within
 * what the rule gives, the request and the item's budget, or reject with a reason (also after an objection to the
 * 公示). The enterprise is told of each.
 */
export function createReview({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());

  return {
    async return(actor: Actor | null, id: number, body: ReturnBody) {
      const input = returnBodySchema.parse(body);
      return db.transaction(async (tx) => {
        const { row, item } = await lockForReview(tx, actor, id);
        assertStep('return', row);
        const asked = new Set(item.materials.map((m) => m.kind));
        const unknown = input.items.filter((i) => i.target === 'material' && !asked.has(i.kind));
        if (unknown.length > 0) throw applicationErrors.returnUnknown(undefined, unknown);
        await move(
          tx,
          actor,
          row,
          'return',
          'returned',
          { returnItems: input.items, returnNote: input.note || null },
          clock.now(),
          { items: input.items, note: input.note },
        );
        await notifyOrg(tx, row.orgId, {
          kind: 'policy.application_returned',
          params: { title: item.title, count: input.items.length },
          link: myLink(id),
        });
        return id;
      });
    },

    async approve(actor: Actor | null, id: number, approvedFen: number, note: string) {
      return db
        .transaction(async (tx) => {
          const { row, item } = await lockForReview(tx, actor, id);
          assertStep('approve', row);
          if (row.capFen !== null && approvedFen > row.capFen)
            throw applicationErrors.aboveCap(undefined, [{ capFen: row.capFen }]);
          if (row.requestedFen !== null && approvedFen > row.requestedFen)
            throw applicationErrors.aboveRequested(undefined, [{ requestedFen: row.requestedFen }]);
          const committed = await committedFen(tx, item.id);
          if (item.budgetFen !== null && committed + approvedFen > item.budgetFen)
            throw applicationErrors.budgetExceeded(undefined, [{ budgetFen: item.budgetFen, committedFen: committed }]);
          const now = clock.now();
          await move(
            tx,
            actor,
            row,
            'approve',
            'approved',
            { approvedFen, decidedAt: now, decidedBy: (actor as Actor).userId },
            now,
            { approvedFen, note },
          );
          await notifyOrg(tx, row.orgId, {
            kind: 'policy.application_approved',
            params: { title: item.title, amount: approvedFen },
            link: myLink(id),
          });
          return id;
        })
        .catch((err) => {
          if (isBudgetRefusal(err)) throw applicationErrors.budgetExceeded();
          throw err;
        });
    },

    async reject(actor: Actor | null, id: number, reason: string) {
      return db.transaction(async (tx) => {
        const { row, item } = await lockForReview(tx, actor, id);
        assertStep('reject', row);
        const now = clock.now();
        await move(
          tx,
          actor,
          row,
          'reject',
          'rejected',
          { decisionReason: reason, decidedAt: now, decidedBy: (actor as Actor).userId },
          now,
          { reason, on: today() },
        );
        await notifyOrg(tx, row.orgId, {
          kind: 'policy.application_rejected',
          params: { title: item.title, reason },
          link: myLink(id),
        });
        return id;
      });
    },
  };
}
export type ApplicationReview = ReturnType<typeof createReview>;
export type { ApplicationRow };
