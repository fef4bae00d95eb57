import { type FinanceStatistics, percentile, percentOfTwo } from '@cz/shared/finance';
import { workingDaysBetween } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { authorize } from '../../kernel/policy.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import type { FinanceSettingsService } from './settings.service.ts';

const SH = sql.raw(`'Asia/Shanghai'`);
type Contact = { need_id: number; institution: number | null; posted_on: string; contact_on: string; due: string };

/** The year's figures of the finance platform (see packages/shared/src/finance/statistics.ts). */
export function createStatisticsService({
  db,
  policy,
  settings,
}: {
  db: Db;
  policy: FinancePolicyApi;
  settings: FinanceSettingsService;
}) {
  return {
    async year(actor: Actor | null, year: number): Promise<FinanceStatistics> {
      authorize(actor, FINANCE_ACTIONS.oversee);
      const from = `${year}-01-01`;
      const to = `${year + 1}-01-01`;
      const inYear = (col: ReturnType<typeof sql>) =>
        sql`(${col} AT TIME ZONE ${SH})::date >= ${from}::date AND (${col} AT TIME ZONE ${SH})::date < ${to}::date`;
      const [cal, s] = await Promise.all([policy.calendar(), settings.read()]);
      const [totals, months, needContacts, caseContacts, institutions] = await Promise.all([
        db.execute(sql`
          SELECT
            (SELECT count(DISTINCT org_id)::int FROM finance_needs WHERE ${inYear(sql`first_contact_at`)}) AS served,
            (SELECT count(*)::int FROM finance_needs WHERE ${inYear(sql`posted_at`)}) AS posted,
            (SELECT coalesce(sum(c.approved_fen), 0)::bigint FROM finance_cases c
              WHERE EXISTS (SELECT 1 FROM finance_case_events e WHERE e.case_id = c.id AND e.status = 'approved'
                            AND ${inYear(sql`e.at`)})) AS approved_fen,
            (SELECT coalesce(sum(disbursed_fen), 0)::bigint FROM finance_cases
              WHERE disbursed_on >= ${from}::date AND disbursed_on < ${to}::date) AS disbursed_fen,
            (SELECT count(*)::int FROM finance_case_events e WHERE e.status = 'approved' AND ${inYear(sql`e.at`)})
              AS approved,
            (SELECT count(*)::int FROM finance_case_events e WHERE e.status IN ('approved', 'declined')
              AND ${inYear(sql`e.at`)}) AS decided`),
        db.execute(sql`
          SELECT m.month,
            (SELECT count(*)::int FROM finance_needs n
              WHERE to_char(n.posted_at AT TIME ZONE ${SH}, 'YYYY-MM') = m.month) AS posted,
            (SELECT count(DISTINCT n.org_id)::int FROM finance_needs n
              WHERE to_char(n.first_contact_at AT TIME ZONE ${SH}, 'YYYY-MM') = m.month) AS served,
            (SELECT coalesce(sum(c.disbursed_fen), 0)::bigint FROM finance_cases c
              WHERE to_char(c.disbursed_on, 'YYYY-MM') = m.month) AS disbursed_fen
          FROM (SELECT to_char(make_date(${year}, g, 1), 'YYYY-MM') AS month FROM generate_series(1, 12) g) m
          ORDER BY m.month`),
        db.execute(sql`
          SELECT id AS need_id, NULL::bigint AS institution, (posted_at AT TIME ZONE ${SH})::date::text AS posted_on,
                 (first_contact_at AT TIME ZONE ${SH})::date::text AS contact_on, first_contact_due::text AS due
          FROM finance_needs WHERE ${inYear(sql`first_contact_at`)}`),
        db.execute(sql`
          SELECT n.id AS need_id, c.institution_org_id AS institution,
                 (n.posted_at AT TIME ZONE ${SH})::date::text AS posted_on,
                 (c.contacted_at AT TIME ZONE ${SH})::date::text AS contact_on, n.first_contact_due::text AS due
          FROM finance_cases c JOIN finance_needs n ON n.id = c.need_id WHERE ${inYear(sql`c.contacted_at`)}`),
        db.execute(sql`
          SELECT i.org_id, o.name,
            (SELECT count(*)::int FROM finance_pushes p WHERE p.institution_org_id = i.org_id
              AND ${inYear(sql`p.pushed_at`)}) AS pushed,
            (SELECT count(*)::int FROM finance_cases c WHERE c.institution_org_id = i.org_id
              AND ${inYear(sql`c.claimed_at`)}) AS claimed,
            (SELECT count(*)::int FROM finance_cases c WHERE c.institution_org_id = i.org_id
              AND c.disbursed_on >= ${from}::date AND c.disbursed_on < ${to}::date) AS disbursed,
            (SELECT coalesce(sum(c.disbursed_fen), 0)::bigint FROM finance_cases c WHERE c.institution_org_id = i.org_id
              AND c.disbursed_on >= ${from}::date AND c.disbursed_on < ${to}::date) AS disbursed_fen
          FROM finance_institutions i JOIN org_directory o ON o.id = i.org_id
          ORDER BY o.name`),
      ]);
      const t = totals.rows[0] as Record<string, string | number>;
      const days = (c: Contact) => workingDaysBetween(c.posted_on, c.contact_on, cal);
      const needsContacted = needContacts.rows as Contact[];
      const perCase = caseContacts.rows as Contact[];
      const approved = Number(t.approved);
      const decided = Number(t.decided);
      return {
        year,
        served: Number(t.served),
        servedTarget: s.servedTarget,
        needsPosted: Number(t.posted),
        approvedFen: Number(t.approved_fen),
        disbursedFen: Number(t.disbursed_fen),
        decided,
        approved,
        approvalPercent: percentOfTwo(approved, decided),
        p90ContactDays: percentile(needsContacted.map(days), 90),
        onTimePercent: percentOfTwo(needsContacted.filter((c) => c.contact_on <= c.due).length, needsContacted.length),
        byMonth: (months.rows as Record<string, string | number>[]).map((m) => ({
          month: String(m.month),
          posted: Number(m.posted),
          served: Number(m.served),
          disbursedFen: Number(m.disbursed_fen),
        })),
        byInstitution: (institutions.rows as Record<string, string | number>[]).map((r) => {
          const mine = perCase.filter((c) => Number(c.institution) === Number(r.org_id));
          const claimed = Number(r.claimed);
          const disbursed = Number(r.disbursed);
          return {
            orgId: Number(r.org_id),
            name: String(r.name),
            pushed: Number(r.pushed),
            claimed,
            contacted: mine.length,
            onTime: mine.filter((c) => c.contact_on <= c.due).length,
            medianContactDays: percentile(mine.map(days), 50),
            disbursed,
            disbursedFen: Number(r.disbursed_fen),
            conversionPercent: percentOfTwo(disbursed, claimed),
          };
        }),
      };
    },
  };
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
