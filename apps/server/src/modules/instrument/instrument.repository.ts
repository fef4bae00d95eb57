import type { InstrumentCategory } from '@cz/shared';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { clientOf, rowReader } from '../../kernel/db/plain.ts';
import { likeFragment, searchQuery } from '../../kernel/db/search.ts';
import { catalogListings, listingRating } from '../catalog/index.ts';
import { orgDirectory } from '../org/index.ts';
import { instrumentBlackouts, instrumentQualifications, instruments } from './instrument.table.ts';

export type InstrumentFilter = {
  q?: string | undefined;
  category?: InstrumentCategory | undefined;
  providerId?: number | undefined;
  status?: 'available' | 'maintenance' | 'retired' | undefined;
  large?: boolean | undefined;
  publicOnly: boolean;
};

const columns = {
  id: instruments.id,
  serviceId: instruments.serviceId,
  providerId: instruments.providerId,
  providerName: orgDirectory.name,
  name: instruments.name,
  model: instruments.model,
  manufacturer: instruments.manufacturer,
  category: instruments.category,
  originalValue: instruments.originalValue,
  isLarge: instruments.isLarge,
  location: instruments.location,
  photos: instruments.photos,
  parameters: instruments.parameters,
  sampleRequirements: instruments.sampleRequirements,
  description: catalogListings.description,
  priceInternal: instruments.priceInternal,
  priceExternal: instruments.priceExternal,
  operation: instruments.operation,
  trainingRequired: instruments.trainingRequired,
  status: instruments.status,
  openingHours: instruments.openingHours,
  minMinutes: instruments.minMinutes,
  maxMinutes: instruments.maxMinutes,
  slotMinutes: instruments.slotMinutes,
  horizonDays: instruments.horizonDays,
  minNoticeMinutes: instruments.minNoticeMinutes,
  bufferMinutes: instruments.bufferMinutes,
  approvalRequired: instruments.approvalRequired,
  cancelNoticeHours: instruments.cancelNoticeHours,
  lateCancelPercent: instruments.lateCancelPercent,
  voucherEligible: catalogListings.voucherEligible,
  region: catalogListings.region,
  listingStatus: catalogListings.status,
  rating: listingRating,
  ratingCount: catalogListings.ratingCount,
};

function whereOf(f: InstrumentFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.q) {
    const tsq = searchQuery(f.q);
    const like = likeFragment(f.q);
    parts.push(
      tsq
        ? sql`(${catalogListings.search} @@ ${tsq} OR ${instruments.name} ILIKE ${like} OR ${instruments.model} ILIKE ${like})`
        : sql`(${instruments.name} ILIKE ${like} OR ${instruments.model} ILIKE ${like})`,
    );
  }
  if (f.category) parts.push(eq(instruments.category, f.category));
  if (f.providerId) parts.push(eq(instruments.providerId, f.providerId));
  if (f.status) parts.push(eq(instruments.status, f.status));
  if (f.large !== undefined) parts.push(eq(instruments.isLarge, f.large));
  if (f.publicOnly)
    parts.push(
      eq(catalogListings.status, 'active'),
      eq(orgDirectory.status, 'verified'),
      sql`${instruments.status} <> 'retired'`,
    );
  return and(...parts);
}

/**
 * The instrument (locked FOR SHARE) with what a booking checks: its listing, its provider, the buyer, and the
 * blackouts overlapping the period asked for (none when no period is given).
 */
const FOR_BOOKING = `
  SELECT i.*, l.status AS listing_status, p.status AS provider_status, b.status AS buyer_status, b.name AS buyer_name,
    (SELECT coalesce(json_agg(json_build_object('start', lower(x.period), 'end', upper(x.period))), '[]'::json)
       FROM instrument_blackouts x
      WHERE x.instrument_id = i.id AND $3::timestamptz IS NOT NULL
        AND x.period && tstzrange($3::timestamptz, $4::timestamptz)) AS blackouts
  FROM instruments i
  JOIN catalog_listings l ON l.id = i.service_id
  JOIN org_directory p ON p.id = i.provider_id
  LEFT JOIN org_directory b ON b.id = $2
  WHERE i.id = $1
  FOR SHARE OF i`;
