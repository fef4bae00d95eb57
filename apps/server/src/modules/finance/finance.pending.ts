import { shanghaiDate, type WorkItem } from '@cz/shared';
import { OPEN_CASE_STATUSES } from '@cz/shared/finance';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeCases, financeNeeds, financeProducts, financePushes } from './finance.table.ts';

const count = sql<number>`count(*)::int`;

/**
 * For the workbench: the finance office's products to review and needs nobody contacted in time; an institution's
 * pushed needs to answer, claimed ones to contact and open cases; an enterprise's needs and loans in progress.
 */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (can(actor, FINANCE_ACTIONS.review)) {
    const [[products], [overdue]] = await Promise.all([
      db.select({ n: count }).from(financeProducts).where(eq(financeProducts.status, 'submitted')),
      db
        .select({ n: count })
        .from(financeNeeds)
        .where(
          and(
            isNull(financeNeeds.firstContactAt),
            inArray(financeNeeds.status, ['open', 'in_progress']),
            lt(financeNeeds.firstContactDue, shanghaiDate(new Date())),
          ),
        ),
    ]);
    return [
      { key: 'finance.products', count: products?.n ?? 0, link: '/admin/finance/products?status=submitted' },
      { key: 'finance.overdue', count: overdue?.n ?? 0, link: '/admin/finance/needs?overdue=true' },
    ];
  }
  if (!actor.orgId) return [];
  if (actor.role === 'finance') {
    const [[pushed], [toContact], [open]] = await Promise.all([
      db
        .select({ n: count })
        .from(financePushes)
        .innerJoin(financeNeeds, eq(financeNeeds.id, financePushes.needId))
        .where(
          and(
            eq(financePushes.institutionOrgId, actor.orgId),
            eq(financePushes.status, 'pushed'),
            inArray(financeNeeds.status, ['open', 'in_progress']),
          ),
        ),
      db
        .select({ n: count })
        .from(financeCases)
        .where(and(eq(financeCases.institutionOrgId, actor.orgId), eq(financeCases.status, 'claimed'))),
      db
        .select({ n: count })
        .from(financeCases)
        .where(
          and(eq(financeCases.institutionOrgId, actor.orgId), inArray(financeCases.status, [...OPEN_CASE_STATUSES])),
        ),
    ]);
    return [
      { key: 'finance.pushed', count: pushed?.n ?? 0, link: '/finance-desk/needs?status=open' },
      { key: 'finance.to_contact', count: toContact?.n ?? 0, link: '/finance-desk/cases?status=claimed' },
      { key: 'finance.cases_open', count: open?.n ?? 0, link: '/finance-desk/cases' },
    ];
  }
  if (actor.role !== 'enterprise') return [];
  const [[needs], [cases]] = await Promise.all([
    db
      .select({ n: count })
      .from(financeNeeds)
      .where(and(eq(financeNeeds.orgId, actor.orgId), inArray(financeNeeds.status, ['open', 'in_progress']))),
    db
      .select({ n: count })
      .from(financeCases)
      .innerJoin(financeNeeds, eq(financeNeeds.id, financeCases.needId))
      .where(and(eq(financeNeeds.orgId, actor.orgId), inArray(financeCases.status, [...OPEN_CASE_STATUSES]))),
  ]);
  return [
    { key: 'finance.needs_open', count: needs?.n ?? 0, link: '/my/finance/needs' },
    { key: 'finance.cases_active', count: cases?.n ?? 0, link: '/my/finance/needs' },
  ];
}
