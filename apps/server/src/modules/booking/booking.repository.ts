import type { Booking, BookingStatus } from '@cz/shared';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { plainInserter } from '../../kernel/db/plain.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { type BookingRow, bookings, usageRecords } from './booking.table.ts';

type ViewRow = {
  id: number;
  instrument_id: number;
  instrument_name: string;
  provider_id: number;
  order_id: number;
  user_id: number;
  org_id: number;
  org_name: string;
  start: Date;
  end: Date;
  status: BookingStatus;
  purpose: string;
  samples: number;
  reject_reason: string | null;
  late_cancel: boolean;
  cancel_fee: number;
  created_at: Date;
  u_start: Date | null;
  u_end: Date | null;
  billed_minutes: number | null;
  hourly_price: number | null;
  fee: number | null;
  u_samples: number | null;
  operator: string | null;
};

const iso = (d: Date | string) => new Date(d).toISOString();
const insertBooking = plainInserter(bookings);

export function toBooking(r: ViewRow): Booking & { providerId: number } {
  return {
    id: r.id,
    instrumentId: r.instrument_id,
    instrumentName: r.instrument_name,
    providerId: r.provider_id,
    orderId: r.order_id,
    userId: r.user_id,
    orgId: r.org_id,
    orgName: r.org_name,
    start: iso(r.start),
    end: iso(r.end),
    status: r.status,
    purpose: r.purpose,
    samples: r.samples,
    rejectReason: r.reject_reason,
    lateCancel: r.late_cancel,
    cancelFee: Number(r.cancel_fee),
    usage:
      r.u_start && r.u_end
        ? {
            actualStart: iso(r.u_start),
            actualEnd: iso(r.u_end),
            billedMinutes: r.billed_minutes ?? 0,
            hourlyPrice: Number(r.hourly_price ?? 0),
            fee: Number(r.fee ?? 0),
            samples: r.u_samples ?? 0,
            operator: r.operator ?? '',
          }
        : null,
    createdAt: iso(r.created_at),
  };
}

/** The view of a booking just placed (no usage yet), from what its use case read and wrote: no read back needed. */
export function newBookingView(
  b: BookingRow,
  instrument: { name: string; providerId: number },
  orgName: string,
): Booking & { providerId: number } {
  return toBooking({
    id: b.id,
    instrument_id: b.instrumentId,
    instrument_name: instrument.name,
    provider_id: instrument.providerId,
    order_id: b.orderId,
    user_id: b.userId,
    org_id: b.orgId,
    org_name: orgName,
    start: b.period.start,
    end: b.period.end,
    status: b.status,
    purpose: b.purpose,
    samples: b.samples,
    reject_reason: b.rejectReason,
    late_cancel: b.lateCancel,
    cancel_fee: b.cancelFee,
    created_at: b.createdAt,
    u_start: null,
    u_end: null,
    billed_minutes: null,
    hourly_price: null,
    fee: null,
    u_samples: null,
    operator: null,
  });
}

const SELECT = sql`
  SELECT b.id, b.instrument_id, i.name AS instrument_name, i.provider_id, b.order_id, b.user_id, b.org_id, o.name AS org_name,
         lower(b.period) AS start, upper(b.period) AS "end", b.status, b.purpose, b.samples, b.reject_reason,
         b.late_cancel, b.cancel_fee, b.created_at,
         lower(u.actual) AS u_start, upper(u.actual) AS u_end, u.billed_minutes, u.hourly_price, u.fee, u.samples AS u_samples, u.operator
  FROM bookings b
  JOIN instruments i ON i.id = b.instrument_id
  JOIN org_directory o ON o.id = b.org_id
  LEFT JOIN usage_records u ON u.booking_id = b.id`;

export function createBookingRepository({ db }: { db: Db }) {
  return {
    async view(tx: Tx, id: number) {
      const { rows } = await tx.execute(sql`${SELECT} WHERE b.id = ${id}`);
      return rows[0] ? toBooking(rows[0] as ViewRow) : undefined;
    },
    async list(
      filter: { userOrgId?: number; providerId?: number; instrumentId?: number; status?: BookingStatus; q?: string },
      page: { limit: number; offset: number },
    ) {
      const parts: SQL[] = [sql`TRUE`];
      if (filter.userOrgId) parts.push(sql`b.org_id = ${filter.userOrgId}`);
      if (filter.providerId) parts.push(sql`i.provider_id = ${filter.providerId}`);
      if (filter.instrumentId) parts.push(sql`b.instrument_id = ${filter.instrumentId}`);
      if (filter.status) parts.push(sql`b.status = ${filter.status}`);
      if (filter.q) {
        // The instrument's or the booking organisation's name, the purpose, or (all digits) the booking number.
        const like = likeFragment(filter.q);
        const byId = /^\d{1,9}$/.test(filter.q) ? sql` OR b.id = ${Number(filter.q)}` : sql``;
        parts.push(sql`(i.name ILIKE ${like} OR o.name ILIKE ${like} OR b.purpose ILIKE ${like}${byId})`);
      }
      const where = sql.join(parts, sql` AND `);
      const [items, count] = await Promise.all([
        db.execute(
          sql`${SELECT} WHERE ${where} ORDER BY lower(b.period) DESC, b.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`,
        ),
        db.execute(
          sql`SELECT count(*)::int AS n FROM bookings b JOIN instruments i ON i.id = b.instrument_id
              ${filter.q ? sql`JOIN org_directory o ON o.id = b.org_id` : sql``} WHERE ${where}`,
        ),
      ]);
      return { items: (items.rows as ViewRow[]).map(toBooking), total: (count.rows[0]?.n as number) ?? 0 };
    },
    async byId(tx: Tx, id: number, forUpdate = false): Promise<BookingRow | undefined> {
      const q = tx.select().from(bookings).where(eq(bookings.id, id));
      const [row] = forUpdate ? await q.for('update') : await q;
      return row;
    },
    /** One plain statement, built once (kernel/db/plain.ts): every booking is one. */
    insert: insertBooking,
    async update(tx: Tx, id: number, values: Partial<typeof bookings.$inferInsert>) {
      const [row] = await tx.update(bookings).set(values).where(eq(bookings.id, id)).returning();
      if (!row) throw new Error('update returned nothing');
      return row;
    },
    async insertUsage(tx: Tx, values: typeof usageRecords.$inferInsert) {
      await tx.insert(usageRecords).values(values);
    },
  };
}
export type BookingRepository = ReturnType<typeof createBookingRepository>;
