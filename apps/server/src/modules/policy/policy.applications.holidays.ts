import { isoWeekday, type PolicyHoliday } from '@cz/shared/policy';
import { and, eq, gte, ilike, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import { policyHolidays } from './policy.applications.table.ts';

const toHoliday = (r: typeof policyHolidays.$inferSelect): PolicyHoliday => ({
  day: r.day,
  kind: r.kind,
  name: r.name,
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * The zone's calendar, kept by the administration: the weekdays off and the weekend days worked that the working-day
 * deadlines count with (seeded with 2026 as the State Council published it). A deadline already set keeps its date.
 */
export function createHolidays({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /** The calendar in date order, a page: of the year, kind and name asked, or all of it. */
    async list(q: {
      year?: number | undefined;
      kind?: PolicyHoliday['kind'] | undefined;
      q?: string | undefined;
      page: number;
      pageSize: number;
    }) {
      const where = and(
        q.year ? gte(policyHolidays.day, `${q.year}-01-01`) : undefined,
        q.year ? lte(policyHolidays.day, `${q.year}-12-31`) : undefined,
        q.kind ? eq(policyHolidays.kind, q.kind) : undefined,
        q.q ? ilike(policyHolidays.name, likeFragment(q.q)) : undefined,
      );
      const { limit, offset } = pageWindow(q);
      const [rows, [count]] = await Promise.all([
        db.select().from(policyHolidays).where(where).orderBy(policyHolidays.day).limit(limit).offset(offset),
        db.select({ n: sql<number>`count(*)::int` }).from(policyHolidays).where(where),
      ]);
      return pageOf(rows.map(toHoliday), count?.n ?? 0, q);
    },

    async set(actor: Actor | null, day: string, input: { kind: PolicyHoliday['kind']; name: string }) {
      const who = authorize(actor, APPLICATION_ACTIONS.holidays);
      if (input.kind === 'workday' && isoWeekday(day) <= 5) throw applicationErrors.holidayWeekday();
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(policyHolidays).where(eq(policyHolidays.day, day)).for('update');
        const now = clock.now();
        const [after] = await tx
          .insert(policyHolidays)
          .values({ day, kind: input.kind, name: input.name, updatedBy: who.userId, updatedAt: now })
          .onConflictDoUpdate({
            target: policyHolidays.day,
            set: { kind: input.kind, name: input.name, updatedBy: who.userId, updatedAt: now },
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'policy.holiday.set',
          entity: 'policy_holiday',
          entityId: null,
          before,
          after,
        });
        return toHoliday(after as typeof policyHolidays.$inferSelect);
      });
    },

    async remove(actor: Actor | null, day: string) {
      authorize(actor, APPLICATION_ACTIONS.holidays);
      return db.transaction(async (tx) => {
        const [before] = await tx.delete(policyHolidays).where(eq(policyHolidays.day, day)).returning();
        if (!before) throw applicationErrors.holidayNotFound();
        await recordAudit(tx, actor, {
          action: 'policy.holiday.remove',
          entity: 'policy_holiday',
          entityId: null,
          before,
        });
        return { ok: true as const };
      });
    },
  };
}
export type Holidays = ReturnType<typeof createHolidays>;
