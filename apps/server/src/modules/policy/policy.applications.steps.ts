import type { ApplicationStep, PolicyApplicationStatus } from '@cz/shared/policy';
import { type APPLICATION_EVENT_STEPS, canTakeApplicationStep } from '@cz/shared/policy';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { can } from '../../kernel/policy.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import { lockApplication } from './policy.applications.repository.ts';
import { type ApplicationRow, policyApplicationEvents, policyApplications } from './policy.applications.table.ts';

type EventStep = (typeof APPLICATION_EVENT_STEPS)[number];

/** The audit action of each step of an application. */
const AUDIT: Record<EventStep, { action: string }> = {
  create: { action: 'policy.application.create' },
  submit: { action: 'policy.application.submit' },
  resubmit: { action: 'policy.application.resubmit' },
  return: { action: 'policy.application.return' },
  approve: { action: 'policy.application.approve' },
  reject: { action: 'policy.application.reject' },
  withdraw: { action: 'policy.application.withdraw' },
  publicise: { action: 'policy.application.publicise' },
  objection: { action: 'policy.application.objection' },
  pay: { action: 'policy.application.pay' },
  confirm: { action: 'policy.application.confirm' },
  accept: { action: 'policy.application.accept' },
  refuse: { action: 'policy.application.refuse' },
  rate: { action: 'policy.application.rate' },
};

/** Whether the actor acts for the enterprise: a member (role enterprise) of the applying organisation. */
export const actsFor = (actor: Actor | null, orgId: number) =>
  !!actor && actor.role === 'enterprise' && actor.orgId === orgId;

/** Whether the actor may see the application: its enterprise's members, or the administration of its department. */
export const maySee = (actor: Actor | null, orgId: number, department: string) =>
  !!actor && (actor.orgId === orgId || can(actor, APPLICATION_ACTIONS.readAll, { department }));

/**
 * The application, locked, for a step by its enterprise: another organisation's is not found (its existence is not
 * told), and someone who reads it without acting for it (an administrator) may not take the enterprise's step.
 */
export async function lockForEnterprise(tx: Tx, actor: Actor | null, id: number): Promise<ApplicationRow> {
  if (!actor) throw commonErrors.unauthenticated();
  const row = await lockApplication(tx, id);
  if (!row || (actor.orgId !== row.orgId && !can(actor, APPLICATION_ACTIONS.readAll)))
    throw applicationErrors.notFound();
  if (!actsFor(actor, row.orgId)) throw applicationErrors.notEnterprise();
  return row;
}

/** Refuses a step the application's state does not allow. */
export function assertStep(step: ApplicationStep, row: ApplicationRow) {
  if (!canTakeApplicationStep(step, row.status))
    throw applicationErrors.state(undefined, [{ status: row.status, step }]);
}

/**
 * Moves an application (or records a step that keeps its state: an objection, a rating): the row's change, its
 * history event and its audit row, in the caller's transaction.
 */
export async function move(
  tx: Tx,
  actor: Actor | null,
  before: ApplicationRow,
  step: EventStep,
  to: PolicyApplicationStatus,
  patch: Partial<typeof policyApplications.$inferInsert>,
  now: Date,
  details: Record<string, unknown> = {},
): Promise<ApplicationRow> {
  const [after] = await tx
    .update(policyApplications)
    .set({ ...patch, status: to, updatedAt: now })
    .where(eq(policyApplications.id, before.id))
    .returning();
  if (!after) throw applicationErrors.notFound();
  await recordEvent(tx, actor, after, step, before.status, details, now);
  await recordAudit(tx, actor, {
    action: AUDIT[step].action,
    entity: 'policy_application',
    entityId: before.id,
    before,
    after,
  });
  return after;
}

/** The step in the application's history (`from` null for its creation). */
export async function recordEvent(
  tx: Tx,
  actor: Actor | null,
  row: ApplicationRow,
  step: EventStep,
  from: PolicyApplicationStatus | null,
  details: Record<string, unknown>,
  now: Date,
) {
  await tx.insert(policyApplicationEvents).values({
    applicationId: row.id,
    step,
    fromStatus: from,
    toStatus: row.status,
    byParty: !actor ? 'system' : actor.role === 'enterprise' ? 'enterprise' : 'administration',
    actorId: actor?.userId ?? null,
    details,
    at: now,
  });
}

/** Audit of a new application (a draft, or a 免申即享 confirmation) with its first history event. */
export async function recordCreated(
  tx: Tx,
  actor: Actor | null,
  row: ApplicationRow,
  step: 'create' | 'confirm',
  now: Date,
  details: Record<string, unknown> = {},
) {
  await recordEvent(tx, actor, row, step, null, details, now);
  await recordAudit(tx, actor, {
    action: AUDIT[step].action,
    entity: 'policy_application',
    entityId: row.id,
    after: row,
  });
}
