/**
 * 报名与候补: enrolment in a course (or one session of it) with a capacity and a waiting list. A person is enrolled
 * once: confirmed while there are seats, otherwise waitlisted in order of arrival (an optional limit on the list's
 * length). A seat that frees up (a cancellation, a larger room) goes to the first on the list at once; the service
 * tells the person promoted. Lowering the capacity never takes a confirmed seat away: the course runs over until
 * cancellations bring it down, and nobody is promoted meanwhile.
 *
 * Pure transitions: each takes the roster and returns the new enrolments with what happened; the service stores them in
 * one transaction and turns a refusal into its module's error code.
 */
import { z } from 'zod';

export const ENROLMENT_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** One person's enrolment; `seq` is the order of arrival (a re-enrolment after cancelling arrives anew). */
export type Enrolment = { personId: number; status: EnrolmentStatus; seq: number };

export const rosterSettingsSchema = z.object({
  capacity: z.number().int().min(0).max(100_000),
  /** The longest the waiting list may be; null for no limit, 0 for no waiting list. */
  waitlistLimit: z.number().int().min(0).max(100_000).nullable(),
});
export type RosterSettings = z.infer<typeof rosterSettingsSchema>;
export type Roster = RosterSettings & { enrolments: readonly Enrolment[] };

export type EnrolRefusal = 'already_enrolled' | 'already_waitlisted' | 'waitlist_full';

export type EnrolOutcome =
  | {
      ok: true;
      enrolments: Enrolment[];
      status: 'confirmed' | 'waitlisted';
      position: number | null;
      /** Those waiting who were owed a free seat before the newcomer (a roster stored without its promotion). */
      promoted: number[];
    }
  | { ok: false; refusal: EnrolRefusal };
export type CancelOutcome =
  | { ok: true; enrolments: Enrolment[]; was: 'confirmed' | 'waitlisted'; promoted: number[] }
  | { ok: false; refusal: 'not_enrolled' };
export type CapacityOutcome = { enrolments: Enrolment[]; promoted: number[]; overbooked: number };

function checked(enrolments: readonly Enrolment[]): Enrolment[] {
  const people = new Set<number>();
  for (const e of enrolments) {
    if (people.has(e.personId)) throw new RangeError(`person ${e.personId} is enrolled twice`);
    people.add(e.personId);
  }
  return [...enrolments].sort((a, b) => a.seq - b.seq).map((e) => ({ ...e }));
}

const count = (list: readonly Enrolment[], status: EnrolmentStatus) =>
  list.reduce((n, e) => n + (e.status === status ? 1 : 0), 0);

/** Fills free seats from the head of the waiting list (the list is in `seq` order); the persons promoted. */
function promote(list: Enrolment[], capacity: number): number[] {
  let free = capacity - count(list, 'confirmed');
  const promoted: number[] = [];
  for (const e of list) {
    if (free <= 0) break;
    if (e.status !== 'waitlisted') continue;
    e.status = 'confirmed';
    promoted.push(e.personId);
    free--;
  }
  return promoted;
}

/** The 1-based place of a person on the waiting list; null when not on it. */
export function waitlistPosition(enrolments: readonly Enrolment[], personId: number): number | null {
  const waiting = [...enrolments].filter((e) => e.status === 'waitlisted').sort((a, b) => a.seq - b.seq);
  const i = waiting.findIndex((e) => e.personId === personId);
  return i < 0 ? null : i + 1;
}

export function rosterSummary(r: Roster): { confirmed: number; waitlisted: number; freeSeats: number } {
  const confirmed = count(r.enrolments, 'confirmed');
  return { confirmed, waitlisted: count(r.enrolments, 'waitlisted'), freeSeats: Math.max(0, r.capacity - confirmed) };
}

export function enrol(r: Roster, personId: number): EnrolOutcome {
  const list = checked(r.enrolments);
  const mine = list.find((e) => e.personId === personId);
  if (mine?.status === 'confirmed') return { ok: false, refusal: 'already_enrolled' };
  if (mine?.status === 'waitlisted') return { ok: false, refusal: 'already_waitlisted' };
  // Someone waiting keeps precedence over a newcomer when a seat is free (a promotion not yet stored).
  const promoted = promote(list, r.capacity);
  const seat = count(list, 'confirmed') < r.capacity;
  if (!seat && r.waitlistLimit !== null && count(list, 'waitlisted') >= r.waitlistLimit)
    return { ok: false, refusal: 'waitlist_full' };
  const seq = list.reduce((m, e) => Math.max(m, e.seq), 0) + 1;
  const status = seat ? 'confirmed' : 'waitlisted';
  const next = list.filter((e) => e.personId !== personId);
  next.push({ personId, status, seq });
  return { ok: true, enrolments: next, status, position: seat ? null : waitlistPosition(next, personId), promoted };
}

export function cancel(r: Roster, personId: number): CancelOutcome {
  const list = checked(r.enrolments);
  const mine = list.find((e) => e.personId === personId);
  if (!mine || mine.status === 'cancelled') return { ok: false, refusal: 'not_enrolled' };
  const was = mine.status;
  mine.status = 'cancelled';
  return { ok: true, enrolments: list, was, promoted: promote(list, r.capacity) };
}

/** A new capacity: as many of the waiting list as now fit are promoted, in order. */
export function changeCapacity(r: Roster, capacity: number): CapacityOutcome {
  if (!Number.isSafeInteger(capacity) || capacity < 0) throw new RangeError(`not a capacity: ${capacity}`);
  const list = checked(r.enrolments);
  const promoted = promote(list, capacity);
  return { enrolments: list, promoted, overbooked: Math.max(0, count(list, 'confirmed') - capacity) };
}
