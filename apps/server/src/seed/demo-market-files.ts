import { sql } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit/audit.ts';
import type { Tx } from '../kernel/db/connection.ts';
import { shareAchievementFiles } from '../modules/market/achievements.files.ts';
import { samplePdf, storeUpload } from './demo-materials.ts';

type Party = { orgId: number; userId: number; name: string };

/**
 * Files of two published achievements of 示例理工学院: one the demo enterprise negotiates about carries a 技术说明书
 * that only the deal's sides (and the administration) may download, one with no deal a 检测报告 its owner made public.
 * Both are small generated PDFs, as the demo's other documents; every text is fictional (示例).
 */
export async function seedMarketFilesDemo(
  tx: Tx,
  ctx: { university: Party; enterprise: Party; uploadDir?: string | undefined },
) {
  const pick = async (withDeal: boolean) => {
    const { rows } = await tx.execute(sql`
      SELECT a.id, a.title FROM market_achievements a
      WHERE a.owner_org_id = ${ctx.university.orgId} AND a.status = 'published'
        AND ${withDeal ? sql`` : sql`NOT`} EXISTS (
          SELECT 1 FROM market_deals d WHERE d.achievement_id = a.id
            AND ${withDeal ? sql`d.buyer_org_id = ${ctx.enterprise.orgId}` : sql`true`})
      ORDER BY a.id LIMIT 1`);
    const r = rows[0] as { id: number; title: string } | undefined;
    return r && { id: Number(r.id), title: r.title };
  };
  const owner = {
    userId: ctx.university.userId,
    role: 'enterprise' as const,
    orgId: ctx.university.orgId,
    ip: null,
    requestId: 'demo-seed',
  };
  let files = 0;
  for (const [a, kind, lines, isPublic] of [
    [
      await pick(true),
      '技术说明书',
      ['一、技术原理与工艺路线（示例）', '二、主要技术指标与测试条件（示例）', '三、实施所需设备与场地（示例）'],
      false,
    ],
    [
      await pick(false),
      '检测报告',
      ['检测单位：示例检测中心', '检测依据：示例标准', '结论：各项指标符合委托要求（示例）'],
      true,
    ],
  ] as const) {
    if (!a) continue;
    const hash = await storeUpload(
      tx,
      ctx.uploadDir,
      samplePdf(`${a.title} ${kind}（示例）`, [`成果名称：${a.title}`, `持有单位：${ctx.university.name}`, ...lines]),
      `${a.title} ${kind}（示例）.pdf`,
      { userId: ctx.university.userId, orgId: ctx.university.orgId },
    );
    await tx.execute(sql`
      UPDATE market_achievements SET attachments = ARRAY[${hash}]::text[], attachments_public = ${isPublic}
      WHERE id = ${a.id}`);
    await shareAchievementFiles(tx, owner, a.id);
    await recordAudit(tx, null, {
      action: 'market.achievement.update',
      entity: 'market_achievement',
      entityId: a.id,
      after: { attachments: [hash], attachmentsPublic: isPublic },
    });
    files++;
  }
  return { marketAchievementFiles: files };
}
