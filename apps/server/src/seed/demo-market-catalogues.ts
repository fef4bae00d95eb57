import { shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';

/** Fictional notes on why a technology is recommended, in turn. */
const NOTES = [
  '示例：已在区内两家企业示范应用，节能效果明显',
  '示例：适合中小企业低成本改造',
  '',
  '示例：可与区内光伏产业链配套',
  '示例：技术成熟，可许可使用',
  '',
];

/**
 * 先进适用技术指导目录: last year's, published, with the first published achievements of each field (up to three a
 * field), and this year's as a draft with a few, for the administration to go on with.
 */
export async function seedMarketCataloguesDemo(tx: Tx, ctx: { now: Date; adminUserId: number | null }) {
  if (!ctx.adminUserId) return { marketCatalogues: 0 };
  const year = Number(shanghaiDate(ctx.now).slice(0, 4));
  const { rows } = await tx.execute(sql`
    SELECT id FROM (
      SELECT id, field, row_number() OVER (PARTITION BY field ORDER BY id) AS n
      FROM market_achievements WHERE status = 'published'
    ) x WHERE n <= 3 ORDER BY field, id`);
  const ids = (rows as { id: number }[]).map((r) => Number(r.id));
  if (ids.length === 0) return { marketCatalogues: 0 };
  const catalogue = async (y: number, title: string, intro: string, chosen: number[], published: boolean) => {
    const { rows: c } = await tx.execute(sql`
      INSERT INTO market_catalogues (year, title, intro, created_by, created_at, updated_at)
      VALUES (${y}, ${title}, ${intro}, ${ctx.adminUserId}, ${ctx.now.toISOString()}, ${ctx.now.toISOString()})
      RETURNING id`);
    const id = Number((c[0] as { id: number }).id);
    for (const [i, a] of chosen.entries())
      await tx.execute(sql`
        INSERT INTO market_catalogue_entries (catalogue_id, achievement_id, position, note)
        VALUES (${id}, ${a}, ${i + 1}, ${NOTES[i % NOTES.length] as string})`);
    if (published)
      await tx.execute(sql`
        UPDATE market_catalogues SET status = 'published', published_at = ${ctx.now.toISOString()} WHERE id = ${id}`);
  };
  await catalogue(
    year - 1,
    `示例 ${year - 1} 年长治高新区先进适用技术指导目录`,
    '示例：本目录从平台已发布的科技成果中遴选，面向区内企业推荐成熟、适用、可转化的技术，按技术领域排列。',
    ids,
    true,
  );
  await catalogue(year, `示例 ${year} 年长治高新区先进适用技术指导目录`, '示例：编制中。', ids.slice(0, 4), false);
  return { marketCatalogues: 2 };
}
