import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type {
  ApplicationFormParsed,
  PolicyApplicationDetail,
  PolicyApplicationListQuery,
  PolicyEligibility,
  PolicyItem,
  RatingInput,
  WorkCalendar,
} from '@cz/shared/policy';
import { addWorkingDays, NEAR_DEADLINE_WORKING_DAYS, ratingInputSchema } from '@cz/shared/policy';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf } from '../../kernel/paging.ts';
import { can } from '../../kernel/policy.ts';
import type { MaterialsApi } from '../materials/index.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import {
  applicationById,
  eventsOf,
  lastAccountOf,
  listApplications,
  liveApplicationOf,
  loadCalendar,
  materialsOf,
  objectionsOf,
  type Scope,
} from './policy.applications.repository.ts';
import {
  assertStep,
  lockForEnterprise,
  maySee,
  move,
  recordCreated,
  recordEvent,
} from './policy.applications.steps.ts';
import { createSubmission } from './policy.applications.submit.ts';
import { policyApplications, policyRatings } from './policy.applications.table.ts';
import { eligibilityOf } from './policy.eligibility.ts';
import { factsOf } from './policy.facts.ts';
import { itemById } from './policy.items.repository.ts';

export type ApplicationDeps = { db: Db; clock: Clock; materials: MaterialsApi };

/** Whom the actor's lists show: its own enterprise's applications, its department's, or every one. */
export function scopeOf(actor: Actor): Scope {
  if (can(actor, APPLICATION_ACTIONS.readAll)) {
    if (actor.role === 'superadmin' || !actor.department) return null;
    return { department: actor.department };
  }
  if (actor.orgId === null) throw commonErrors.forbidden();
  return { orgId: actor.orgId };
}

/** The answer of every step: the application with its item's eligibility, materials, history and objections. */
export async function applicationDetail(
  tx: Tx,
  id: number,
  today: string,
  cal: WorkCalendar,
): Promise<PolicyApplicationDetail> {
  const app = await applicationById(tx, id, today, cal);
  if (!app) throw applicationErrors.notFound();
  const item = (await itemById(tx, app.itemId, today)) as PolicyItem;
  const recorded = app.status !== 'draft';
  let eligibility: PolicyEligibility | null = null;
  if (recorded) {
    // The eligibility it was submitted with, as recorded then.
    const [row] = await tx
      .select({ eligibility: policyApplications.eligibility })
      .from(policyApplications)
      .where(eq(policyApplications.id, id));
    eligibility = (row?.eligibility as PolicyEligibility | null | undefined) ?? null;
  } else {
    const org = await factsOf(tx, app.orgId, today);
    eligibility = org ? eligibilityOf(item, org, today) : null;
  }
  const notice = app.notice?.id ?? null;
  return {
    ...app,
    capFen: recorded ? app.capFen : (eligibility?.amountFen ?? null),
    eligibility,
    eligibilityLive: !recorded,
    reviewedByHand: item.reviewedByHand,
    requirements: item.materials,
    materials: await materialsOf(tx, id),
    history: await eventsOf(tx, id),
    objections: await objectionsOf(tx, id, notice),
    rateable: (app.status === 'paid' || app.status === 'rejected') && app.rating === null,
  };
}

/**
 * 申报审批 and 快申快享, the enterprise's side: a draft opened from an open item (prefilled with its last account),
 * saved, submitted with the materials the vault holds (policy.applications.submit.ts), withdrawn before approval,
 * and rated after payment or rejection; and every reader's list and page.
 */
