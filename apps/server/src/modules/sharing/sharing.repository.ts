import type { InstrumentYearStats } from '@cz/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/connection.ts';

/**
 * Open-sharing results of a year (Asia/Shanghai calendar), per instrument, from usage records: 有效工作机时 is the
 * recorded use, 对外服务机时 the use by organisations other than the owner.
 */
export function createSharingRepository({ db }: { db: Db }) {
  return {
    async instrumentStats(year: number, providerId?: number): Promise<InstrumentYearStats[]> {
      const from = `${year}-01-01 00:00:00+08`;
      const to = `${year + 1}-01-01 00:00:00+08`;
      const byProvider: SQL = providerId ? sql`AND i.provider_id = ${providerId}` : sql``;
      const { rows } = await db.execute(sql`
        WITH used AS (
          SELECT b.instrument_id, b.org_id, u.external, u.fee,
                 extract(epoch FROM upper(u.actual) - lower(u.actual)) / 3600.0 AS hours,
                 (u.external AND (
                    EXISTS (SELECT 1 FROM org_affiliations a
                            WHERE (a.org_a, a.org_b) = (LEAST(b.org_id, i.provider_id), GREATEST(b.org_id, i.provider_id)))
                    OR (bo.legal_rep IS NOT NULL AND bo.legal_rep = po.legal_rep)
                 )) AS related
          FROM usage_records u
          JOIN bookings b ON b.id = u.booking_id
          JOIN instruments i ON i.id = b.instrument_id
          JOIN organisations bo ON bo.id = b.org_id
          JOIN organisations po ON po.id = i.provider_id
          WHERE lower(u.actual) >= ${from}::timestamptz AND lower(u.actual) < ${to}::timestamptz ${byProvider}
        ),
        booked AS (
          SELECT b.instrument_id, count(*)::int AS bookings, count(*) FILTER (WHERE b.status = 'no_show')::int AS no_shows
          FROM bookings b JOIN instruments i ON i.id = b.instrument_id
          WHERE lower(b.period) >= ${from}::timestamptz AND lower(b.period) < ${to}::timestamptz
            AND b.status IN ('confirmed','completed','no_show') ${byProvider}
          GROUP BY b.instrument_id
        ),
        rated AS (
          SELECT i.id AS instrument_id, avg(o.rating)::float8 AS rating, count(o.rating)::int AS rating_count
          FROM instruments i JOIN service_orders o ON o.service_id = i.service_id
          WHERE o.completed_at >= ${from}::timestamptz AND o.completed_at < ${to}::timestamptz AND o.rating IS NOT NULL ${byProvider}
          GROUP BY i.id
        )
        SELECT i.id AS "instrumentId", i.name AS "instrumentName", i.provider_id AS "providerId", p.name AS "providerName",
               i.original_value AS "originalValue", i.is_large AS "isLarge",
               coalesce(sum(u.hours), 0)::float8 AS "effectiveHours",
               coalesce(sum(u.hours) FILTER (WHERE u.external), 0)::float8 AS "externalHours",
               coalesce(sum(u.fee) FILTER (WHERE NOT u.external), 0)::bigint AS "internalRevenue",
               coalesce(sum(u.fee) FILTER (WHERE u.external), 0)::bigint AS "externalRevenue",
               coalesce(sum(u.fee) FILTER (WHERE u.related), 0)::bigint AS "relatedRevenue",
               count(DISTINCT u.org_id) FILTER (WHERE u.external)::int AS "enterprisesServed",
               coalesce(max(bk.bookings), 0)::int AS bookings,
               coalesce(max(bk.no_shows), 0)::int AS "noShows",
               max(r.rating) AS rating,
               coalesce(max(r.rating_count), 0)::int AS "ratingCount"
        FROM instruments i
        JOIN organisations p ON p.id = i.provider_id
        LEFT JOIN used u ON u.instrument_id = i.id
        LEFT JOIN booked bk ON bk.instrument_id = i.id
        LEFT JOIN rated r ON r.instrument_id = i.id
        WHERE i.status <> 'retired' ${byProvider}
        GROUP BY i.id, p.name
        ORDER BY p.name, i.name`);
      return (rows as Omit<InstrumentYearStats, 'shareRate' | 'yieldRate'>[]).map((r) => ({
        ...r,
        effectiveHours: round(r.effectiveHours, 2),
        externalHours: round(r.externalHours, 2),
        rating: r.rating === null ? null : round(r.rating, 2),
        shareRate: r.effectiveHours > 0 ? round(r.externalHours / r.effectiveHours, 4) : null,
        yieldRate:
          r.originalValue > 0 ? round((r.internalRevenue + 1.5 * r.externalRevenue) / r.originalValue, 4) : null,
      }));
    },
  };
}
export type SharingRepository = ReturnType<typeof createSharingRepository>;

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
