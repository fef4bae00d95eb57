import {
  type IndustryChain,
  type OrgKind,
  type OrgStatus,
  PARKS,
  type Role,
  USCC_ALPHABET,
  withUsccCheck,
} from '@cz/shared';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit/audit.ts';
import type { Db } from '../kernel/db/connection.ts';
import { memberships, users } from '../modules/identity/identity.table.ts';
import { hashPassword, verifyPassword } from '../modules/identity/password.ts';
import { organisations, orgFactChanges, orgIndicators } from '../modules/org/org.table.ts';
import { seedCultivationDemo } from './demo-cultivation.ts';
import { seedFinanceDemo } from './demo-finance.ts';
import { seedFinanceMoreDemo } from './demo-finance-more.ts';
import { seedInstrumentDemo } from './demo-instruments.ts';
import { seedIpDemo } from './demo-ip.ts';
import { seedIpCasesDemo } from './demo-ip-cases.ts';
import { seedMarketDemo } from './demo-market.ts';
import { seedMarketCataloguesDemo } from './demo-market-catalogues.ts';
import { seedMarketDealsDemo } from './demo-market-deals.ts';
import { seedMarketEventsDemo } from './demo-market-events.ts';
import { seedMarketFilesDemo } from './demo-market-files.ts';
import { seedMarketNeedsDemo, seedMarketPushesDemo } from './demo-market-needs.ts';
import { seedMarketPatentsDemo } from './demo-market-patents.ts';
import { seedMaterialsDemo } from './demo-materials.ts';
import { seedNewsDemo } from './demo-news.ts';
import { storeDemoPhotos } from './demo-photos.ts';
import { seedPolicyDemo } from './demo-policy.ts';
import { seedPolicyApplicationsDemo } from './demo-policy-applications.ts';
import { seedPolicyItemsDemo } from './demo-policy-items.ts';
import { DEMO_SERVICE_PROVIDERS } from './demo-services.data.ts';
import { seedServiceDemo } from './demo-services.ts';
import { seedVoucherDemo } from './demo-vouchers.ts';

/** Every name here is fictional (示例); phones use the reserved-looking 0355-5550xxx pattern. */
export const DEMO_PASSWORD = 'Changzhi-Demo-2026';
export const DEMO_ACCOUNTS = [
  {
    username: 'superadmin',
    role: 'superadmin',
    label: '平台超级管理员 Platform superadmin',
    org: null,
    department: '管委会',
  },
  {
    username: 'admin',
    role: 'admin',
    label: '科技创新部管理员 Innovation department admin',
    org: null,
    department: '科技创新部',
  },
  {
    username: 'finoffice',
    role: 'admin',
    label: '财政金融部管理员 Finance office admin',
    org: null,
    department: '财政金融部',
  },
  {
    username: 'enterprise',
    role: 'enterprise',
    label: '示例恒远精密电子有限公司 (enterprise)',
    org: 0,
    department: null,
  },
  {
    username: 'provider',
    role: 'provider',
    label: '示例检验检测中心 (service provider)',
    org: 'provider',
    department: null,
  },
  {
    username: 'finance',
    role: 'finance',
    label: '示例科技银行 (finance institution)',
    org: 'finance',
    department: null,
  },
  {
    username: 'university',
    role: 'enterprise',
    label: '示例理工学院技术转移中心 (university)',
    org: 'university',
    department: null,
  },
  { username: 'expert', role: 'expert', label: '示例评审专家 (expert)', org: null, department: null },
  // An expert the administration named 技术经理人: reviews the needs' suggestions and pushes them.
  { username: 'broker', role: 'expert', label: '示例技术经理人 (technology broker)', org: null, department: null },
  {
    username: 'evaluator',
    role: 'evaluator',
    label: '示例第三方评估机构 (third-party evaluator)',
    org: null,
    department: null,
  },
].map((a) => ({ ...a, role: a.role as Role, password: DEMO_PASSWORD }));

