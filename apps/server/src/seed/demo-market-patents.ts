import { addDays, patentCheckChar, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit/audit.ts';
import type { Tx } from '../kernel/db/connection.ts';
import { ipRecords } from '../modules/ip/ip.table.ts';
import { OPEN_LICENCE_FILES } from '../modules/market/patents.service.ts';
import { attachUploads } from '../modules/upload/index.ts';
import { samplePdf, storeUpload } from './demo-materials.ts';

type Party = { orgId: number; userId: number; name: string };
const WAN = 1_000_000;

/** A fictional, well-formed CN application number (ZC 0006-2003) in a block of its own ("0666…"). */
const demoPatentNo = (year: number, type: string, n: number) => {
  const digits = `${year}${type}0666${String(n).padStart(3, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
};

/**
 * 专利超市 and 开放许可 in the demo: six patents of 示例理工学院 (a public institution), registered and verified in
 * the IP registry and attached to its published achievements offered for transfer or licence; it has declared open
 * licences for four of them (one a utility model with its 专利权评价报告) and may declare one more, and the provider
 * has taken one for two years — the deal agreed at the declared fee, its contract still to be drafted. The
 * achievements used are not those of the demo's negotiations, so the demo enterprise can take an open licence
 * itself. Every name, number and text is fictional (示例).
 */
export async function seedMarketPatentsDemo(
  tx: Tx,
  ctx: {
    now: Date;
    adminUserId: number | null;
    university: Party;
    provider: Party;
    uploadDir?: string | undefined;
  },
) {
  const none = { marketPatents: 0, openLicences: 0 };
  if (!ctx.adminUserId) return none;
  const today = shanghaiDate(ctx.now);
  const published = async (orgId: number) => {
    const { rows } = await tx.execute(sql`
      SELECT a.id, a.title FROM market_achievements a
      WHERE a.owner_org_id = ${orgId} AND a.status = 'published'
        AND NOT EXISTS (SELECT 1 FROM market_deals d WHERE d.achievement_id = a.id)
      ORDER BY a.id DESC`);
    return rows.map((r) => ({ id: Number(r.id), title: String(r.title) }));
  };
  const ofUniversity = await published(ctx.university.orgId);
  if (ofUniversity.length === 0) return none;

  type Demo = {
    owner: Party;
    achievement: { id: number; title: string } | undefined;
    kind: 'invention' | 'utility_model';
    title: string;
    year: number;
    modes: string[];
    licence?: { annualWan: number; royaltyPermille?: number; minYears: number; terms: string; announcement?: string };
  };
  // Each patent goes with the institute's achievement it belongs to (found by a word of its title).
  const u = (word: string) => ofUniversity.find((a) => a.title.includes(word));
  const demos: Demo[] = [
    {
      owner: ctx.university,
      achievement: u('分布式光伏'),
      kind: 'invention',
      title: '示例分布式光伏电站故障定位方法',
      year: 2021,
      modes: ['transfer', 'licence'],
      licence: {
        annualWan: 3,
        minYears: 1,
        terms: '每个许可年度开始后 30 日内一次性支付当年许可使用费',
        announcement: '示例开放许可公告 2025-0123',
      },
    },
    {
      owner: ctx.university,
      achievement: u('多孔炭电极'),
      kind: 'invention',
      title: '示例煤基多孔炭电极材料制备方法',
      year: 2020,
      modes: ['licence'],
      licence: {
        annualWan: 5,
        royaltyPermille: 15,
        minYears: 2,
        terms: '年费于每年 1 月支付；提成按上一年度含该专利产品销售额每季度结算',
      },
    },
    {
      owner: ctx.university,
      achievement: u('关节减速器'),
      kind: 'invention',
      title: '示例协作机器人关节减速器寿命预测方法',
      year: 2022,
      modes: ['transfer', 'licence'],
      licence: { annualWan: 8, minYears: 1, terms: '签订许可合同后 15 日内支付首年许可使用费，以后每年同日支付' },
    },
    {
      owner: ctx.university,
      achievement: u('光伏组件清洗'),
      kind: 'utility_model',
      title: '示例光伏组件清洗机器人行走机构',
      year: 2023,
      modes: ['licence', 'transfer'],
      licence: { annualWan: 1, minYears: 1, terms: '每年一次性支付', announcement: '示例开放许可公告 2025-0456' },
    },
    {
      owner: ctx.university,
      achievement: u('粉煤灰'),
      kind: 'invention',
      title: '示例粉煤灰酸溶提取氧化铝工艺',
      year: 2019,
      modes: ['transfer'],
    },
    {
      owner: ctx.university,
      achievement: u('智能仓储穿梭车'),
      kind: 'invention',
      title: '示例智能仓储穿梭车定位控制方法',
      year: 2022,
      modes: ['transfer', 'licence'],
    },
  ];

  let patents = 0;
  let licences = 0;
  const licenceIds: number[] = [];
  for (const [i, d] of demos.entries()) {
    const achievement = d.achievement;
    if (!achievement) continue;
    const appliedOn = `${d.year}-0${(i % 8) + 1}-1${i % 9}`;
    const years = d.kind === 'invention' ? 20 : 10;
    const [rec] = await tx
      .insert(ipRecords)
      .values({
        orgId: d.owner.orgId,
        kind: d.kind,
        number: demoPatentNo(d.year, d.kind === 'invention' ? '1' : '2', i + 1),
        title: d.title,
        holders: d.owner.name,
        appliedOn,
        grantedOn: addDays(appliedOn, d.kind === 'invention' ? 700 : 200),
        expiresOn: addDays(addDays(appliedOn, 365 * years + Math.floor(years / 4)), -1),
        legalStatus: 'valid',
        acquisition: 'own',
        feeDueOn: addDays(today, 90 + i * 20),
        verification: 'verified',
        verifiedAt: ctx.now,
        verifiedBy: ctx.adminUserId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!rec) continue;
    patents++;
    await recordAudit(tx, null, { action: 'ip.create', entity: 'ip_record', entityId: rec.id, after: rec });
    await tx.execute(sql`
      UPDATE market_achievements
      SET ip_record_ids = array_append(ip_record_ids, ${rec.id}::bigint),
          transfer_modes = (SELECT array_agg(DISTINCT m) FROM unnest(transfer_modes || ${`{${d.modes.join(',')}}`}::text[]) m)
      WHERE id = ${achievement.id}`);
    if (!d.licence) continue;
    let report: string | null = null;
    if (d.kind === 'utility_model')
      report = await storeUpload(
        tx,
        ctx.uploadDir,
        samplePdf('实用新型专利权评价报告（示例）', [
          `专利号：${rec.number}`,
          `专利名称：${d.title}`,
          '结论：全部权利要求未发现存在不符合授予专利权条件的缺陷（示例）',
        ]),
        `${d.title} 专利权评价报告（示例）.pdf`,
        { userId: d.owner.userId, orgId: d.owner.orgId },
      );
    const declaredAt = new Date(ctx.now.getTime() - (40 - i * 7) * 86_400_000);
    const { rows } = await tx.execute(sql`
      INSERT INTO market_open_licences (achievement_id, ip_record_id, owner_org_id, annual_fen, royalty_permille,
                                        payment_terms, min_years, evaluation_report, announcement_no, declared_by,
                                        declared_at)
      VALUES (${achievement.id}, ${rec.id}, ${d.owner.orgId}, ${d.licence.annualWan * WAN},
              ${d.licence.royaltyPermille ?? null}, ${d.licence.terms}, ${d.licence.minYears}, ${report},
              ${d.licence.announcement ?? null}, ${d.owner.userId}, ${declaredAt.toISOString()})
      RETURNING id`);
    const id = Number((rows[0] as { id: number }).id);
    licenceIds.push(id);
    licences++;
    if (report)
      await attachUploads(
        tx,
        { userId: d.owner.userId, role: 'enterprise', orgId: d.owner.orgId, ip: null, requestId: 'demo-seed' },
        { kind: OPEN_LICENCE_FILES, id, orgIds: [d.owner.orgId], public: true },
        [report],
      );
    await recordAudit(tx, null, {
      action: 'market.open_licence.declare',
      entity: 'market_open_licence',
      entityId: id,
      after: { achievementId: achievement.id, ipRecordId: rec.id, number: rec.number },
    });
  }

  // The provider took the first open licence for two years: agreed at the declared fee, the contract to be drafted.
  const taken = licenceIds[0];
  const first = demos[0] as Demo;
  if (taken && first.licence && first.achievement) {
    const at = new Date(ctx.now.getTime() - 5 * 86_400_000);
    const { rows } = await tx.execute(sql`
      INSERT INTO market_deals (achievement_id, seller_org_id, buyer_org_id, seller_public, status, agreed_fen,
                                agreed_at, open_licence_id, licence_years, opened_by, created_at, updated_at)
      VALUES (${first.achievement.id}, ${ctx.university.orgId}, ${ctx.provider.orgId}, true, 'agreed',
              ${first.licence.annualWan * WAN * 2}, ${at.toISOString()}, ${taken}, 2, ${ctx.provider.userId},
              ${at.toISOString()}, ${at.toISOString()})
      RETURNING id`);
    const dealId = Number((rows[0] as { id: number }).id);
    await tx.execute(sql`
      INSERT INTO market_deal_messages (deal_id, side, author_id, body, created_at)
      VALUES (${dealId}, 'buyer', ${ctx.provider.userId},
              ${'示例：我方依贵方开放许可声明实施该专利两年，用于检测服务中的薄膜样品制备，将按声明的标准支付许可使用费。'},
              ${at.toISOString()})`);
  }
  return { marketPatents: patents, openLicences: licences };
}
