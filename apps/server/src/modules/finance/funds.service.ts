import { shanghaiDate } from '@cz/shared';
import type {
  commitmentInputSchema,
  Fund,
  FundStage,
  fundInputSchema,
  fundListQuerySchema,
  Investment,
  investmentInputSchema,
  investmentListQuerySchema,
  investorMatchQuerySchema,
  investorProfileSchema,
} from '@cz/shared/finance';
import { aliasedTable, and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageClause, pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { orgDirectory } from '../org/index.ts';
import { financeFundCommitments, financeFunds, financeInvestments, financeInvestorProfiles } from './events.table.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { institutionOf } from './institutions.service.ts';
import { investorMatches } from './investor-matches.ts';

const manager = aliasedTable(orgDirectory, 'manager');
const parent = aliasedTable(financeFunds, 'parent');

/**
 * 产业引导基金 and its sub-funds (母子基金) with their commitments and investments, kept by the finance office;
 * investors' preference profiles (stage, industry, ticket) matched to the registry's enterprises, with reasons.
 */
export function createFundService({ db, policy, clock }: { db: Db; policy: FinancePolicyApi; clock: Clock }) {
  const fundSelect = () =>
    db
      .select({ f: financeFunds, managerName: manager.name, parentName: parent.name })
      .from(financeFunds)
      .leftJoin(manager, eq(manager.id, financeFunds.managerOrgId))
      .leftJoin(parent, eq(parent.id, financeFunds.parentId));
  type FundJoined = { f: typeof financeFunds.$inferSelect; managerName: string | null; parentName: string | null };

  /** The funds with their commitments, the amounts invested and (a guide fund's) sub-funds. */
  async function withFigures(rows: FundJoined[]): Promise<Fund[]> {
    const all = rows.map((r) => r.f.id);
    if (all.length === 0) return [];
    const [commitments, invested, subs] = await Promise.all([
      db.select().from(financeFundCommitments).where(inArray(financeFundCommitments.fundId, all)),
      db
        .select({ fundId: financeInvestments.fundId, n: sql<number>`sum(${financeInvestments.amountFen})::bigint` })
        .from(financeInvestments)
        .where(inArray(financeInvestments.fundId, all))
        .groupBy(financeInvestments.fundId),
      db
        .select()
        .from(financeFunds)
        .where(and(eq(financeFunds.kind, 'sub'), inArray(financeFunds.parentId, all)))
        .orderBy(asc(financeFunds.id)),
    ]);
    return rows.map(({ f, managerName, parentName }) => {
      const mine = commitments.filter((c) => c.fundId === f.id);
      return {
        id: f.id,
        name: f.name,
        kind: f.kind,
        parentId: f.parentId,
        parentName,
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

  const fund = async (id: number) => (await withFigures(await fundSelect().where(eq(financeFunds.id, id))))[0] as Fund;

  return {
    /** The funds, each guide fund followed by its sub-funds; `q` finds a part of the fund's or the manager's name. */
    async list(q: z.output<typeof fundListQuerySchema>) {
      const where = and(
        q.q ? or(ilike(financeFunds.name, likeFragment(q.q)), ilike(manager.name, likeFragment(q.q))) : undefined,
        q.kind ? eq(financeFunds.kind, q.kind) : undefined,
        q.managerOrgId ? eq(financeFunds.managerOrgId, q.managerOrgId) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        fundSelect()
          .where(where)
          .orderBy(sql`coalesce(${financeFunds.parentId}, ${financeFunds.id})`, financeFunds.kind, financeFunds.id)
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financeFunds)
          .leftJoin(manager, eq(manager.id, financeFunds.managerOrgId))
          .where(where),
      ]);
      return pageOf(await withFigures(rows), count?.n ?? 0, q);
    },

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
        .then(fund);
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
      return fund(id);
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
    async matches(actor: Actor | null, q: z.output<typeof investorMatchQuerySchema>) {
      const inst = await institutionOf(db, actor);
      const [p] = await db
        .select()
        .from(financeInvestorProfiles)
        .where(eq(financeInvestorProfiles.institutionOrgId, inst.orgId));
      if (!p) return pageOf([], 0, q);
      const out = await investorMatches(db, policy, shanghaiDate(clock.now()), p, q.q);
      const { limit, offset } = pageWindow(q);
      return pageOf(out.slice(offset, offset + limit), out.length, q);
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

    /** Investments: all for the office, my institution's for an investor; `q` finds a part of a party's name. */
    async investments(actor: Actor | null, q: z.output<typeof investmentListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const office = can(actor, FINANCE_ACTIONS.oversee);
      const inst = office ? null : await institutionOf(db, actor);
      const like = q.q ? likeFragment(q.q) : null;
      const where: SQL = sql`${inst ? sql`i.institution_org_id = ${inst.orgId}` : sql`true`}
        AND ${like ? sql`(e.name ILIKE ${like} OR f.name ILIKE ${like} OR v.name ILIKE ${like})` : sql`true`}`;
      const from = sql`FROM finance_investments i JOIN org_directory e ON e.id = i.org_id
        LEFT JOIN finance_funds f ON f.id = i.fund_id LEFT JOIN org_directory v ON v.id = i.institution_org_id`;
      const [{ rows }, counted] = await Promise.all([
        db.execute(sql`
          SELECT i.id, i.fund_id, f.name AS fund_name, i.institution_org_id, v.name AS institution_name, i.org_id,
                 e.name AS org_name, i.amount_fen, i.invested_on::text AS invested_on, i.round
          ${from} WHERE ${where}
          ORDER BY i.invested_on DESC, i.id DESC ${pageClause(q)}`),
        db.execute(sql`SELECT count(*)::int AS n ${from} WHERE ${where}`),
      ]);
      const num = (v: unknown) => (v === null ? null : Number(v));
      return pageOf(
        (rows as Record<string, unknown>[]).map(
          (r): Investment => ({
            id: Number(r.id),
            fundId: num(r.fund_id),
            fundName: (r.fund_name as string | null) ?? null,
            institutionOrgId: num(r.institution_org_id),
            institutionName: (r.institution_name as string | null) ?? null,
            orgId: Number(r.org_id),
            orgName: String(r.org_name),
            amountFen: Number(r.amount_fen),
            investedOn: String(r.invested_on),
            round: r.round as Investment['round'],
          }),
        ),
        Number((counted.rows[0] as { n: number } | undefined)?.n ?? 0),
        q,
      );
    },
  };
}
export type FundService = ReturnType<typeof createFundService>;
