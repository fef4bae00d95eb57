import { shanghaiDate } from '@cz/shared';
import {
  type CaseStatus,
  DECLINE_REASONS,
  type FinanceNeedPurpose,
  firstContactDue,
  type GuaranteeKind,
  type Product,
  type ProductInput,
} from '@cz/shared/finance';
import { calendarOf, type HolidayKind } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import {
  financeCaseEvents,
  financeCases,
  financeConsents,
  financeFactReads,
  financeInstitutions,
  financeNeeds,
  financeProducts,
  financePushes,
} from '../modules/finance/finance.table.ts';
import { pushTargets, rankAll } from '../modules/finance/matching.ts';
import { memberships, users } from '../modules/identity/identity.table.ts';
import { organisations } from '../modules/org/org.table.ts';
import { DEMO_INSTITUTIONS, DEMO_PRODUCTS } from './demo-finance.data.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const wan = (n: number) => n * 1_000_000;

type Ctx = {
  now: Date;
  passwordHash: string;
  /** The demo `finance` account, a member of the first institution. */
  financeUserId: number;
  officeUserId: number | null;
  enterpriseOrgId: number;
  uscc: (serial: number) => string;
};

const productOf = (id: number, institutionOrgId: number, p: ProductInput): Product => ({
  id,
  institutionOrgId,
  institutionName: '',
  institutionKind: 'bank',
  name: p.name,
  kind: p.kind,
  labels: p.labels ?? [],
  summary: p.summary,
  amount: p.amount,
  termMonths: p.termMonths,
  rate: p.rate,
  guaranteeKinds: p.guaranteeKinds,
  collateralKinds: p.collateralKinds ?? [],
  repaymentKinds: p.repaymentKinds ?? [],
  approvalDays: p.approvalDays,
  materials: p.materials ?? [],
  regions: p.regions ?? [],
  condition: (p.condition ?? null) as Product['condition'],
  policyItemIds: [],
  status: 'published',
  reviewNote: null,
  publishedAt: null,
  updatedAt: '',
});

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
 * 科技金融 demo (all fictional): ten institutions with profiles, 26 products across kinds and labels in every
 * listing status, 60 financing needs in every status with their pushes, loan cases at every step with their
 * history, and the demo enterprise's consents with their reads.
 */