export function createApplicationService(deps: ApplicationDeps) {
  const { db, clock } = deps;
  const today = () => shanghaiDate(clock.now());
  const submission = createSubmission(deps);

  async function answer(tx: Tx, id: number) {
    return applicationDetail(tx, id, today(), await loadCalendar(tx));
  }

  return {
    answer,
    /** The answer of a step taken elsewhere (review, payment, 免申即享), read after its transaction. */
    show: (id: number) => answer(db, id),

    /**
     * Opens the enterprise's application for an item: its live one if it has one (any state), else a new draft.
     * `created` says which.
     */
    async open(
      actor: Actor | null,
      itemId: number,
    ): Promise<{ created: boolean; application: PolicyApplicationDetail }> {
      if (!actor) throw commonErrors.unauthenticated();
      const orgId = actor.orgId;
      if (actor.role !== 'enterprise' || orgId === null) throw applicationErrors.notEnterprise();
      const on = today();
      const item = await itemById(db, itemId, on);
      if (!item || item.status === 'draft' || item.status === 'withdrawn') throw applicationErrors.notFound();
      const existing = await liveApplicationOf(db, itemId, orgId);
      if (existing) return { created: false, application: await answer(db, existing) };
      if (item.mode === 'auto') throw applicationErrors.itemAuto();
      if (!item.open) throw applicationErrors.itemNotOpen();
      try {
        return await db.transaction(async (tx) => {
          const now = clock.now();
          const account = await lastAccountOf(tx, orgId);
          const [row] = await tx
            .insert(policyApplications)
            .values({
              itemId,
              orgId,
              mode: item.mode,
              status: 'draft',
              bankName: account?.bankName ?? null,
              accountName: account?.accountName ?? null,
              accountNumber: account?.accountNumber ?? null,
              createdBy: actor.userId,
              createdAt: now,
              updatedAt: now,
            })
            .returning();
          if (!row) throw applicationErrors.notFound();
          await recordCreated(tx, actor, row, 'create', now);
          return { created: true, application: await answer(tx, row.id) };
        });
      } catch (err) {
        // Two tabs opening the form at once: the one that lost finds the other's draft.
        if (!isUniqueViolation(err, 'policy_applications_one_open')) throw err;
        const id = await liveApplicationOf(db, itemId, orgId);
        if (!id) throw err;
        return { created: false, application: await answer(db, id) };
      }
    },

    /** Keeps a draft's form (any field may be empty), or a returned application's corrections (only those named). */
    async save(actor: Actor | null, id: number, form: ApplicationFormParsed) {
      return db.transaction(async (tx) => {
        const before = await lockForEnterprise(tx, actor, id);
        assertStep('submit', before);
        const [after] = await tx
          .update(policyApplications)
          .set({ ...submission.formValues(before, form), updatedAt: clock.now() })
          .where(eq(policyApplications.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'policy.application.update',
          entity: 'policy_application',
          entityId: id,
          before,
          after,
        });
        return answer(tx, id);
      });
    },

    submit: (actor: Actor | null, id: number, form: ApplicationFormParsed) =>
      db.transaction(async (tx) => {
        await submission.submit(tx, actor, id, form);
        return answer(tx, id);
      }),

    /** The enterprise withdraws its application before approval. */
    async withdraw(actor: Actor | null, id: number, reason: string) {
      return db.transaction(async (tx) => {
        const before = await lockForEnterprise(tx, actor, id);
        assertStep('withdraw', before);
        await move(tx, actor, before, 'withdraw', 'withdrawn', {}, clock.now(), reason ? { reason } : {});
        return answer(tx, id);
      });
    },

    /** 办理满意度: the enterprise rates the handling once, after payment or rejection. */
    async rate(actor: Actor | null, id: number, input: RatingInput) {
      const r = ratingInputSchema.parse(input);
      return db.transaction(async (tx) => {
        const row = await lockForEnterprise(tx, actor, id);
        if (row.status !== 'paid' && row.status !== 'rejected') throw applicationErrors.notRateable();
        const now = clock.now();
        const inserted = await tx
          .insert(policyRatings)
          .values({
            applicationId: id,
            orgId: row.orgId,
            score: r.score,
            comment: r.comment,
            ratedBy: (actor as Actor).userId,
            ratedAt: now,
          })
          .onConflictDoNothing()
          .returning();
        if (inserted.length === 0) throw applicationErrors.rated();
        await recordEvent(tx, actor, row, 'rate', row.status, { score: r.score }, now);
        await recordAudit(tx, actor, {
          action: 'policy.application.rate',
          entity: 'policy_application',
          entityId: id,
          after: inserted[0],
        });
        return answer(tx, id);
      });
    },

    async get(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      const detail = await answer(db, id);
      if (!maySee(actor, detail.orgId, detail.department)) throw applicationErrors.notFound();
      return detail;
    },

    /** An enterprise's own applications, or the administration's (its department's) with every filter. */
    async list(actor: Actor | null, q: PolicyApplicationListQuery) {
      if (!actor) throw commonErrors.unauthenticated();
      const on = today();
      const cal = await loadCalendar(db);
      const { items, total } = await listApplications(
        db,
        { ...q, today: on, nearLimit: addWorkingDays(on, NEAR_DEADLINE_WORKING_DAYS, cal) },
        scopeOf(actor),
        cal,
      );
      return pageOf(items, total, q);
    },
  };
}
export type ApplicationService = ReturnType<typeof createApplicationService>;
