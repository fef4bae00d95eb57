import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';

const DAY = 86_400_000;

/**
 * 科技成果推送活动: one held a little before the demo enterprise's negotiations began (their achievements featured,
 * the pairs that met recorded, so its yield shows them), and one planned for next month that the demo enterprise is
 * invited to.
 */
export async function seedMarketEventsDemo(
  tx: Tx,
  ctx: { now: Date; adminUserId: number | null; enterpriseOrgId: number; enterpriseUserId: number | null },
) {
  if (!ctx.adminUserId) return { marketEvents: 0 };
  const { rows: deals } = await tx.execute(sql`
    SELECT achievement_id, created_at FROM market_deals
    WHERE buyer_org_id = ${ctx.enterpriseOrgId} AND status IN ('negotiating', 'notice') ORDER BY id`);
  const pairs = deals as { achievement_id: number; created_at: string }[];
  const { rows: more } = await tx.execute(sql`
    SELECT id FROM market_achievements WHERE status = 'published' AND field = 'energy' ORDER BY id LIMIT 3`);
  const { rows: others } = await tx.execute(sql`
    SELECT id FROM org_directory WHERE kind = 'enterprise' AND status = 'verified' AND id <> ${ctx.enterpriseOrgId}
    ORDER BY id LIMIT 4`);
  const featured = [
    ...new Set([...pairs.map((p) => Number(p.achievement_id)), ...(more as { id: number }[]).map((r) => Number(r.id))]),
  ];
  if (featured.length === 0) return { marketEvents: 0 };
  const firstDeal = pairs.length ? Math.min(...pairs.map((p) => new Date(p.created_at).getTime())) : ctx.now.getTime();
  const heldStart = new Date(firstDeal - 2 * DAY);
  heldStart.setUTCHours(1, 30, 0, 0); // 09:30 in Shanghai
  const event = async (title: string, description: string, start: Date, hours: number, status: string) => {
    const { rows } = await tx.execute(sql`
      INSERT INTO market_events (title, description, venue, starts_at, ends_at, status, created_by, created_at, updated_at)
      VALUES (${title}, ${description}, '示例 长治高新区双创服务中心三楼报告厅', ${start.toISOString()},
              ${new Date(start.getTime() + hours * 3_600_000).toISOString()}, ${status}, ${ctx.adminUserId},
              ${ctx.now.toISOString()}, ${ctx.now.toISOString()})
      RETURNING id`);
    const id = Number((rows[0] as { id: number }).id);
    for (const [i, a] of featured.entries())
      await tx.execute(sql`
        INSERT INTO market_event_achievements (event_id, achievement_id, position) VALUES (${id}, ${a}, ${i + 1})`);
    return id;
  };

  const held = await event(
    '示例 新能源与节能环保科技成果推送会',
    '示例：面向区内光伏、储能与节能环保企业推介高校院所成果，现场对接。',
    heldStart,
    4,
    'held',
  );
  const orgs = [ctx.enterpriseOrgId, ...(others as { id: number }[]).map((o) => Number(o.id))];
  const before = new Date(heldStart.getTime() - 5 * DAY).toISOString();
  for (const [i, org] of orgs.entries())
    await tx.execute(sql`
      INSERT INTO market_event_participants (event_id, org_id, invited_at, registered_at, registered_by, checked_in_at)
      VALUES (${held}, ${org}, ${before}, ${before}, ${org === ctx.enterpriseOrgId ? ctx.enterpriseUserId : null},
              ${i < 3 ? heldStart.toISOString() : null})`);
  const met = [
    ...pairs.map(
      (p) => [Number(p.achievement_id), ctx.enterpriseOrgId, '示例：现场交流技术参数，会后进一步洽谈'] as const,
    ),
    ...(orgs[1] && featured.at(-1) ? [[featured.at(-1) as number, orgs[1], '示例：有兴趣，待内部评估'] as const] : []),
  ];
  for (const [a, org, note] of met)
    await tx.execute(sql`
      INSERT INTO market_event_meetings (event_id, achievement_id, org_id, note, recorded_by, recorded_at)
      VALUES (${held}, ${a}, ${org}, ${note}, ${ctx.adminUserId}, ${new Date(heldStart.getTime() + 2 * 3_600_000).toISOString()})`);

  const nextStart = new Date(ctx.now.getTime() + 30 * DAY);
  nextStart.setUTCHours(6, 0, 0, 0); // 14:00 in Shanghai
  const planned = await event(
    '示例 炭基新材料与装备制造成果推送会',
    '示例：推介炭基新材料、智能装备领域成果，欢迎区内企业报名。',
    nextStart,
    3,
    'planned',
  );
  await tx.execute(sql`
    INSERT INTO market_event_participants (event_id, org_id, invited_at)
    VALUES (${planned}, ${ctx.enterpriseOrgId}, ${ctx.now.toISOString()})`);
  return { marketEvents: 2 };
}
