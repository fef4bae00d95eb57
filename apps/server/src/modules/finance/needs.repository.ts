import type { FinanceNeed, FinanceNeedStatus } from '@cz/shared/finance';
import { and, desc, eq, exists, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { orgDirectory } from '../org/index.ts';
import { type FinanceNeedRow, financeNeeds, financePushes } from './finance.table.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export type NeedFilter = {
  orgId?: number;
  /** Needs pushed to this institution. */
  pushedTo?: number;
  status?: FinanceNeedStatus;
  /** Open needs whose first-contact day is before this date, nobody having made contact. */
  overdueBefore?: string;
  q?: string;
};

export function createNeedRepository() {
  const where = (f: NeedFilter): SQL | undefined =>
    and(
      f.orgId ? eq(financeNeeds.orgId, f.orgId) : undefined,
      f.pushedTo
        ? exists(
            sql`(SELECT 1 FROM ${financePushes} p WHERE p.need_id = ${financeNeeds.id}
                 AND p.institution_org_id = ${f.pushedTo})`,
          )
        : undefined,
      f.status ? eq(financeNeeds.status, f.status) : undefined,
      f.overdueBefore
        ? and(
            isNull(financeNeeds.firstContactAt),
            inArray(financeNeeds.status, ['open', 'in_progress']),
            lt(financeNeeds.firstContactDue, f.overdueBefore),
          )
        : undefined,
      f.q
        ? or(ilike(financeNeeds.purposeText, likeFragment(f.q)), ilike(orgDirectory.name, likeFragment(f.q)))
        : undefined,
    );

  /** The needs' pushes, with the institutions' names; only `institution`'s when given. */
  async function pushesOf(tx: Tx | Db, needIds: number[], institution?: number) {
    if (needIds.length === 0) return new Map<number, FinanceNeed['pushes']>();
    const rows = await tx
      .select({
        p: financePushes,
        name: orgDirectory.name,
        productNames: sql<
          string[]
        >`ARRAY(SELECT fp.name FROM finance_products fp WHERE fp.id = ANY(${financePushes.productIds})
          ORDER BY array_position(${financePushes.productIds}, fp.id))`,
      })
      .from(financePushes)
      .innerJoin(orgDirectory, eq(orgDirectory.id, financePushes.institutionOrgId))
      .where(
        and(
          inArray(financePushes.needId, needIds),
          institution ? eq(financePushes.institutionOrgId, institution) : undefined,
        ),
      )
      .orderBy(financePushes.pushedAt, financePushes.institutionOrgId);
    const out = new Map<number, FinanceNeed['pushes']>();
    for (const r of rows) {
      const list = out.get(r.p.needId) ?? [];
      list.push({
        institutionOrgId: r.p.institutionOrgId,
        institutionName: r.name,
        productIds: r.p.productIds,
        productNames: r.productNames,
        status: r.p.status,
      });
      out.set(r.p.needId, list);
    }
    return out;
  }

  const toNeed = (n: FinanceNeedRow, orgName: string, pushes: FinanceNeed['pushes']): FinanceNeed => ({
    id: n.id,
    orgId: n.orgId,
    orgName,
    amountFen: n.amountFen,
    termMonths: n.termMonths,
    purpose: n.purpose,
    purposeText: n.purposeText,
    guaranteeOffered: n.guaranteeOffered,
    collateral: n.collateral,
    rateCeilingBp: n.rateCeilingBp,
    neededBy: n.neededBy,
    status: n.status,
    postedAt: n.postedAt.toISOString(),
    firstContactDue: n.firstContactDue,
    firstContactAt: iso(n.firstContactAt),
    escalatedAt: iso(n.escalatedAt),
    pushes,
  });

  const base = (tx: Tx | Db) =>
    tx
      .select({ n: financeNeeds, orgName: orgDirectory.name })
      .from(financeNeeds)
      .innerJoin(orgDirectory, eq(orgDirectory.id, financeNeeds.orgId));

  return {
    /** A page of needs; `institution` limits the pushes shown to that institution's. */
    async list(tx: Tx | Db, f: NeedFilter, window: { limit: number; offset: number }, institution?: number) {
      const w = where(f);
      const [rows, [count]] = await Promise.all([
        base(tx)
          .where(w)
          .orderBy(desc(financeNeeds.postedAt), desc(financeNeeds.id))
          .limit(window.limit)
          .offset(window.offset),
        tx
          .select({ n: sql<number>`count(*)::int` })
          .from(financeNeeds)
          .innerJoin(orgDirectory, eq(orgDirectory.id, financeNeeds.orgId))
          .where(w),
      ]);
      const pushes = await pushesOf(
        tx,
        rows.map((r) => r.n.id),
        institution,
      );
      return { items: rows.map((r) => toNeed(r.n, r.orgName, pushes.get(r.n.id) ?? [])), total: count?.n ?? 0 };
    },

    async view(tx: Tx | Db, id: number, institution?: number) {
      const [row] = await base(tx).where(eq(financeNeeds.id, id));
      if (!row) return undefined;
      const pushes = await pushesOf(tx, [id], institution);
      return toNeed(row.n, row.orgName, pushes.get(id) ?? []);
    },

    async byId(tx: Tx, id: number, forUpdate = false) {
      const q = tx.select().from(financeNeeds).where(eq(financeNeeds.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },

    async push(tx: Tx, id: number, institution: number, forUpdate = false) {
      const q = tx
        .select()
        .from(financePushes)
        .where(and(eq(financePushes.needId, id), eq(financePushes.institutionOrgId, institution)));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },
  };
}
export type NeedRepository = ReturnType<typeof createNeedRepository>;
