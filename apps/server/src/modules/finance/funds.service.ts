import { shanghaiDate } from '@cz/shared';
import {
  type commitmentInputSchema,
  type Fund,
  type FundStage,
  type fundInputSchema,
  type investmentInputSchema,
  type investorProfileSchema,
  stageOfYears,
} from '@cz/shared/finance';
import { aliasedTable, and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { orgDirectory } from '../org/index.ts';
import { financeFundCommitments, financeFunds, financeInvestments, financeInvestorProfiles } from './events.table.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeNeeds } from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';

const manager = aliasedTable(orgDirectory, 'manager');
const wan = (fen: number) => `${fen / 1_000_000}万元`;
const STAGE_WORDS: Record<FundStage, { zh: string; en: string }> = {
  seed: { zh: '种子期', en: 'seed' },
  early: { zh: '初创期', en: 'early' },
  growth: { zh: '成长期', en: 'growth' },
  mature: { zh: '成熟期', en: 'mature' },
};

/**
 * 产业引导基金 and its sub-funds (母子基金) with their commitments and investments, kept by the finance office;
 * investors' preference profiles (stage, industry, ticket) matched to the registry's enterprises, with reasons.
 */
export function createFundService({ db, policy, clock }: { db: Db; policy: FinancePolicyApi; clock: Clock }) {
  async function funds(ids?: number[]): Promise<Fund[]> {
    const rows = await db
      .select({ f: financeFunds, managerName: manager.name })
      .from(financeFunds)
      .leftJoin(manager, eq(manager.id, financeFunds.managerOrgId))
      .where(ids ? inArray(financeFunds.id, ids) : undefined)
      .orderBy(financeFunds.kind, financeFunds.id);
    const all = rows.map((r) => r.f.id);
    const [commitments, invested] = await Promise.all([
      all.length ? db.select().from(financeFundCommitments).where(inArray(financeFundCommitments.fundId, all)) : [],
      all.length
        ? db
            .select({ fundId: financeInvestments.fundId, n: sql<number>`sum(${financeInvestments.amountFen})::bigint` })
            .from(financeInvestments)
            .where(inArray(financeInvestments.fundId, all))
            .groupBy(financeInvestments.fundId)
        : [],
    ]);
    const subs = await db.select().from(financeFunds).where(eq(financeFunds.kind, 'sub'));
    return rows.map(({ f, managerName }) => {
      const mine = commitments.filter((c) => c.fundId === f.id);
      return {
        id: f.id,
        name: f.name,
        kind: f.kind,
        parentId: f.parentId,
        managerOrgId: f.managerOrgId,
        managerName,
        targetFen: f.targetFen,
        vintage: f.vintage,
        stages: f.stages as FundStage[],
        fields: f.fields,
        committedFen: mine.reduce((s, c) => s + c.amountFen, 0),
        investedFen: Number(invested.find((i) => i.fundId === f.id)?.n ?? 0),
        commitments: mine.map((c) => ({
          lpFundId: c.lpFundId,
          lpName: c.lpName,
          amountFen: c.amountFen,
          committedOn: c.committedOn,
        })),
        subFunds: subs
          .filter((s) => s.parentId === f.id)
          .map((s) => ({ id: s.id, name: s.name, targetFen: s.targetFen })),
      };
    });
  }

  return {
    list: async () => ({ items: await funds() }),

    async create(actor: Actor | null, input: z.output<typeof fundInputSchema>) {
      const who = authorize(actor, FINANCE_ACTIONS.oversee);
      return db
        .transaction(async (tx) => {
          if (input.kind === 'sub') {
            const [parent] = await tx
              .select()
              .from(financeFunds)
              .where(eq(financeFunds.id, input.parentId ?? -1));
            if (parent?.kind !== 'guide') throw financeErrors.badParent();
          } else if (input.parentId !== null) throw financeErrors.badParent();
          const [row] = await tx
            .insert(financeFunds)
            .values({ ...input, createdBy: who.userId, createdAt: clock.now() })
            .returning();
          await recordAudit(tx, actor, {
            action: 'finance.fund.create',
            entity: 'finance_fund',
            entityId: row?.id ?? null,
            after: { name: input.name, kind: input.kind, targetFen: input.targetFen },
          });
          return row?.id as number;
        })
        .then(async (id) => (await funds([id]))[0] as Fund);
    },

    /** A limited partner's commitment (the parent guide fund's into its sub-fund among them). */
    async commit(actor: Actor | null, id: number, input: z.output<typeof commitmentInputSchema>) {
      authorize(actor, FINANCE_ACTIONS.oversee);
      await db.transaction(async (tx) => {
        const [fund] = await tx.select().from(financeFunds).where(eq(financeFunds.id, id));
        if (!fund) throw financeErrors.fundNotFound();
        if (input.lpFundId !== null) {
          const [lp] = await tx.select().from(financeFunds).where(eq(financeFunds.id, input.lpFundId));
          if (!lp || lp.id === id) throw financeErrors.badParent();
        }
        await tx.insert(financeFundCommitments).values({ fundId: id, ...input });
        await recordAudit(tx, actor, {
          action: 'finance.fund.commit',
          entity: 'finance_fund',
          entityId: id,
          after: { lpName: input.lpName, amountFen: input.amountFen },
        });
      });
      return (await funds([id]))[0] as Fund;
    },

    async profile(actor: Actor | null) {
      const inst = await institutionOf(db, actor);
      const [p] = await db
        .select()
        .from(financeInvestorProfiles)
        .where(eq(financeInvestorProfiles.institutionOrgId, inst.orgId));
      return p
        ? {
            stages: p.stages as FundStage[],
            industries: p.industries,
            ticketMinFen: p.ticketMinFen,
            ticketMaxFen: p.ticketMaxFen,
          }
        : null;
    },

    async saveProfile(actor: Actor | null, input: z.output<typeof investorProfileSchema>) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        if (inst.kind !== 'investment') throw financeErrors.notInvestor();
        const values = { ...input, updatedAt: clock.now() };
        await tx
          .insert(financeInvestorProfiles)
          .values({ institutionOrgId: inst.orgId, ...values })
          .onConflictDoUpdate({ target: financeInvestorProfiles.institutionOrgId, set: values });
        await recordAudit(tx, actor, {
          action: 'finance.investor.profile',
          entity: 'finance_institution',
          entityId: inst.orgId,
          after: input,
        });
        return input;
      });
    },

    /**
     * The registry's enterprises that fit my investor profile: the stage their years since registration give, the
     * industry, and (first) those with an open financing need within the ticket; each with its reasons.
     */
    async matches(actor: Actor | null) {
      const inst = await institutionOf(db, actor);
      const [p] = await db
        .select()
        .from(financeInvestorProfiles)
        .where(eq(financeInvestorProfiles.institutionOrgId, inst.orgId));
      if (!p) return { items: [] };
      const needs = await db
        .select({ id: financeNeeds.id, orgId: financeNeeds.orgId, amountFen: financeNeeds.amountFen })
        .from(financeNeeds)
        .where(
          and(
            inArray(financeNeeds.status, ['open', 'in_progress']),
            sql`${financeNeeds.amountFen} BETWEEN ${p.ticketMinFen} AND ${p.ticketMaxFen}`,
          ),
        )
        .orderBy(desc(financeNeeds.postedAt));
      const day = shanghaiDate(clock.now());
      const out = [];
      for (let after = 0; ; ) {
        const chunk = await policy.factsPage(db, day, after, 2000);
        if (chunk.length === 0) break;
        after = chunk.at(-1)?.orgId as number;
        for (const o of chunk) {
          const years = o.facts['org.yearsRegistered'];
          const stage = stageOfYears(typeof years === 'number' ? years : null);
          const industry = (o.facts['org.industry'] as string | null | undefined) ?? null;
          if (!stage || !p.stages.includes(stage)) continue;
          if (p.industries.length > 0 && (!industry || !p.industries.includes(industry))) continue;
          const need = needs.find((n) => n.orgId === o.orgId) ?? null;
          const reasons = [
            {
              zh: `${STAGE_WORDS[stage].zh}（成立 ${years} 年）`,
              en: `${STAGE_WORDS[stage].en} (${years} years registered)`,
            },
            ...(industry && p.industries.length > 0
              ? [{ zh: `行业门类 ${industry} 在偏好内`, en: `Industry ${industry} is one preferred` }]
              : []),
            ...(need
              ? [
                  {
                    zh: `有在办融资需求 ${wan(need.amountFen)}，在投资额度内`,
                    en: `An open financing need of ¥${need.amountFen / 100} within the ticket`,
                  },
                ]
              : []),
          ];
          out.push({
            orgId: o.orgId,
            orgName: o.name,
            stage,
            industry,
            needId: need?.id ?? null,
            needFen: need?.amountFen ?? null,
            reasons,
          });
        }
      }
      out.sort((a, b) => Number(b.needId !== null) - Number(a.needId !== null) || a.orgId - b.orgId);
      return { items: out.slice(0, 50) };
    },

    /** An investment made, by a fund of the platform or an investor institution. */
    async invest(actor: Actor | null, input: z.output<typeof investmentInputSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const office = can(actor, FINANCE_ACTIONS.oversee);
      const inst = office ? null : await institutionOf(db, actor);
      return db.transaction(async (tx) => {
        if (input.fundId !== null) {
          const [f] = await tx.select().from(financeFunds).where(eq(financeFunds.id, input.fundId));
          if (!f || (!office && f.managerOrgId !== inst?.orgId)) throw financeErrors.fundNotFound();
        } else if (!inst) throw financeErrors.fundNotFound();
        const [org] = await tx.select().from(orgDirectory).where(eq(orgDirectory.id, input.orgId));
        if (org?.kind !== 'enterprise') throw financeErrors.notEnterprise();
        const [row] = await tx
          .insert(financeInvestments)
          .values({ ...input, institutionOrgId: inst?.orgId ?? null, createdBy: actor.userId, createdAt: clock.now() })
          .returning();
        await recordAudit(tx, actor, {
          action: 'finance.investment.record',
          entity: 'finance_investment',
          entityId: row?.id ?? null,
          after: { orgId: input.orgId, amountFen: input.amountFen, fundId: input.fundId },
        });
        return row?.id as number;
      });
    },

    async investments(actor: Actor | null) {
      if (!actor) throw commonErrors.unauthenticated();
      const office = can(actor, FINANCE_ACTIONS.oversee);
      const inst = office ? null : await institutionOf(db, actor);
      const { rows } = await db.execute(sql`
        SELECT i.id, i.fund_id, f.name AS fund_name, i.institution_org_id, v.name AS institution_name, i.org_id,
               e.name AS org_name, i.amount_fen, i.invested_on::text AS invested_on, i.round
        FROM finance_investments i JOIN org_directory e ON e.id = i.org_id
        LEFT JOIN finance_funds f ON f.id = i.fund_id LEFT JOIN org_directory v ON v.id = i.institution_org_id
        WHERE ${inst ? sql`i.institution_org_id = ${inst.orgId}` : sql`true`}
        ORDER BY i.invested_on DESC, i.id DESC LIMIT 500`);
      const num = (v: unknown) => (v === null ? null : Number(v));
      return {
        items: (rows as Record<string, unknown>[]).map((r) => ({
          id: Number(r.id),
          fundId: num(r.fund_id),
          fundName: (r.fund_name as string | null) ?? null,
          institutionOrgId: num(r.institution_org_id),
          institutionName: (r.institution_name as string | null) ?? null,
          orgId: Number(r.org_id),
          orgName: String(r.org_name),
          amountFen: Number(r.amount_fen),
          investedOn: String(r.invested_on),
          round: r.round as 'angel' | 'a' | 'b' | 'c' | 'later',
        })),
      };
    },
  };
}
export type FundService = ReturnType<typeof createFundService>;
