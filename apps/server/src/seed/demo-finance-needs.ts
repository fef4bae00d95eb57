import { shanghaiDate } from '@cz/shared';
import {
  type CaseStatus,
  DECLINE_REASONS,
  type FinanceNeedPurpose,
  firstContactDue,
  type GuaranteeKind,
  type Product,
} from '@cz/shared/finance';
import { calendarOf, type HolidayKind } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { financeCaseEvents, financeCases, financeNeeds, financePushes } from '../modules/finance/finance.table.ts';
import { pushTargets, rankAll } from '../modules/finance/matching.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const wan = (n: number) => n * 1_000_000;

/** The needs' shapes, repeated over the 60: amount (万元), term, purpose, guarantees offered. */
const SHAPES: [number, number, FinanceNeedPurpose, GuaranteeKind[], string][] = [
  [200, 12, 'working_capital', ['credit', 'guarantee'], '采购原材料，满足新增订单的生产需要。'],
  [500, 24, 'equipment', ['credit', 'mortgage'], '购置自动化检测设备，扩建示例生产线。'],
  [80, 12, 'rd', ['credit'], '新一代产品研发的样机试制与测试费用。'],
  [300, 12, 'working_capital', ['guarantee'], '支付供应商货款，缓解应收账款回款周期压力。'],
  [1000, 36, 'expansion', ['credit', 'guarantee', 'ip_pledge'], '新建示例研发中心与中试车间。'],
  [150, 6, 'working_capital', ['credit'], '旺季备货的短期流动资金。'],
];

/**
 * The demo's 60 financing needs in every status, pushed to the institutions whose published products fit, and their
 * loan cases at every step with their histories.
 */