const readInstrument = rowReader(instruments);

export function createInstrumentRepository({ db }: { db: Db }) {
  const base = (tx: Tx) =>
    tx
      .select(columns)
      .from(instruments)
      .innerJoin(catalogListings, eq(catalogListings.id, instruments.serviceId))
      .innerJoin(orgDirectory, eq(orgDirectory.id, instruments.providerId));

  return {
    async list(
      f: InstrumentFilter,
      page: { limit: number; offset: number },
      sort: 'relevance' | 'newest' | 'price_asc' | 'price_desc' | 'rating',
    ) {
      const where = whereOf(f);
      const tsq = f.q ? searchQuery(f.q) : null;
      const order: SQL[] =
        sort === 'price_asc'
          ? [sql`${instruments.priceExternal} ASC`, sql`${instruments.id} DESC`]
          : sort === 'price_desc'
            ? [sql`${instruments.priceExternal} DESC`, sql`${instruments.id} DESC`]
            : sort === 'rating'
              ? [sql`${listingRating} DESC NULLS LAST`, sql`${instruments.id} DESC`]
              : sort === 'relevance' && tsq
                ? [sql`ts_rank(${catalogListings.search}, ${tsq}) DESC`, sql`${instruments.id} DESC`]
                : [sql`${instruments.id} DESC`];
      // The page with the total alongside in one query (the catalog is small); a count only past the last page.
      const from = () =>
        db
          .select({ ...columns, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
          .from(instruments)
          .innerJoin(catalogListings, eq(catalogListings.id, instruments.serviceId))
          .innerJoin(orgDirectory, eq(orgDirectory.id, instruments.providerId));
      const rows = await from()
        .where(where)
        .orderBy(...order)
        .limit(page.limit)
        .offset(page.offset);
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && page.offset > 0) {
        const [count] = await db
          .select({ n: sql<number>`count(*)::int` })
          .from(instruments)
          .innerJoin(catalogListings, eq(catalogListings.id, instruments.serviceId))
          .innerJoin(orgDirectory, eq(orgDirectory.id, instruments.providerId))
          .where(where);
        total = count?.n ?? 0;
      }
      return { items: rows.map(({ total: _t, ...r }) => r), total };
    },
    async view(tx: Tx, id: number) {
      const [row] = await base(tx).where(eq(instruments.id, id));
      return row;
    },
    /**
     * The instrument (locked FOR SHARE) with what a booking checks: its listing, its provider, the buyer, and the
     * blackouts overlapping the period asked for.
     */
    async forBooking(tx: Tx, id: number, buyerOrgId: number, period?: { start: Date; end: Date }) {
      // One fixed text (kernel/db/plain.ts): every booking and every move of one reads it.
      const { rows } = await clientOf(tx).query(FOR_BOOKING, [
        id,
        buyerOrgId,
        period ? period.start.toISOString() : null,
        period ? period.end.toISOString() : null,
      ]);
      const row = rows[0] as Record<string, unknown> | undefined;
      if (!row) return undefined;
      return {
        instrument: readInstrument(row),
        listingStatus: row.listing_status as string,
        providerStatus: row.provider_status as string,
        buyerStatus: (row.buyer_status as string | null) ?? null,
        buyerName: (row.buyer_name as string | null) ?? null,
        blackouts: row.blackouts as { start: string; end: string }[],
      };
    },
    /** What the calendar needs: opening hours and who may see the instrument. */
    async calendarFacts(tx: Tx, id: number) {
      const [row] = await tx
        .select({
          openingHours: instruments.openingHours,
          providerId: instruments.providerId,
          listingStatus: catalogListings.status,
        })
        .from(instruments)
        .innerJoin(catalogListings, eq(catalogListings.id, instruments.serviceId))
        .where(eq(instruments.id, id));
      return row;
    },
    async byId(tx: Tx, id: number, lock: 'update' | 'share' | null = null) {
      const q = tx.select().from(instruments).where(eq(instruments.id, id));
      const [row] = lock === 'update' ? await q.for('update') : lock === 'share' ? await q.for('share') : await q;
      return row;
    },
    async insert(tx: Tx, values: typeof instruments.$inferInsert) {
      const [row] = await tx.insert(instruments).values(values).returning();
      if (!row) throw new Error('insert returned nothing');
      return row;
    },
    async update(tx: Tx, id: number, values: Partial<typeof instruments.$inferInsert>, now: Date) {
      const [row] = await tx
        .update(instruments)
        .set({ ...values, updatedAt: now })
        .where(eq(instruments.id, id))
        .returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },
    /** Blackouts of an instrument that overlap [from, to). */
    async blackouts(tx: Tx, instrumentId: number, from: Date, to: Date) {
      const { rows } = await tx.execute(sql`
        SELECT id, lower(period) AS start, upper(period) AS "end", reason
        FROM instrument_blackouts
        WHERE instrument_id = ${instrumentId} AND period && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)
        ORDER BY lower(period)`);
      return rows as { id: number; start: Date; end: Date; reason: string }[];
    },
    async addBlackout(tx: Tx, instrumentId: number, start: Date, end: Date, reason: string, userId: number | null) {
      const [row] = await tx
        .insert(instrumentBlackouts)
        .values({ instrumentId, period: { start, end }, reason, createdBy: userId })
        .returning({ id: instrumentBlackouts.id });
      return row?.id as number;
    },
    async removeBlackout(tx: Tx, instrumentId: number, id: number) {
      const rows = await tx
        .delete(instrumentBlackouts)
        .where(and(eq(instrumentBlackouts.id, id), eq(instrumentBlackouts.instrumentId, instrumentId)))
        .returning({ id: instrumentBlackouts.id });
      return rows.length > 0;
    },
    /** Blocking bookings overlapping [from, to), with their buffers. */
    async busy(tx: Tx, instrumentId: number, from: Date, to: Date) {
      const { rows } = await tx.execute(sql`
        SELECT lower(blocked) AS start, upper(blocked) AS "end", status, user_id, org_id
        FROM bookings
        WHERE instrument_id = ${instrumentId}
          AND status IN ('pending','confirmed','completed','no_show')
          AND blocked && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz)
        ORDER BY lower(blocked)`);
      return rows as { start: Date; end: Date; status: string; user_id: number; org_id: number }[];
    },
    async isQualified(tx: Tx, instrumentId: number, userId: number) {
      const [row] = await tx
        .select({ userId: instrumentQualifications.userId })
        .from(instrumentQualifications)
        .where(
          and(eq(instrumentQualifications.instrumentId, instrumentId), eq(instrumentQualifications.userId, userId)),
        );
      return Boolean(row);
    },
    async qualifications(tx: Tx, instrumentId: number) {
      const { rows } = await tx.execute(sql`
        SELECT q.user_id AS "userId", u.username, u.display_name AS "displayName", o.name AS "orgName", q.granted_at AS "grantedAt"
        FROM instrument_qualifications q
        JOIN user_directory u ON u.id = q.user_id
        LEFT JOIN org_directory o ON o.id = u.org_id
        WHERE q.instrument_id = ${instrumentId}
        ORDER BY q.granted_at DESC`);
      return rows as {
        userId: number;
        username: string;
        displayName: string;
        orgName: string | null;
        grantedAt: Date;
      }[];
    },
    async grant(tx: Tx, instrumentId: number, userId: number, grantedBy: number) {
      const rows = await tx
        .insert(instrumentQualifications)
        .values({ instrumentId, userId, grantedBy })
        .onConflictDoNothing()
        .returning();
      return rows.length > 0;
    },
    async revoke(tx: Tx, instrumentId: number, userId: number) {
      const rows = await tx
        .delete(instrumentQualifications)
        .where(
          and(eq(instrumentQualifications.instrumentId, instrumentId), eq(instrumentQualifications.userId, userId)),
        )
        .returning();
      return rows.length > 0;
    },
  };
}
export type InstrumentRepository = ReturnType<typeof createInstrumentRepository>;
export type InstrumentView = NonNullable<Awaited<ReturnType<InstrumentRepository['view']>>>;