const CHAINS: { chain: IndustryChain; industry: string; words: string[] }[] = [
  { chain: 'electronics', industry: 'C', words: ['精密电子', '智能终端', '电子材料', '微电子', '连接器', '传感器'] },
  {
    chain: 'equipment',
    industry: 'C',
    words: ['智能装备', '数控机床', '液压机械', '工业机器人', '精工制造', '自动化'],
  },
  {
    chain: 'photovoltaic',
    industry: 'C',
    words: ['光伏科技', '光电材料', '深紫外光电', '储能科技', '光伏组件', '新能源'],
  },
  {
    chain: 'new_materials',
    industry: 'C',
    words: ['新材料', '特种合金', '高分子材料', '陶瓷材料', '复合材料', '纳米材料'],
  },
  { chain: 'carbon_materials', industry: 'C', words: ['炭材料', '碳纤维', '石墨烯', '针状焦', '活性炭', '碳基科技'] },
];

/** A deterministic, well-formed USCC in the 长治 division (140400) for demo organisation number n. */
export function demoUscc(n: number, kindDigit = '91'): string {
  let code = '';
  let v = n + 7919;
  for (let i = 0; i < 6; i++) {
    code = USCC_ALPHABET[v % 31] + code;
    v = Math.floor(v / 31);
  }
  return withUsccCheck(`${kindDigit}140400MA0${code}`);
}

const BRANDS = ['恒远', '锦程', '瑞达', '新辰', '泰和', '华晟', '启明', '云帆'];

/** Whether an active demo account still has the published demo password (a production server must not start so). */
export async function demoAccountsPresent(db: Db): Promise<boolean> {
  const rows = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(
      and(
        inArray(
          users.username,
          DEMO_ACCOUNTS.map((a) => a.username),
        ),
        eq(users.status, 'active'),
      ),
    );
  for (const r of rows) if (await verifyPassword(r.hash, DEMO_PASSWORD)) return true;
  return false;
}

type Seeded = { orgs: number; users: number; instruments?: number; bookings?: number };

/** Seeds the demo data once: when the database has no users yet. Returns null when it did nothing. */
/**
 * `uploadDir`: where uploads are kept; when given, demo instruments get pictures (stored as uploads there).
 */
