import { shanghaiDate } from '@cz/shared';
import type { MarketStatistics, TradeFigure } from '@cz/shared/market';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { authorize } from '../../kernel/policy.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import { loadSettings } from './settings.service.ts';

type Row = { key: string | number; contracts: number; amount: string | number; tech: string | number };
const figure = (r: Row): TradeFigure => ({
  key: String(r.key),
  contracts: Number(r.contracts),
  amountFen: Number(r.amount),
  techTradeFen: Number(r.tech),
});

/**
 * 技术交易统计: the registered contracts (a contract counts in the year of its registration, on the zone's calendar)
 * by year, and for one year by contract kind, the achievement's field, the seller's kind and the buyer's region (its
 * USCC's division against the zone's province and city codes); and the plan's target, 技术交易额 of the target year
 * at the configured multiple of the base year's, measured on the target year (the current one until it comes).
 */
export function createStatisticsService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async get(actor: Actor | null, q: { year?: number | undefined }): Promise<MarketStatistics> {
      authorize(actor, MARKET_ACTIONS.readDeals);
      const settings = await loadSettings(db);
      const current = Number(shanghaiDate(clock.now()).slice(0, 4));
      const year = q.year ?? current;
      const base = sql`
        FROM market_registrations r
        JOIN market_contracts c ON c.id = r.contract_id
        LEFT JOIN market_deals d ON d.id = c.deal_id
        LEFT JOIN market_achievements a ON a.id = d.achievement_id
        JOIN org_directory s ON s.id = c.seller_org_id
        LEFT JOIN org_directory b ON b.id = c.buyer_org_id
        WHERE r.status = 'registered'`;
      const sums = sql`count(*)::int AS contracts, coalesce(sum(c.amount_fen), 0) AS amount,
                       coalesce(sum(c.tech_trade_fen), 0) AS tech`;
      const inYear = sql`AND extract(year FROM r.registered_on)::int = ${year}`;
      const by = async (key: SQL) => {
        const { rows } = await db.execute(
          sql`SELECT ${key} AS key, ${sums} ${base} ${inYear} GROUP BY 1 ORDER BY tech DESC, key`,
        );
        return (rows as Row[]).map(figure);
      };
      const region = sql`CASE
        WHEN substr(coalesce(b.division, substr(c.buyer_uscc, 3, 6)), 1, 2) = ${settings.provinceCode}
         AND substr(coalesce(b.division, substr(c.buyer_uscc, 3, 6)), 3, 2) = ${settings.cityCode} THEN 'city'
        WHEN substr(coalesce(b.division, substr(c.buyer_uscc, 3, 6)), 1, 2) = ${settings.provinceCode} THEN 'province'
        ELSE 'other' END`;
      const [yearRows, byKind, byField, bySellerKind, byBuyerRegion] = await Promise.all([
        db.execute(sql`SELECT extract(year FROM r.registered_on)::int AS key, ${sums} ${base} GROUP BY 1 ORDER BY 1`),
        by(sql`c.kind`),
        by(sql`coalesce(a.field, c.field)`),
        by(sql`s.kind`),
        by(region),
      ]);
      const known = new Map((yearRows.rows as Row[]).map((r) => [Number(r.key), figure(r)]));
      // The base year is the zone's own figure (settings), not the platform's: it is not a bar of its own.
      const reachedYear = Math.min(settings.tradeTargetYear, current);
      for (const y of [reachedYear, year])
        if (!known.has(y)) known.set(y, { key: String(y), contracts: 0, amountFen: 0, techTradeFen: 0 });
      const years = [...known.entries()].sort(([a], [b]) => a - b).map(([, f]) => f);
      const targetFen =
        settings.tradeBaseFen === null ? null : Math.round(settings.tradeBaseFen * settings.tradeTargetMultiple);
      const reachedFen = known.get(reachedYear)?.techTradeFen ?? 0;
      return {
        year,
        years,
        byKind,
        byField,
        bySellerKind,
        byBuyerRegion,
        target: {
          baseYear: settings.tradeBaseYear,
          baseFen: settings.tradeBaseFen,
          multiple: settings.tradeTargetMultiple,
          targetYear: settings.tradeTargetYear,
          targetFen,
          reachedYear,
          reachedFen,
          progress: targetFen ? reachedFen / targetFen : null,
        },
      };
    },
  };
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
