import { describe, expect, it } from 'vitest';
import {
  cancel,
  changeCapacity,
  type Enrolment,
  enrol,
  type Roster,
  rosterSettingsSchema,
  rosterSummary,
  waitlistPosition,
} from './waitlist.ts';

const roster = (capacity: number, enrolments: Enrolment[] = [], waitlistLimit: number | null = null): Roster => ({
  capacity,
  waitlistLimit,
  enrolments,
});
/** Enrols the people in turn, failing the test on a refusal. */
function enrolAll(r: Roster, people: number[]): Roster {
  let enrolments = [...r.enrolments];
  for (const p of people) {
    const out = enrol({ ...r, enrolments }, p);
    if (!out.ok) throw new Error(out.refusal);
    enrolments = out.enrolments;
  }
  return { ...r, enrolments };
}
const statuses = (es: readonly Enrolment[]) => es.map((e) => [e.personId, e.status]);

describe('enrolment', () => {
  it('confirms while there are seats, then waitlists with positions', () => {
    let r = enrolAll(roster(2), [1, 2]);
    const third = enrol(r, 3);
    expect(third).toMatchObject({ ok: true, status: 'waitlisted', position: 1 });
    if (!third.ok) return;
    r = { ...r, enrolments: third.enrolments };
    expect(enrol(r, 4)).toMatchObject({ ok: true, status: 'waitlisted', position: 2 });
    expect(enrol(roster(2), 1)).toMatchObject({ ok: true, status: 'confirmed', position: null });
  });
  it.each([
    ['confirmed', 1, 'already_enrolled'],
    ['waitlisted', 3, 'already_waitlisted'],
  ])('refuses a second enrolment of someone %s', (_, person, refusal) => {
    const r = enrolAll(roster(2), [1, 2, 3]);
    expect(enrol(r, person)).toEqual({ ok: false, refusal });
  });
  it('refuses when the waiting list is at its limit, and with a limit of 0 has no list', () => {
    const r = enrolAll(roster(1, [], 2), [1, 2, 3]);
    expect(enrol(r, 4)).toEqual({ ok: false, refusal: 'waitlist_full' });
    expect(enrol(enrolAll(roster(1, [], 0), [1]), 2)).toEqual({ ok: false, refusal: 'waitlist_full' });
  });
  it('a course of capacity 0 waitlists everyone', () => {
    expect(enrol(roster(0), 1)).toMatchObject({ ok: true, status: 'waitlisted', position: 1 });
  });
  it('lets someone who cancelled enrol again, at the end of the line', () => {
    let r = enrolAll(roster(1), [1, 2, 3]);
    const c = cancel(r, 3);
    if (!c.ok) throw new Error(c.refusal);
    r = enrolAll({ ...r, enrolments: c.enrolments }, [4, 3]);
    expect(waitlistPosition(r.enrolments, 2)).toBe(1);
    expect(waitlistPosition(r.enrolments, 4)).toBe(2);
    expect(waitlistPosition(r.enrolments, 3)).toBe(3);
    expect(r.enrolments.filter((e) => e.personId === 3)).toHaveLength(1);
  });
  it('gives a free seat to someone already waiting before a newcomer', () => {
    // A roster stored with a free seat and someone waiting (a promotion missed): the one waiting goes first.
    const r = roster(2, [
      { personId: 1, status: 'confirmed', seq: 1 },
      { personId: 2, status: 'waitlisted', seq: 2 },
    ]);
    expect(enrol(r, 3)).toMatchObject({ ok: true, status: 'waitlisted', position: 1, promoted: [2] });
  });
  it('refuses a roster that holds a person twice', () => {
    const r = roster(2, [
      { personId: 1, status: 'confirmed', seq: 1 },
      { personId: 1, status: 'waitlisted', seq: 2 },
    ]);
    expect(() => enrol(r, 2)).toThrow(RangeError);
  });
});

describe('cancellation', () => {
  const full = enrolAll(roster(2), [1, 2, 3, 4, 5]);

  it('frees a seat for the first on the waiting list', () => {
    const c = cancel(full, 1);
    expect(c).toMatchObject({ ok: true, was: 'confirmed', promoted: [3] });
    if (!c.ok) return;
    expect(statuses(c.enrolments)).toEqual([
      [1, 'cancelled'],
      [2, 'confirmed'],
      [3, 'confirmed'],
      [4, 'waitlisted'],
      [5, 'waitlisted'],
    ]);
    expect(waitlistPosition(c.enrolments, 4)).toBe(1);
  });
  it('promotes in order, one per seat freed', () => {
    let r = full;
    const promoted: number[] = [];
    for (const p of [2, 3, 1]) {
      const c = cancel(r, p);
      if (!c.ok) throw new Error(c.refusal);
      promoted.push(...c.promoted);
      r = { ...r, enrolments: c.enrolments };
    }
    expect(promoted).toEqual([3, 4, 5]);
    expect(rosterSummary(r)).toEqual({ confirmed: 2, waitlisted: 0, freeSeats: 0 });
  });
  it('a cancellation from the waiting list promotes nobody and moves the rest up', () => {
    const c = cancel(full, 3);
    expect(c).toMatchObject({ ok: true, was: 'waitlisted', promoted: [] });
    if (c.ok) expect([waitlistPosition(c.enrolments, 4), waitlistPosition(c.enrolments, 5)]).toEqual([1, 2]);
  });
  it.each([
    ['someone never enrolled', 9],
    ['someone already cancelled', 1],
  ])('refuses to cancel %s', (_, person) => {
    const first = cancel(full, 1);
    if (!first.ok) throw new Error(first.refusal);
    expect(cancel({ ...full, enrolments: first.enrolments }, person)).toEqual({ ok: false, refusal: 'not_enrolled' });
  });
  it('does not change the roster it was given', () => {
    const before = JSON.stringify(full);
    cancel(full, 1);
    expect(JSON.stringify(full)).toBe(before);
  });
});

describe('capacity changes', () => {
  const full = enrolAll(roster(2), [1, 2, 3, 4, 5]);

  it.each([
    [3, [3], 0],
    [4, [3, 4], 0],
    [10, [3, 4, 5], 0],
    [2, [], 0],
    [1, [], 1],
  ])('to %i promotes %j (overbooked %i)', (capacity, promoted, overbooked) => {
    expect(changeCapacity(full, capacity)).toMatchObject({ promoted, overbooked });
  });
  it('lowering the capacity keeps every confirmed seat and promotes nobody until below it', () => {
    const lower = changeCapacity(full, 1);
    expect(rosterSummary({ ...full, capacity: 1, enrolments: lower.enrolments })).toEqual({
      confirmed: 2,
      waitlisted: 3,
      freeSeats: 0,
    });
    const c = cancel({ ...full, capacity: 1, enrolments: lower.enrolments }, 1);
    expect(c).toMatchObject({ ok: true, promoted: [] });
  });
  it('refuses a capacity that is not a whole number of seats', () => {
    expect(() => changeCapacity(full, -1)).toThrow(RangeError);
    expect(() => changeCapacity(full, 2.5)).toThrow(RangeError);
    expect(rosterSettingsSchema.safeParse({ capacity: 30, waitlistLimit: null }).success).toBe(true);
    expect(rosterSettingsSchema.safeParse({ capacity: -1, waitlistLimit: null }).success).toBe(false);
  });
});