export async function seedFinanceDemo(tx: Tx, ctx: Ctx) {
  const { rows: existing } = await tx.execute(sql`SELECT id, name FROM organisations WHERE kind = 'finance'`);
  const orgIdByName = new Map((existing as { id: number; name: string }[]).map((r) => [r.name, Number(r.id)]));
  const missing = DEMO_INSTITUTIONS.filter((i) => !orgIdByName.has(i.name));
  if (missing.length > 0) {
    const added = await tx
      .insert(organisations)
      .values(
        missing.map((inst, j) => ({
          kind: 'finance' as const,
          name: inst.name,
          uscc: ctx.uscc(6000 + j),
          legalRep: `示例负责人${81 + j}`,
          contactName: `示例联系人${81 + j}`,
          contactPhone: `0355-5552${String(100 + j)}`,
          address: `长治高新区示例金融街${j + 1}号`,
          industry: 'J',
          industryChain: 'other' as const,
          status: 'verified' as const,
          verifiedAt: ctx.now,
        })),
      )
      .returning();
    for (const o of added) orgIdByName.set(o.name, o.id);
  }
  const orgIds = DEMO_INSTITUTIONS.map((i) => orgIdByName.get(i.name) as number);

  // A member for each institution: the demo `finance` account for the first, a fictional 信贷经理 for the others.
  const staff: number[] = [ctx.financeUserId];
  for (const [j, inst] of DEMO_INSTITUTIONS.entries()) {
    if (j === 0) continue;
    const [u] = await tx
      .insert(users)
      .values({
        username: `finance-staff-${j}`,
        displayName: `${inst.name.replace(/^示例/, '示例·')}客户经理`,
        passwordHash: ctx.passwordHash,
        role: 'finance',
      })
      .returning();
    await tx.insert(memberships).values({ userId: u?.id as number, orgId: orgIds[j] as number, isOwner: true });
    staff.push(u?.id as number);
  }
  await tx.insert(financeInstitutions).values(
    DEMO_INSTITUTIONS.map((inst, j) => ({
      orgId: orgIds[j] as number,
      kind: inst.kind,
      intro: inst.intro,
      branches: [
        {
          name: `${inst.name}营业部`,
          address: `长治市示例路${10 + j}号`,
          phone: `0355-5553${100 + j}`,
          techBranch: false,
        },
        ...(inst.techBranch
          ? [
              {
                name: inst.techBranch,
                address: '长治高新区示例创新大道8号',
                phone: `0355-5553${200 + j}`,
                techBranch: true,
              },
            ]
          : []),
      ],
      contactName: `示例客户经理${j + 1}`,
      contactPhone: `0355-5554${String(100 + j)}`,
      updatedBy: staff[j] as number,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })),
  );

  const enterpriseUsers = new Map<number, number | null>();
  /** The first member of an enterprise, who posts its needs in the demo (null when it has none). */
  const enterpriseUser = async (orgId: number): Promise<number | null> => {
    if (enterpriseUsers.has(orgId)) return enterpriseUsers.get(orgId) ?? null;
    const { rows } = await tx.execute(
      sql`SELECT user_id FROM memberships WHERE org_id = ${orgId} ORDER BY user_id LIMIT 1`,
    );
    const id = rows[0] ? Number((rows[0] as { user_id: number }).user_id) : null;
    enterpriseUsers.set(orgId, id);
    return id;
  };
  const reviewed = ctx.officeUserId;
  const published: Product[] = [];
  for (const [k, p] of DEMO_PRODUCTS.entries()) {
    const i = p.input;
    const at = new Date(ctx.now.getTime() - (60 - k) * DAY);
    const wasPublished = ['published', 'suspended', 'retired'].includes(p.status);
    const [row] = await tx
      .insert(financeProducts)
      .values({
        institutionOrgId: orgIds[p.institution] as number,
        name: i.name,
        kind: i.kind,
        labels: i.labels ?? [],
        summary: i.summary,
        amountMinFen: i.amount.min,
        amountDefaultFen: i.amount.default,
        amountMaxFen: i.amount.max,
        termMinMonths: i.termMonths.min,
        termDefaultMonths: i.termMonths.default,
        termMaxMonths: i.termMonths.max,
        rateMode: i.rate?.mode ?? null,
        rateMinBp: i.rate?.minBp ?? null,
        rateDefaultBp: i.rate?.defaultBp ?? null,
        rateMaxBp: i.rate?.maxBp ?? null,
        guaranteeKinds: i.guaranteeKinds,
        collateralKinds: i.collateralKinds ?? [],
        repaymentKinds: i.repaymentKinds ?? [],
        approvalDays: i.approvalDays,
        materials: i.materials ?? [],
        regions: i.regions ?? [],
        condition: (i.condition ?? null) as never,
        status: p.status,
        reviewNote: p.status === 'returned' ? '请补充适用地区与申请条件' : null,
        reviewedBy: wasPublished || p.status === 'returned' ? reviewed : null,
        reviewedAt: wasPublished || p.status === 'returned' ? at : null,
        publishedAt: wasPublished ? at : null,
        createdBy: staff[p.institution] as number,
        createdAt: new Date(at.getTime() - 2 * DAY),
        updatedAt: at,
      })
      .returning();
    if (p.status === 'published') published.push(productOf(row?.id as number, orgIds[p.institution] as number, i));
  }

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

  // The demo enterprise lets the demo bank read its indicators and IP until three months on (read twice), and had
  // let a guarantor read its evaluations before revoking that.
  const [consent] = await tx
    .insert(financeConsents)
    .values([
      {
        orgId: ctx.enterpriseOrgId,
        institutionOrgId: orgIds[0] as number,
        scopes: ['indicators', 'ip'],
        validUntil: shanghaiDate(new Date(ctx.now.getTime() + 90 * DAY)),
        grantedBy: (await enterpriseUser(ctx.enterpriseOrgId)) ?? ctx.financeUserId,
        grantedAt: new Date(ctx.now.getTime() - 6 * DAY),
      },
      {
        orgId: ctx.enterpriseOrgId,
        institutionOrgId: orgIds[1] as number,
        scopes: ['evaluations'],
        validUntil: shanghaiDate(new Date(ctx.now.getTime() + 30 * DAY)),
        grantedBy: (await enterpriseUser(ctx.enterpriseOrgId)) ?? ctx.financeUserId,
        grantedAt: new Date(ctx.now.getTime() - 20 * DAY),
        revokedBy: (await enterpriseUser(ctx.enterpriseOrgId)) ?? ctx.financeUserId,
        revokedAt: new Date(ctx.now.getTime() - 10 * DAY),
      },
    ])
    .returning();
  await tx.insert(financeFactReads).values(
    [5, 2].map((d) => ({
      consentId: consent?.id as number,
      readerId: ctx.financeUserId,
      scopes: ['indicators', 'ip'] as ('indicators' | 'ip')[],
      readAt: new Date(ctx.now.getTime() - d * DAY),
    })),
  );
  return {
    financeInstitutions: DEMO_INSTITUTIONS.length,
    financeProducts: DEMO_PRODUCTS.length,
    financeNeeds: counts.needs,
    financeCases: counts.cases,
    financePushes: counts.pushes,
  };
}