export async function seedFinanceNeeds(
  tx: Tx,
  {
    ctx,
    published,
    orgIds,
    staff,
    enterpriseUser,
  }: {
    ctx: { now: Date; officeUserId: number | null; financeUserId: number; enterpriseOrgId: number };
    published: Product[];
    orgIds: number[];
    staff: number[];
    enterpriseUser: (orgId: number) => Promise<number | null>;
  },
) {
  const { rows: holidayRows } = await tx.execute(sql`SELECT day::text AS day, kind FROM policy_holidays`);
  const cal = calendarOf(holidayRows as { day: string; kind: HolidayKind }[]);
  const { rows: entRows } = await tx.execute(sql`
    SELECT id FROM organisations WHERE kind = 'enterprise' AND status = 'verified' AND id <> ${ctx.enterpriseOrgId}
    ORDER BY id`);
  const enterprises = (entRows as { id: number }[]).map((r) => Number(r.id));
  const today = shanghaiDate(ctx.now);
  const counts = { needs: 0, cases: 0, pushes: 0 };

  // The plan of the 60: how many of each status, and for those with a case, where the case stands.
  const plan: { status: string; caseStatus?: CaseStatus }[] = [
    ...Array.from({ length: 14 }, () => ({ status: 'open' })),
    ...(['claimed', 'contacted', 'due_diligence', 'approved'] as const).flatMap((c) =>
      Array.from({ length: 4 }, () => ({ status: 'in_progress', caseStatus: c })),
    ),
    ...(['disbursed', 'repaid', 'non_performing', 'non_performing'] as const).flatMap((c) =>
      Array.from({ length: 3 }, () => ({ status: 'funded', caseStatus: c })),
    ),
    ...Array.from({ length: 2 }, () => ({ status: 'funded', caseStatus: 'disbursed' as const })),
    ...Array.from({ length: 6 }, () => ({ status: 'closed', caseStatus: 'declined' as const })),
    ...Array.from({ length: 4 }, () => ({ status: 'withdrawn' })),
    ...Array.from({ length: 6 }, () => ({ status: 'expired' })),
  ];
  for (const [i, step] of plan.entries()) {
    const [amountWan, term, purpose, guarantees, text] = SHAPES[i % SHAPES.length] as (typeof SHAPES)[number];
    // The demo enterprise holds one need of each status; the others are spread over the registry.
    const orgId = i % 5 === 0 ? ctx.enterpriseOrgId : (enterprises[i % enterprises.length] as number);
    const recent = step.status === 'open' && i % 3 !== 0;
    const daysAgo = recent ? i % 2 : step.status === 'expired' ? 150 + i : 5 + ((i * 7) % 110);
    const posted = new Date(ctx.now.getTime() - daysAgo * DAY - 2 * HOUR);
    const postedOn = shanghaiDate(posted);
    const due = firstContactDue(postedOn, 2, cal);
    const neededBy = shanghaiDate(new Date(posted.getTime() + (step.status === 'expired' ? 60 : 150) * DAY));
    const need = {
      amountFen: wan(amountWan),
      termMonths: term,
      guaranteeOffered: guarantees,
      collateral: guarantees.includes('mortgage')
        ? (['equipment'] as const)
        : guarantees.includes('ip_pledge')
          ? (['patent'] as const)
          : [],
      rateCeilingBp: i % 4 === 0 ? 600 : null,
    };
    const targets = pushTargets(rankAll(published, {}, { ...need, collateral: [...need.collateral] }, 300));
    const lender = targets.has(orgIds[0] as number) ? (orgIds[0] as number) : [...targets.keys()][0];
    const contacted = step.caseStatus && step.caseStatus !== 'claimed' ? new Date(posted.getTime() + 24 * HOUR) : null;
    const ended = !['open', 'in_progress'].includes(step.status);
    const closedAt = ended ? new Date(posted.getTime() + (step.status === 'expired' ? 61 : 12) * DAY) : null;
    const overdue = step.status === 'open' && !recent && due < today;
    const [row] = await tx
      .insert(financeNeeds)
      .values({
        orgId,
        amountFen: need.amountFen,
        termMonths: term,
        purpose,
        purposeText: `示例：${text}`,
        guaranteeOffered: guarantees,
        collateral: [...need.collateral],
        rateCeilingBp: need.rateCeilingBp,
        neededBy,
        status: step.status as never,
        // Needs of enterprises without an account here were collected by the finance office (定期推介).
        postedBy: (await enterpriseUser(orgId)) ?? ctx.officeUserId ?? ctx.financeUserId,
        postedAt: posted,
        firstContactDue: due,
        firstContactAt: contacted,
        escalatedAt: overdue || (step.caseStatus === 'claimed' && due < today) ? new Date(`${due}T16:15:00Z`) : null,
        closedAt,
        updatedAt: closedAt ?? contacted ?? posted,
      })
      .returning();
    const needId = row?.id as number;
    counts.needs++;
    if (targets.size > 0) {
      await tx.insert(financePushes).values(
        [...targets].map(([institutionOrgId, productIds], k) => {
          const claimed = step.caseStatus !== undefined && institutionOrgId === lender;
          const passed = !claimed && (k % 3 === 2 || ended);
          return {
            needId,
            institutionOrgId,
            productIds,
            status: claimed ? ('claimed' as const) : passed ? ('passed' as const) : ('pushed' as const),
            pushedAt: posted,
            answeredBy: claimed || passed ? (staff[orgIds.indexOf(institutionOrgId)] as number) : null,
            answeredAt: claimed || passed ? new Date(posted.getTime() + 4 * HOUR) : null,
          };
        }),
      );
      counts.pushes += targets.size;
    }
    if (!step.caseStatus || lender === undefined) continue;
    const by = staff[orgIds.indexOf(lender)] as number;
    const product = targets.get(lender)?.[0] ?? null;
    const order: CaseStatus[] = ['claimed', 'contacted', 'due_diligence', 'approved', 'disbursed'];
    const reached =
      step.caseStatus === 'declined'
        ? ['claimed', 'contacted', 'declined']
        : step.caseStatus === 'repaid' || step.caseStatus === 'non_performing'
          ? [...order, step.caseStatus]
          : order.slice(0, order.indexOf(step.caseStatus) + 1);
    const approvedFen = reached.includes('approved') ? wan(Math.round(amountWan * 0.8)) : null;
    const disbursedOn = reached.includes('disbursed') ? shanghaiDate(new Date(posted.getTime() + 10 * DAY)) : null;
    const [c] = await tx
      .insert(financeCases)
      .values({
        needId,
        institutionOrgId: lender,
        productId: product,
        status: step.caseStatus,
        requestedFen: need.amountFen,
        approvedFen,
        rateBp: approvedFen ? 345 + (i % 4) * 20 : null,
        termMonths: approvedFen ? term : null,
        declineReason: step.caseStatus === 'declined' ? DECLINE_REASONS[i % 4] : null,
        disbursedFen: disbursedOn ? approvedFen : null,
        disbursedOn,
        endedOn:
          step.caseStatus === 'repaid' || step.caseStatus === 'non_performing'
            ? shanghaiDate(new Date(posted.getTime() + 40 * DAY))
            : null,
        claimedBy: by,
        claimedAt: new Date(posted.getTime() + 4 * HOUR),
        contactedAt: contacted,
        updatedAt: closedAt ?? contacted ?? posted,
      })
      .returning();
    counts.cases++;
    const NOTES: Partial<Record<CaseStatus, string>> = {
      contacted: '示例：已电话联系企业财务负责人，约定上门',
      due_diligence: '示例：现场走访，收集财务资料',
      approved: '示例：授信审批通过',
      declined: '示例：经营现金流不足以覆盖还款',
      disbursed: '示例：已放款',
      repaid: '示例：到期结清',
      non_performing: '示例：逾期九十天以上，转入不良',
    };
    await tx.insert(financeCaseEvents).values(
      reached.map((s, k) => ({
        caseId: c?.id as number,
        status: s as CaseStatus,
        note: NOTES[s as CaseStatus] ?? '',
        byUser: by,
        at: new Date(posted.getTime() + (4 + k * 20) * HOUR),
      })),
    );
  }
  return counts;
}
