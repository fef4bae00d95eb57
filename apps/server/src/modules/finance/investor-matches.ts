import { type FundStage, type InvestorMatch, stageOfYears } from '@cz/shared/finance';
import { and, desc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/connection.ts';
import type { financeInvestorProfiles } from './events.table.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeNeeds } from './finance.table.ts';

const wan = (fen: number) => `${fen / 1_000_000}万元`;
const STAGE_WORDS: Record<FundStage, { zh: string; en: string }> = {
  seed: { zh: '种子期', en: 'seed' },
  early: { zh: '初创期', en: 'early' },
  growth: { zh: '成长期', en: 'growth' },
  mature: { zh: '成熟期', en: 'mature' },
};

/**
 * The registry's enterprises that fit an investor profile on `day`: the stage their years since registration give,
 * the industry, and (first) those with an open financing need within the ticket; each with its reasons. `q` keeps
 * those whose name holds it. Every match, in the order the list shows them.
 */
export async function investorMatches(
  db: Db,
  policy: FinancePolicyApi,
  day: string,
  p: typeof financeInvestorProfiles.$inferSelect,
  q: string | undefined,
): Promise<InvestorMatch[]> {
  const wanted = q?.toLowerCase();
  const needs = await db
    .select({ id: financeNeeds.id, orgId: financeNeeds.orgId, amountFen: financeNeeds.amountFen })
    .from(financeNeeds)
    .where(
      and(
        inArray(financeNeeds.status, ['open', 'in_progress']),
        sql`${financeNeeds.amountFen} BETWEEN ${p.ticketMinFen} AND ${p.ticketMaxFen}`,
      ),
    )
    .orderBy(desc(financeNeeds.postedAt));
  const out: InvestorMatch[] = [];
  for (let after = 0; ; ) {
    const chunk = await policy.factsPage(db, day, after, 2000);
    if (chunk.length === 0) break;
    after = chunk.at(-1)?.orgId as number;
    for (const o of chunk) {
      const years = o.facts['org.yearsRegistered'];
      const stage = stageOfYears(typeof years === 'number' ? years : null);
      const industry = (o.facts['org.industry'] as string | null | undefined) ?? null;
      if (!stage || !p.stages.includes(stage)) continue;
      if (p.industries.length > 0 && (!industry || !p.industries.includes(industry))) continue;
      if (wanted && !o.name.toLowerCase().includes(wanted)) continue;
      const need = needs.find((n) => n.orgId === o.orgId) ?? null;
      const reasons = [
        {
          zh: `${STAGE_WORDS[stage].zh}（成立 ${years} 年）`,
          en: `${STAGE_WORDS[stage].en} (${years} years registered)`,
        },
        ...(industry && p.industries.length > 0
          ? [{ zh: `行业门类 ${industry} 在偏好内`, en: `Industry ${industry} is one preferred` }]
          : []),
        ...(need
          ? [
              {
                zh: `有在办融资需求 ${wan(need.amountFen)}，在投资额度内`,
                en: `An open financing need of ¥${need.amountFen / 100} within the ticket`,
              },
            ]
          : []),
      ];
      out.push({
        orgId: o.orgId,
        orgName: o.name,
        stage,
        industry,
        needId: need?.id ?? null,
        needFen: need?.amountFen ?? null,
        reasons,
      });
    }
  }
  return out.sort((a, b) => Number(b.needId !== null) - Number(a.needId !== null) || a.orgId - b.orgId);
}
