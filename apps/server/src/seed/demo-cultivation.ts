import { addDays, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit/audit.ts';
import type { Tx } from '../kernel/db/connection.ts';
import {
  cultivationCriteria,
  cultivationDeclarations,
  cultivationOutcomes,
  cultivationPool,
  cultivationTasks,
  cultivationVisits,
} from '../modules/cultivation/cultivation.table.ts';
import { loadEvaluationData } from '../modules/cultivation/evaluation.inputs.ts';
import { insertOutcomes } from '../modules/cultivation/evaluation.repository.ts';
import { evaluateAll } from '../modules/cultivation/evaluators.ts';
import { organisations, orgIndicators } from '../modules/org/org.table.ts';

const NO = {
  prohibitedIndustry: false,
  majorIncident: false,
  dishonestList: false,
  abnormalOperation: false,
  nationalAward5y: false,
  provincialRdInstitution: false,
  ledStandard5y: false,
};

/**
 * Fictional 示例 enterprises on both sides of the 科技型中小企业 rule (国科发政〔2017〕115号), evaluations of every
 * enterprise, and a 高企后备培育库 with tiers, an owner, visits, tasks and outcomes:
 * - 示例培育达标科技: 20 of 100 staff in R&D (12 points) and R&D 6% of sales (50): 62, just eligible;
 * - 示例差一人科技: 19 of 100 (8 points) and the same R&D: 58, one tech staff short of 60;
 * - 示例直通高企科技: few tech staff and little R&D, but a valid 高企 certificate: eligible directly (第七条).
 */
export async function seedCultivationDemo(
  tx: Tx,
  ctx: {
    now: Date;
    year: number;
    adminUserId: number | null;
    demoEnterpriseOrgId: number;
    uscc: (n: number) => string;
  },
) {
  if (!ctx.adminUserId) return { evaluations: 0, pool: 0 };
  const today = shanghaiDate(ctx.now);
  const base = {
    kind: 'enterprise' as const,
    status: 'verified' as const,
    park: '示例培育园区',
    industry: 'C',
    industryChain: 'electronics',
    foundedOn: '2016-03-01',
    verifiedAt: ctx.now,
  };
  const orgs = await tx
    .insert(organisations)
    .values([
      { ...base, name: '示例培育达标科技有限公司', uscc: ctx.uscc(700), legalRep: '示例法人甲' },
      { ...base, name: '示例差一人科技有限公司', uscc: ctx.uscc(701), legalRep: '示例法人乙' },
      {
        ...base,
        name: '示例直通高企科技有限公司',
        uscc: ctx.uscc(702),
        legalRep: '示例法人丙',
        hteCertNo: `GR${ctx.year - 1}14000999`,
        hteValidFrom: `${ctx.year - 1}-12-01`,
        hteValidTo: `${ctx.year + 2}-11-30`,
      },
    ])
    .returning({ id: organisations.id });
  const [qualifies, short, direct] = orgs.map((o) => o.id) as [number, number, number];
  const year = ctx.year - 1;
  const figures = (techStaff: number, rdExpense: number) => ({
    year,
    revenue: 1_000_000_000,
    rdExpense,
    totalAssets: 1_500_000_000,
    employees: 100,
    techStaff,
    totalCost: 900_000_000,
    netAssets: 600_000_000,
    totalLiabilities: 700_000_000,
    rdDomestic: rdExpense,
    totalIncome: 1_020_000_000,
    hightechIncome: 600_000_000,
    mainBusinessRevenue: 950_000_000,
    conversions: 2,
  });
  await tx.insert(orgIndicators).values([
    { orgId: qualifies, ...figures(20, 60_000_000) },
    { orgId: short, ...figures(19, 60_000_000) },
    { orgId: direct, ...figures(5, 5_000_000) },
  ]);
  await tx.insert(cultivationDeclarations).values(
    [qualifies, short, direct, ctx.demoEnterpriseOrgId].map((orgId) => ({
      orgId,
      ...NO,
      // The demo enterprise has not said yet whether it is on the list of abnormal operations: the policy items
      // that ask need that fact from it.
      ...(orgId === ctx.demoEnterpriseOrgId ? { abnormalOperation: null } : {}),
      declaredBy: ctx.adminUserId as number,
    })),
  );

  // Every enterprise evaluated once, as the nightly run would.
  const data = await loadEvaluationData(tx, sql`f.kind = 'enterprise' AND f.status <> 'rejected'`, 10_000);
  const rows = data.flatMap((d) => evaluateAll(d, today).outcomes.map((outcome) => ({ orgId: d.orgId, outcome })));
  await insertOutcomes(tx, rows, 'manual');

  const pool = [
    { orgId: qualifies, tier: 'sprint' as const },
    { orgId: short, tier: 'growing' as const },
    { orgId: ctx.demoEnterpriseOrgId, tier: 'seed' as const },
  ];
  await tx.insert(cultivationPool).values(
    pool.map((p) => ({
      ...p,
      ownerId: ctx.adminUserId,
      source: 'manual' as const,
      addedBy: ctx.adminUserId as number,
    })),
  );
  await tx.insert(cultivationVisits).values([
    {
      orgId: qualifies,
      visitedOn: addDays(today, -20),
      visitorId: ctx.adminUserId,
      notes: '示例走访：核对研发费用辅助账，建议补充知识产权布局。',
    },
    {
      orgId: short,
      visitedOn: addDays(today, -10),
      visitorId: ctx.adminUserId,
      notes: '示例走访：科技人员差 1 人达到 20%，企业计划引进研发人员。',
    },
  ]);
  await tx.insert(cultivationTasks).values([
    {
      orgId: short,
      title: '示例任务：新增 1 名科技人员并完成认定',
      dueOn: addDays(today, 7),
      assigneeId: ctx.adminUserId,
      createdBy: ctx.adminUserId,
      goalCode: 'tech-sme.score',
    },
    {
      orgId: qualifies,
      title: '示例任务：辅导申请发明专利',
      dueOn: addDays(today, 30),
      assigneeId: ctx.adminUserId,
      createdBy: ctx.adminUserId,
    },
  ]);
  await tx.insert(cultivationOutcomes).values([
    { orgId: qualifies, year: ctx.year - 1, outcome: 'applied', recordedBy: ctx.adminUserId },
    {
      orgId: short,
      year: ctx.year - 1,
      outcome: 'failed',
      reason: '示例：科技人员占比不足',
      recordedBy: ctx.adminUserId,
    },
  ]);
  // A saved criterion not applied yet, so that the pool page shows the enterprises applying it would add.
  await tx.insert(cultivationCriteria).values({
    name: '示例条件：科技型中小企业得分 60 分以上、高企尚未达标',
    filter: { hteNot: 'eligible', scoreMin: 60, kind: 'tech_sme' },
    tier: 'seed',
    ownerId: ctx.adminUserId,
    autoApply: true,
    createdBy: ctx.adminUserId as number,
  });
  await recordAudit(tx, null, {
    action: 'cultivation.pool.add',
    entity: 'cultivation_pool',
    entityId: null,
    after: { demo: true, pool },
  });
  return { evaluations: rows.length, pool: pool.length };
}