export async function seedDemo(
  db: Db,
  opts: { thisYear?: number; now?: Date; uploadDir?: string } = {},
): Promise<Seeded | null> {
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if (n > 0) return null;
  const thisYear = opts.thisYear ?? new Date().getFullYear();
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    // Two instances starting on one empty database: the second waits here and then finds users.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(727274002)`);
    const [again] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((again?.n ?? 0) > 0) return { orgs: 0, users: 0 };

    const enterpriseRows: (typeof organisations.$inferInsert)[] = [];
    let serial = 0;
    for (let i = 0; i < 36; i++) {
      const c = CHAINS[i % CHAINS.length] as (typeof CHAINS)[number];
      const word = c.words[Math.floor(i / CHAINS.length) % c.words.length] as string;
      const brand = BRANDS[Math.floor(i / CHAINS.length) % BRANDS.length] as string;
      const status: OrgStatus = i >= 33 ? 'pending' : 'verified';
      enterpriseRows.push({
        kind: 'enterprise',
        name: `示例${brand}${word}有限公司`,
        uscc: demoUscc(serial++),
        legalRep: `示例法人${String(i + 1).padStart(2, '0')}`,
        contactName: `示例联系人${String(i + 1).padStart(2, '0')}`,
        contactPhone: `0355-5550${String(100 + i).padStart(3, '0')}`,
        address: `长治高新区示例路${i + 1}号`,
        park: PARKS[i % PARKS.length] as string,
        industry: i % 7 === 6 ? 'I' : c.industry,
        industryChain: c.chain,
        foundedOn: `${2008 + (i % 14)}-0${1 + (i % 9)}-1${i % 9}`,
        registeredCapital: (500 + ((i * 137) % 4500)) * 1_000_000,
        isAboveScale: i % 3 === 0,
        hteCertNo: i % 4 === 0 ? `GR20${20 + (i % 5)}14000${String(100 + i)}` : null,
        hteValidFrom: i % 4 === 0 ? `${2020 + (i % 5)}-12-01` : null,
        hteValidTo: i % 4 === 0 ? `${2023 + (i % 5)}-11-30` : null,
        tsmeRegNo: i % 2 === 0 ? `${thisYear}14040${String(10000 + i)}` : null,
        isSpecialized: i % 5 === 1,
        status,
        verifiedAt: status === 'verified' ? new Date() : null,
      });
    }
    const others: (typeof organisations.$inferInsert)[] = [
      ['provider', '示例检验检测中心有限公司', 'M'],
      ['provider', '示例技术转移服务有限公司', 'M'],
      ['provider', '示例知识产权代理事务所', 'L'],
      ['provider', '示例材料分析测试中心有限公司', 'M'],
      ['provider', '示例光伏质量检测中心有限公司', 'M'],
      ['provider', '示例精密计量技术有限公司', 'M'],
      ['finance', '示例科技银行长治分行', 'J'],
      ['finance', '示例融资担保有限公司', 'J'],
      ['university', '示例理工学院', 'P'],
      ['university', '示例新材料研究院', 'M'],
      ['incubator', '示例众创空间', 'M'],
      ['incubator', '示例科技企业孵化器', 'M'],
      ...DEMO_SERVICE_PROVIDERS.map((name) => ['provider', name, name.includes('投资') ? 'J' : 'M']),
    ].map(([kind, name, industry], j) => ({
      kind: kind as OrgKind,
      name: name as string,
      uscc: demoUscc(serial++, kind === 'university' ? '12' : '91'),
      legalRep: `示例负责人${j + 1}`,
      contactName: `示例联系人${j + 51}`,
      contactPhone: `0355-5551${String(100 + j)}`,
      address: `长治高新区示例大道${j + 1}号`,
      park: PARKS[4],
      industry: industry as string,
      industryChain: 'other',
      status: 'verified' as const,
      verifiedAt: new Date(),
    }));
    const inserted = await tx
      .insert(organisations)
      .values([...enterpriseRows, ...others])
      .returning();

    const indicatorRows = inserted
      .filter((o) => o.kind === 'enterprise')
      .flatMap((o, i) =>
        [thisYear - 3, thisYear - 2, thisYear - 1].map((year, k) => {
          const revenue = (2_000 + ((i * 733) % 30_000)) * 10_000 * 100 * (1 + 0.12 * k); // 2000万–3.2亿元, growing
          const employees = 40 + ((i * 37) % 460) + k * 5;
          return {
            orgId: o.id,
            year,
            revenue: Math.round(revenue),
            rdExpense: Math.round(revenue * (0.02 + (i % 6) * 0.01)),
            totalAssets: Math.round(revenue * 1.4),
            employees,
            techStaff: Math.round(employees * (0.08 + (i % 5) * 0.06)),
            totalCost: Math.round(revenue * 0.86),
            netAssets: Math.round(revenue * 0.6),
            totalLiabilities: Math.round(revenue * 0.8),
            rdDomestic: Math.round(revenue * (0.02 + (i % 6) * 0.01) * 0.9),
            totalIncome: Math.round(revenue * 1.02),
            hightechIncome: Math.round(revenue * (0.5 + (i % 4) * 0.1)),
            mainBusinessRevenue: Math.round(revenue * 0.9),
            conversions: i % 6,
          };
        }),
      );
    await tx.insert(orgIndicators).values(indicatorRows);

    // One request waiting for the administration: a verified enterprise asks to change its legal representative and
    // declares a 科技型中小企业 number, neither of which counts until approved.
    const asking = inserted.find((o, i) => i > 0 && o.kind === 'enterprise' && o.status === 'verified' && !o.tsmeRegNo);
    if (asking)
      await tx.insert(orgFactChanges).values({
        orgId: asking.id,
        changes: [
          { field: 'legalRep', from: asking.legalRep, to: '示例新任法人' },
          { field: 'tsmeRegNo', from: null, to: `${thisYear}14040${String(20000 + asking.id)}` },
        ],
        requestedAt: opts.now ?? new Date(),
      });

    const orgIdFor = (ref: number | string | null) => {
      if (ref === null) return null;
      if (typeof ref === 'number') return inserted[ref]?.id ?? null;
      return inserted.find((o) => o.kind === ref)?.id ?? null;
    };
    for (const a of DEMO_ACCOUNTS) {
      const [u] = await tx
        .insert(users)
        .values({
          username: a.username,
          displayName: a.label.split(' ')[0] as string,
          passwordHash,
          role: a.role,
          department: a.department,
        })
        .returning();
      const orgId = orgIdFor(a.org);
      if (u && orgId) await tx.insert(memberships).values({ userId: u.id, orgId, isOwner: true });
    }
    const enterpriseUser = await tx.execute(sql`SELECT id FROM users WHERE username = 'enterprise'`);
    const photos = opts.uploadDir ? await storeDemoPhotos(tx, opts.uploadDir) : new Map<string, string>();
    const demo = await seedInstrumentDemo(tx, {
      orgIdByName: new Map(inserted.map((o) => [o.name, o.id])),
      buyerOrgIds: inserted.filter((o) => o.kind === 'enterprise' && o.status === 'verified').map((o) => o.id),
      demoEnterprise: { userId: enterpriseUser.rows[0]?.id as number, orgId: inserted[0]?.id as number },
      passwordHash,
      now: opts.now ?? new Date(),
      photos,
    });
    const listed = await seedServiceDemo(tx, {
      orgIdByName: new Map(inserted.map((o) => [o.name, o.id])),
      passwordHash,
    });
    const adminUser = await tx.execute(sql`SELECT id FROM users WHERE username = 'admin'`);
    const vouchers = await seedVoucherDemo(tx, {
      now: opts.now ?? new Date(),
      year: thisYear,
      demoEnterpriseOrgId: inserted[0]?.id as number,
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
    });
    const ip = await seedIpDemo(tx, {
      now: opts.now ?? new Date(),
      enterprises: inserted.filter((o) => o.kind === 'enterprise' && o.status === 'verified'),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
    });
    const cultivation = await seedCultivationDemo(tx, {
      now: opts.now ?? new Date(),
      year: thisYear,
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      demoEnterpriseOrgId: inserted[0]?.id as number,
      uscc: (k) => demoUscc(serial + k),
    });
    const vault = await seedMaterialsDemo(tx, {
      now: opts.now ?? new Date(),
      year: thisYear,
      enterprise: {
        userId: enterpriseUser.rows[0]?.id as number,
        orgId: inserted[0]?.id as number,
        name: inserted[0]?.name as string,
        foundedOn: inserted[0]?.foundedOn ?? null,
      },
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      uploadDir: opts.uploadDir,
    });
    const policies = await seedPolicyDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
    });
    const redemptions = await seedPolicyApplicationsDemo(tx, {
      now: opts.now ?? new Date(),
      year: thisYear,
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      enterprise: { orgId: inserted[0]?.id as number, userId: enterpriseUser.rows[0]?.id as number },
      enterprises: inserted.filter((o) => o.kind === 'enterprise' && o.status === 'verified'),
      uploadDir: opts.uploadDir,
    });
    const policyItems = await seedPolicyItemsDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
    });
    const market = await seedMarketDemo(tx, {
      now: opts.now ?? new Date(),
      demoEnterprise: {
        id: inserted[0]?.id as number,
        name: inserted[0]?.name as string,
        kind: 'enterprise',
        userId: enterpriseUser.rows[0]?.id as number,
      },
      // Enterprises and the university and institute among the owners (科技成果 come from all three).
      owners: [
        ...inserted.filter((o, i) => i > 0 && o.status === 'verified' && o.kind === 'enterprise').slice(0, 3),
        ...inserted.filter((o) => o.status === 'verified' && o.kind === 'university').slice(0, 2),
      ].map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
    });
    const marketNeeds = await seedMarketNeedsDemo(tx, {
      now: opts.now ?? new Date(),
      demoEnterprise: {
        id: inserted[0]?.id as number,
        name: inserted[0]?.name as string,
        kind: 'enterprise',
        userId: enterpriseUser.rows[0]?.id as number,
      },
      // 技术需求 come from enterprises.
      owners: inserted
        .filter((o, i) => i > 0 && o.status === 'verified' && o.kind === 'enterprise')
        .slice(0, 8)
        .map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
    });
    const expertUser = await tx.execute(sql`SELECT id FROM users WHERE username = 'expert'`);
    const brokerUser = await tx.execute(sql`SELECT id FROM users WHERE username = 'broker'`);
    const marketPushes = await seedMarketPushesDemo(tx, {
      now: opts.now ?? new Date(),
      brokerUserId: (brokerUser.rows[0]?.id as number) ?? null,
      // The demo expert is a broker too (its workbench shows the needs waiting for one).
      otherBrokerUserIds: expertUser.rows.map((r) => Number(r.id)),
    });
    // The market's deals, contracts and registrations, between the organisations that have demo accounts.
    const { rows: members } = await tx.execute(sql`
      SELECT u.username, u.id AS user_id, o.id AS org_id, o.name FROM users u
      JOIN memberships m ON m.user_id = u.id JOIN organisations o ON o.id = m.org_id
      WHERE u.username IN ('enterprise', 'university', 'provider', 'finance')`);
    const party = (username: string) => {
      const r = members.find((m) => m.username === username);
      return { orgId: Number(r?.org_id), userId: Number(r?.user_id), name: String(r?.name) };
    };
    const marketDeals = await seedMarketDealsDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      enterprise: party('enterprise'),
      university: party('university'),
      provider: party('provider'),
      finance: party('finance'),
      uploadDir: opts.uploadDir,
    });
    const marketPatents = await seedMarketPatentsDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      university: party('university'),
      provider: party('provider'),
      uploadDir: opts.uploadDir,
    });
    const marketFiles = await seedMarketFilesDemo(tx, {
      university: party('university'),
      enterprise: party('enterprise'),
      uploadDir: opts.uploadDir,
    });
    const marketCatalogues = await seedMarketCataloguesDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
    });
    const ipCases = await seedIpCasesDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      expertUserId: (expertUser.rows[0]?.id as number) ?? null,
      enterprise: { orgId: inserted[0]?.id as number, userId: enterpriseUser.rows[0]?.id as number },
    });
    const marketEvents = await seedMarketEventsDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      enterpriseOrgId: inserted[0]?.id as number,
      enterpriseUserId: (enterpriseUser.rows[0]?.id as number) ?? null,
    });
    const officeUser = await tx.execute(sql`SELECT id FROM users WHERE username = 'finoffice'`);
    const finance = await seedFinanceDemo(tx, {
      now: opts.now ?? new Date(),
      passwordHash,
      financeUserId: party('finance').userId,
      officeUserId: (officeUser.rows[0]?.id as number) ?? null,
      enterpriseOrgId: inserted[0]?.id as number,
      uscc: (n) => demoUscc(n),
    });
    const financeMore = await seedFinanceMoreDemo(tx, {
      now: opts.now ?? new Date(),
      officeUserId: (officeUser.rows[0]?.id as number) ?? null,
      financeUserId: party('finance').userId,
    });
    const news = await seedNewsDemo(tx, {
      now: opts.now ?? new Date(),
      adminUserId: (adminUser.rows[0]?.id as number) ?? null,
      photos,
    });
    await recordAudit(tx, null, {
      action: 'system.seed_demo',
      entity: 'system',
      entityId: null,
      after: {
        orgs: inserted.length,
        ...demo,
        ...listed,
        ...vouchers,
        ...ip,
        ...cultivation,
        ...vault,
        ...policies,
        ...redemptions,
        ...policyItems,
        ...market,
        ...marketNeeds,
        ...marketPushes,
        ...marketDeals,
        ...marketPatents,
        ...marketFiles,
        ...marketCatalogues,
        ...marketEvents,
        ...ipCases,
        ...finance,
        ...financeMore,
        ...news,
      },
    });
    return { orgs: inserted.length, users: DEMO_ACCOUNTS.length, ...demo };
  });
}
