import type { PolicySubscription, PolicySubscriptionInputParsed } from '@cz/shared/policy';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { policyItemErrors } from './policy.items.errors.ts';
import { policySubscriptions } from './policy.items.table.ts';
import { POLICY_SUBSCRIPTION_ACTIONS } from './policy.subscriptions.permissions.ts';

type Row = typeof policySubscriptions.$inferSelect;

const toSubscription = (orgId: number, r: Row | undefined): PolicySubscription => ({
  orgId,
  supportKinds: r?.supportKinds ?? [],
  enterpriseKinds: r?.enterpriseKinds ?? [],
  levels: r?.levels ?? [],
  updatedAt: r ? r.updatedAt.toISOString() : null,
});

/** A member of the enterprise, or the administration; anyone else is refused, and an unknown enterprise is 404. */
async function authorizeOrg(tx: Tx, actor: Actor | null, orgId: number): Promise<Actor> {
  if (!actor) throw commonErrors.unauthenticated();
  if (actor.orgId !== orgId && !can(actor, POLICY_SUBSCRIPTION_ACTIONS.manageAny)) throw commonErrors.forbidden();
  // The registry's published view: this area reads no organisation table.
  const { rows } = await tx.execute(sql`
    SELECT 1 FROM org_evaluation_facts WHERE org_id = ${orgId} AND kind = 'enterprise' AND status <> 'rejected'`);
  if (!rows.length) throw policyItemErrors.notEnterprise();
  return actor;
}

/** 政策订阅: an enterprise's choice of tags, read and replaced whole (audited). */
export function createPolicySubscriptions({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async get(actor: Actor | null, orgId: number): Promise<PolicySubscription> {
      await authorizeOrg(db, actor, orgId);
      const [row] = await db.select().from(policySubscriptions).where(eq(policySubscriptions.orgId, orgId));
      return toSubscription(orgId, row);
    },

    async put(actor: Actor | null, orgId: number, v: PolicySubscriptionInputParsed): Promise<PolicySubscription> {
      return db.transaction(async (tx) => {
        const who = await authorizeOrg(tx, actor, orgId);
        const [before] = await tx
          .select()
          .from(policySubscriptions)
          .where(eq(policySubscriptions.orgId, orgId))
          .for('update');
        const values = { ...v, updatedBy: who.userId, updatedAt: clock.now() };
        const [after] = await tx
          .insert(policySubscriptions)
          .values({ orgId, ...values })
          .onConflictDoUpdate({ target: policySubscriptions.orgId, set: values })
          .returning();
        await recordAudit(tx, actor, {
          action: 'policy.subscription.update',
          entity: 'policy_subscription',
          entityId: orgId,
          before: before ?? null,
          after,
        });
        return toSubscription(orgId, after);
      });
    },
  };
}
export type PolicySubscriptions = ReturnType<typeof createPolicySubscriptions>;

/**
 * On an item's publishing, once its run has told the eligible enterprises (policy.runs.ts): every subscribed enterprise
 * whose tags the item's document carries is told of the new item — except those just told they qualify for it, who
 * get that one notice only. The publish run finishes once, so each enterprise is told once per item. Returns how many.
 */
export async function tellSubscribers(tx: Tx, itemId: number): Promise<number> {
  const { rows } = await tx.execute(sql`
    SELECT s.org_id, i.title, d.title AS document, i.closes_on::text AS closes_on
    FROM policy_items i
    JOIN policy_documents d ON d.id = i.document_id
    JOIN policy_subscriptions s
      ON s.support_kinds && d.support_kinds::text[] OR s.enterprise_kinds && d.enterprise_kinds::text[]
         OR d.level = ANY(s.levels)
    JOIN org_evaluation_facts f ON f.org_id = s.org_id AND f.kind = 'enterprise' AND f.status <> 'rejected'
    WHERE i.id = ${itemId}
      AND NOT EXISTS (SELECT 1 FROM policy_matches m
                      WHERE m.item_id = i.id AND m.org_id = s.org_id AND m.notified_at IS NOT NULL)
    ORDER BY s.org_id`);
  for (const r of rows)
    await notifyOrg(tx, Number(r.org_id), {
      kind: 'policy.subscribed',
      params: { title: String(r.title), document: String(r.document), closesOn: (r.closes_on as string) ?? null },
      link: `/policies/items/${itemId}`,
    });
  return rows.length;
}
