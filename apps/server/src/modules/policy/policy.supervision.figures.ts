import {
  addWorkingDays,
  COMMITTED_STATUSES,
  DEFAULT_PAYMENT_DEADLINE_DAYS,
  type EvaluationRates,
  median,
  rateOf,
  type SupervisionFigures,
  type WorkCalendar,
} from '@cz/shared/policy';
import type { ApplicationFactRow, ItemStandingRow } from './policy.supervision.repository.ts';

/** A 快申快享 application in these statuses waits for its payment: its deadline runs. */
const AWAITING_PAYMENT = new Set(['submitted', 'returned', 'approved', 'publicised']);
const APPROVED = new Set<string>(COMMITTED_STATUSES);

const DAY_MS = 86_400_000;
const daysFrom = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The date an application is to be paid by: its 快申快享 deadline (working days from the first submission, fixed
 * then); otherwise the item's configured working days — or DEFAULT_PAYMENT_DEADLINE_DAYS — from the application
 * (the first submission, or the department's offer of a 免申即享 payment).
 */
export function paymentDeadline(a: ApplicationFactRow, item: ItemStandingRow, cal: WorkCalendar): string {
  if (a.paymentDueOn) return a.paymentDueOn;
  return addWorkingDays(a.submittedOn ?? a.appliedOn, item.paymentDeadlineDays ?? DEFAULT_PAYMENT_DEADLINE_DAYS, cal);
}

/** What the counts of one or more items are made of, before the median and the rates are taken. */
export type Tally = {
  eligible: number;
  notified: number;
  opened: number;
  applied: number;
  approved: number;
  paid: number;
  approvedFen: number;
  paidFen: number;
  days: number[];
  overdue: number;
  paidLate: number;
  paidOnTime: number;
  ratings: number;
  goodRatings: number;
  ratingSum: number;
};

export const emptyTally = (): Tally => ({
  eligible: 0,
  notified: 0,
  opened: 0,
  applied: 0,
  approved: 0,
  paid: 0,
  approvedFen: 0,
  paidFen: 0,
  days: [],
  overdue: 0,
  paidLate: 0,
  paidOnTime: 0,
  ratings: 0,
  goodRatings: 0,
  ratingSum: 0,
});

/** One item's tally: its standings and its applications of the period, judged against `today`. */
export function tallyItem(
  item: ItemStandingRow,
  applications: readonly ApplicationFactRow[],
  today: string,
  cal: WorkCalendar,
): Tally {
  const t = emptyTally();
  t.eligible = item.eligible;
  t.notified = item.notified;
  t.opened = item.opened;
  for (const a of applications) {
    t.applied += 1;
    const approved = APPROVED.has(a.status);
    const paid = a.paidOn !== null;
    if (approved) {
      t.approved += 1;
      t.approvedFen += a.approvedFen ?? 0;
    }
    if (a.rating !== null) {
      t.ratings += 1;
      t.ratingSum += a.rating;
      if (a.rating >= 4) t.goodRatings += 1;
    }
    if (a.mode === 'fast' && AWAITING_PAYMENT.has(a.status) && a.paymentDueOn !== null && a.paymentDueOn < today)
      t.overdue += 1;
    if (!paid) continue;
    t.paid += 1;
    t.paidFen += a.paidFen ?? 0;
    if (a.submittedOn) t.days.push(daysFrom(a.submittedOn, a.paidOn as string));
    if ((a.paidOn as string) <= paymentDeadline(a, item, cal)) t.paidOnTime += 1;
    else t.paidLate += 1;
  }
  return t;
}

/** Tallies added up (a department's items, or all of them). */
export function addTallies(tallies: readonly Tally[]): Tally {
  const sum = emptyTally();
  for (const t of tallies) {
    for (const key of Object.keys(sum) as (keyof Tally)[]) {
      if (key === 'days') sum.days.push(...t.days);
      else sum[key] += t[key];
    }
  }
  return sum;
}

export const figuresOf = (t: Tally): SupervisionFigures => ({
  eligible: t.eligible,
  notified: t.notified,
  opened: t.opened,
  applied: t.applied,
  approved: t.approved,
  paid: t.paid,
  approvedFen: t.approvedFen,
  paidFen: t.paidFen,
  medianDaysToPayment: median(t.days),
  overdue: t.overdue,
  paidLate: t.paidLate,
});

export const ratesOf = (t: Tally): EvaluationRates => ({
  awareness: rateOf(t.opened, t.notified),
  satisfaction: { ...rateOf(t.goodRatings, t.ratings), mean: t.ratings === 0 ? null : t.ratingSum / t.ratings },
  // Every paid application was approved first (paid is among the approved statuses).
  onTime: rateOf(t.paidOnTime, t.approved),
});
