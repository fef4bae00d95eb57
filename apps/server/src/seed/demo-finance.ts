import { shanghaiDate } from '@cz/shared';
import type { Product, ProductInput } from '@cz/shared/finance';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import {
  financeConsents,
  financeFactReads,
  financeInstitutions,
  financeProducts,
} from '../modules/finance/finance.table.ts';
import { memberships, users } from '../modules/identity/identity.table.ts';
import { organisations } from '../modules/org/org.table.ts';
import { DEMO_INSTITUTIONS } from './demo-finance.data.ts';
import { seedFinanceNeeds } from './demo-finance-needs.ts';
import { DEMO_PRODUCTS } from './demo-finance-products.data.ts';

const DAY = 86_400_000;
const _HOUR = 3_600_000;
const _wan = (n: number) => n * 1_000_000;

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

  const counts = await seedFinanceNeeds(tx, { ctx, published, orgIds, staff, enterpriseUser });

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
