import { shanghaiDate } from '@cz/shared';
import type { Pledge, pledgeInputSchema, pledgeListQuerySchema, pledgeStepSchema } from '@cz/shared/finance';
import { addWorkingDays } from '@cz/shared/policy';
import { and, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { ipPatents } from '../ip/index.ts';
import { notifyOrg } from '../notification/index.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeCases, financeNeeds } from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';
import { financePledges, type PledgeRow } from './pledges.table.ts';
import { enterprise, institution, pledgeSelect, pledgeViews } from './pledges.view.ts';
import type { FinanceSettingsService } from './settings.service.ts';

/**
 * 知识产权质押融资: the bank names the enterprise's patents (valid ones of its own, from the IP registry) for a loan
 * case, records the valuation and its credit approval, the pledge contract (which sets the day the pledge must be
 * registered by) and the registration; the case is disbursed only once the pledge is registered, and the pledge is
 * released after repayment. A nightly watch raises one alert per pledged patent that lapses or is transferred.
 */
export function createPledgeService({
  db,
  policy,
  settings,
  clock,
}: {
  db: Db;
  policy: FinancePolicyApi;
  settings: FinanceSettingsService;
  clock: Clock;
}) {
  const today = () => shanghaiDate(clock.now());

  const one = async (tx: Tx | Db, id: number) =>
    (await pledgeViews(tx, await pledgeSelect(tx).where(eq(financePledges.id, id)), today()))[0] as Pledge;

  return {
    async list(actor: Actor | null, q: z.output<typeof pledgeListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      let scope: SQL | undefined;
      if (q.scope === 'institution')
        scope = eq(financePledges.institutionOrgId, (await institutionOf(db, actor)).orgId);
      else if (q.scope === 'mine') {
        if (!actor.orgId) throw financeErrors.notEnterprise();
        scope = eq(financePledges.orgId, actor.orgId);
      } else authorize(actor, FINANCE_ACTIONS.oversee);
      const where = and(
        scope,
        q.q
          ? or(
              ilike(enterprise.name, likeFragment(q.q)),
              ilike(institution.name, likeFragment(q.q)),
              ilike(financePledges.contractNo, likeFragment(q.q)),
              ilike(financePledges.registrationNo, likeFragment(q.q)),
            )
          : undefined,
      );
      const [rows, [count]] = await Promise.all([
        pledgeSelect(db)
          .where(where)
          .orderBy(desc(financePledges.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financePledges)
          .innerJoin(enterprise, eq(enterprise.id, financePledges.orgId))
          .innerJoin(institution, eq(institution.id, financePledges.institutionOrgId))
          .where(where),
      ]);
      return pageOf(await pledgeViews(db, rows, today()), count?.n ?? 0, q);
    },

    async get(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      const p = await one(db, id).catch(() => undefined);
      if (!p || !(p.orgId === actor.orgId || p.institutionOrgId === actor.orgId || can(actor, FINANCE_ACTIONS.oversee)))
        throw financeErrors.pledgeNotFound();
      return p;
    },

    /** For the bank that holds the case: the enterprise's patents that can back it (valid, its own, not transferred). */
    async pledgeable(actor: Actor | null, caseId: number) {
      const inst = await institutionOf(db, actor);
      const [loan] = await db
        .select({ c: financeCases, orgId: financeNeeds.orgId })
        .from(financeCases)
        .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
        .where(eq(financeCases.id, caseId));
      if (!loan || loan.c.institutionOrgId !== inst.orgId) throw financeErrors.caseNotFound();
      const rows = await db
        .select({ id: ipPatents.id, number: ipPatents.number, title: ipPatents.title, kind: ipPatents.kind })
        .from(ipPatents)
        .where(
          and(eq(ipPatents.orgId, loan.orgId), eq(ipPatents.legalStatus, 'valid'), eq(ipPatents.transferred, false)),
        )
        .orderBy(ipPatents.id);
      return { items: rows };
    },

    /** The bank names the patents of its case's enterprise that back the loan: valid, the enterprise's own. */
    async create(actor: Actor | null, input: z.output<typeof pledgeInputSchema>) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        const [loan] = await tx
          .select({ c: financeCases, orgId: financeNeeds.orgId })
          .from(financeCases)
          .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
          .where(eq(financeCases.id, input.caseId));
        if (!loan || loan.c.institutionOrgId !== inst.orgId) throw financeErrors.caseNotFound();
        if (!['claimed', 'contacted', 'due_diligence', 'approved'].includes(loan.c.status))
          throw financeErrors.caseState('a pledge is set up before the loan is disbursed');
        const ids = [...new Set(input.patentIds)];
        const patents = await tx.select().from(ipPatents).where(inArray(ipPatents.id, ids));
        const usable = patents.filter((p) => p.orgId === loan.orgId && p.legalStatus === 'valid' && !p.transferred);
        if (usable.length !== ids.length) throw financeErrors.patentNotPledgeable();
        const inserted = await tx
          .insert(financePledges)
          .values({
            caseId: loan.c.id,
            institutionOrgId: inst.orgId,
            orgId: loan.orgId,
            patentIds: ids,
            createdBy: (actor as Actor).userId,
            createdAt: clock.now(),
            updatedAt: clock.now(),
          })
          .onConflictDoNothing()
          .returning();
        const p = inserted[0];
        if (!p) throw financeErrors.pledgeExists();
        await recordAudit(tx, actor, {
          action: 'finance.pledge.create',
          entity: 'finance_pledge',
          entityId: p.id,
          after: { caseId: p.caseId, patentIds: ids },
        });
        return one(tx, p.id);
      });
    },

    async step(actor: Actor | null, id: number, body: z.output<typeof pledgeStepSchema>) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        const [before] = await tx.select().from(financePledges).where(eq(financePledges.id, id)).for('update');
        if (!before || before.institutionOrgId !== inst.orgId) throw financeErrors.pledgeNotFound();
        const day = today();
        const values: Partial<PledgeRow> = { updatedAt: clock.now() };
        const need = (from: PledgeRow['status'][]) => {
          if (!from.includes(before.status))
            throw financeErrors.pledgeState(`cannot ${body.action} a pledge that is ${before.status}`);
        };
        if (body.action === 'approve') {
          need(['valuation']);
          if (body.approvedFen > body.valuationFen) throw financeErrors.overValuation();
          if (body.valuedOn > day) throw financeErrors.dateFuture();
          Object.assign(values, {
            status: 'approved',
            valuationAgency: body.valuationAgency,
            valuationFen: body.valuationFen,
            valuedOn: body.valuedOn,
            approvedFen: body.approvedFen,
          });
        } else if (body.action === 'contract') {
          need(['approved']);
          if (body.signedOn > day) throw financeErrors.dateFuture();
          const s = await settings.read(tx);
          const cal = await policy.calendar(tx);
          Object.assign(values, {
            status: 'contracted',
            contractNo: body.contractNo,
            signedOn: body.signedOn,
            registrationDue: addWorkingDays(body.signedOn, s.pledgeRegistrationDays, cal),
          });
        } else if (body.action === 'register') {
          need(['contracted']);
          if (body.registeredOn > day || body.registeredOn < (before.signedOn as string))
            throw financeErrors.dateFuture();
          Object.assign(values, {
            status: 'registered',
            registrationNo: body.registrationNo,
            registeredOn: body.registeredOn,
          });
        } else {
          need(['registered', 'disbursed']);
          const [loan] = await tx.select().from(financeCases).where(eq(financeCases.id, before.caseId));
          if (before.status === 'disbursed' && loan?.status !== 'repaid')
            throw financeErrors.pledgeState('a pledge of a disbursed loan is released once the loan is repaid');
          Object.assign(values, { status: 'released', releasedOn: body.on });
        }
        const [after] = await tx.update(financePledges).set(values).where(eq(financePledges.id, id)).returning();
        await notifyOrg(tx, before.orgId, {
          kind: 'finance.pledge_step',
          params: { id, status: after?.status ?? '' },
          link: `/my/finance/pledges`,
        });
        await recordAudit(tx, actor, {
          action: `finance.pledge.${body.action}`,
          entity: 'finance_pledge',
          entityId: id,
          before: { status: before.status },
          after: {
            status: after?.status,
            registrationDue: after?.registrationDue,
            registrationNo: after?.registrationNo,
          },
        });
        return one(tx, id);
      });
    },

    /** Nightly: pledged patents that lapsed or were transferred while the pledge stands; the bank is told once. */
    async watch(): Promise<number> {
      return db.transaction(async (tx) => {
        const found = await tx.execute(sql`
          INSERT INTO finance_pledge_alerts (pledge_id, ip_record_id, kind, found_at)
          SELECT p.id, ip.id, CASE WHEN ip.legal_status = 'lapsed' THEN 'lapsed' ELSE 'transferred' END, ${clock.now().toISOString()}
          FROM finance_pledges p JOIN ip_patents ip ON ip.id = ANY(p.patent_ids)
          WHERE p.status IN ('contracted', 'registered', 'disbursed') AND (ip.legal_status = 'lapsed' OR ip.transferred)
          ON CONFLICT (pledge_id, ip_record_id) DO NOTHING
          RETURNING pledge_id, ip_record_id, kind`);
        const rows = found.rows as { pledge_id: number; ip_record_id: number; kind: string }[];
        for (const r of rows) {
          const [p] = await tx
            .select()
            .from(financePledges)
            .where(eq(financePledges.id, Number(r.pledge_id)));
          if (p)
            await notifyOrg(tx, p.institutionOrgId, {
              kind: 'finance.pledge_alert',
              params: { id: p.id, kind: r.kind },
              link: `/finance-desk/pledges`,
            });
        }
        if (rows.length > 0)
          await recordAudit(tx, null, {
            action: 'finance.pledge.alert',
            entity: 'finance_pledge',
            entityId: null,
            after: { alerts: rows.map((r) => ({ pledgeId: Number(r.pledge_id), ipRecordId: Number(r.ip_record_id) })) },
          });
        return rows.length;
      });
    },
  };
}
export type PledgeService = ReturnType<typeof createPledgeService>;

/** For the case steps: a loan backed by a pledge is disbursed only once the pledge is registered. */
export async function pledgeBeforeDisbursement(tx: Tx, caseId: number, now: Date) {
  const [p] = await tx.select().from(financePledges).where(eq(financePledges.caseId, caseId)).for('update');
  if (!p) return;
  if (p.status !== 'registered') throw financeErrors.pledgeUnregistered();
  await tx.update(financePledges).set({ status: 'disbursed', updatedAt: now }).where(eq(financePledges.id, p.id));
}
