import { describe, expect, it } from 'vitest';
import { assertContiguous } from '../rules/rule-pack.ts';
import { WAN_YUAN_FEN } from './exact.ts';
import { specialisedPacks } from './specialised.packs.ts';
import { specialisedCheckBodySchema, specialisedResultSchema } from './specialised.schemas.ts';
import { checkSpecialised, type SpecialisedInput } from './specialised.ts';

const W = WAN_YUAN_FEN;
/** Meets both tiers: revenue 1亿 with 95 % main business growing 10 %, debt 50 %, R&D 700万 a year, 5 Ⅰ类 IP. */
const base: SpecialisedInput = {
  years: [
    { revenueFen: 8_264 * W, mainBusinessRevenueFen: 7_851 * W, rdFen: 600 * W },
    { revenueFen: 9_091 * W, mainBusinessRevenueFen: 8_636 * W, rdFen: 700 * W },
    { revenueFen: 10_000 * W, mainBusinessRevenueFen: 9_500 * W, rdFen: 700 * W },
  ],
  liabilitiesFen: 5_000 * W,
  totalAssetsFen: 10_000 * W,
  ip1Count: 5,
  nicheYears: 5,
  marketShareBp: 1_200,
  marketTopThree: false,
  provincialScore: 70,
  giantScore: 70,
};
const on = '2026-06-30';
const run = (patch: Partial<SpecialisedInput>, date = on) => checkSpecialised({ ...base, ...patch }, date);
const outcome = (r: ReturnType<typeof run>, code: string) =>
  r.reasons.find((l) => l.code === `specialised.${code}`)?.outcome;
const latest = (patch: Partial<SpecialisedInput['years'][number]>) => ({
  years: [base.years[0], base.years[1], { ...base.years[2], ...patch }] as SpecialisedInput['years'],
});

describe('专精特新 packs', () => {
  it('are contiguous and change from 63号 to 2026年2号 on 2026-04-01; the 2026 thresholds still say they need checking', () => {
    expect(() => assertContiguous(specialisedPacks)).not.toThrow();
    const before = run({}, '2026-03-31');
    const after = run({}, '2026-04-01');
    expect(before.packId).toBe('specialised/2022-63');
    expect(after.packId).toBe('specialised/2026-2');
    expect(before.note.zh).toContain('评价指标');
    expect(after.note.zh).toContain('核实');
    expect(before.reasons[0]?.cite.document).toContain('〔2022〕63号');
    expect(after.reasons[0]?.cite.document).toContain('〔2026〕2号');
  });
  it('meets both tiers with a complete, strong enterprise', () => {
    const r = run({});
    expect(r.provincial).toEqual({ verdict: 'eligible', eligible: true, missing: [] });
    expect(r.giant).toEqual({ verdict: 'eligible', eligible: true, missing: [] });
    expect(specialisedResultSchema.safeParse(r).success).toBe(true);
  });
});

describe('2026: province-level thresholds, both sides', () => {
  it.each([
    [{ nicheYears: 3 }, 'provincial.niche-years', 'met'],
    [{ nicheYears: 2 }, 'provincial.niche-years', 'not_met'],
    [{ nicheYears: undefined }, 'provincial.niche-years', 'needs_data'],
    [{ liabilitiesFen: 8_000 * W }, 'provincial.debt', 'met'],
    [{ liabilitiesFen: 8_000 * W + 1 }, 'provincial.debt', 'not_met'],
    [{ ip1Count: 1 }, 'provincial.ip', 'met'],
    [{ ip1Count: 0 }, 'provincial.ip', 'not_met'],
    [{ provincialScore: 50 }, 'provincial.score', 'met'],
    [{ provincialScore: 49 }, 'provincial.score', 'not_met'],
    [{ provincialScore: undefined }, 'provincial.score', 'needs_data'],
  ] as const)('%o → %s %s', (patch, code, expected) => {
    expect(outcome(run(patch), code)).toBe(expected);
  });
  it('revenue 1500万 meets it; below, the equity financing decides, and unknown financing needs data', () => {
    expect(
      outcome(run(latest({ revenueFen: 1_500 * W, mainBusinessRevenueFen: 1_425 * W })), 'provincial.revenue'),
    ).toBe('met');
    const below = latest({ revenueFen: 1_500 * W - 1, mainBusinessRevenueFen: 1_425 * W });
    expect(outcome(run(below), 'provincial.revenue')).toBe('needs_data');
    expect(outcome(run({ ...below, equityFinancing2yFen: 2_000 * W }), 'provincial.revenue')).toBe('met');
    expect(outcome(run({ ...below, equityFinancing2yFen: 2_000 * W - 1 }), 'provincial.revenue')).toBe('not_met');
  });
  it('main business 80 % meets it, 79.99 % does not', () => {
    expect(outcome(run(latest({ mainBusinessRevenueFen: 8_000 * W })), 'provincial.main-business')).toBe('met');
    expect(outcome(run(latest({ mainBusinessRevenueFen: 7_999 * W })), 'provincial.main-business')).toBe('not_met');
  });
  it('R&D of 100万 and 3 % in each of the last two years', () => {
    const years = (rd: number, revenue: number) => ({
      years: [
        { revenueFen: revenue, mainBusinessRevenueFen: revenue, rdFen: rd },
        { revenueFen: revenue, mainBusinessRevenueFen: revenue, rdFen: rd },
      ],
    });
    expect(outcome(run(years(100 * W, 3_000 * W)), 'provincial.rd')).toBe('met'); // 100万 = 3.33 %
    expect(outcome(run(years(100 * W - 1, 3_000 * W)), 'provincial.rd')).toBe('not_met');
    expect(outcome(run(years(150 * W, 5_000 * W)), 'provincial.rd')).toBe('met'); // exactly 3 %
    expect(outcome(run(years(150 * W - 1, 5_000 * W)), 'provincial.rd')).toBe('not_met');
    expect(outcome(run({ years: [base.years[2]] as SpecialisedInput['years'] }), 'provincial.rd')).toBe('needs_data');
  });
});

describe('2026: 小巨人 thresholds, both sides', () => {
  it.each([
    [latest({ revenueFen: 5_000 * W, mainBusinessRevenueFen: 4_750 * W }), 'giant.revenue', 'met'],
    [latest({ revenueFen: 5_000 * W - 1, mainBusinessRevenueFen: 4_750 * W }), 'giant.revenue', 'not_met'],
    [latest({ mainBusinessRevenueFen: 9_000 * W }), 'giant.main-business', 'met'],
    [latest({ mainBusinessRevenueFen: 8_999 * W }), 'giant.main-business', 'not_met'],
    [{ liabilitiesFen: 7_500 * W }, 'giant.debt', 'met'],
    [{ liabilitiesFen: 7_500 * W + 1 }, 'giant.debt', 'not_met'],
    [{ ip1Count: 4 }, 'giant.ip', 'met'],
    [{ ip1Count: 3 }, 'giant.ip', 'not_met'],
    [{ giantScore: 60 }, 'giant.score', 'met'],
    [{ giantScore: 59 }, 'giant.score', 'not_met'],
    [{ marketShareBp: 1_000, marketTopThree: false }, 'giant.market', 'met'],
    [{ marketShareBp: 999, marketTopThree: false }, 'giant.market', 'not_met'],
    [{ marketShareBp: 999, marketTopThree: true }, 'giant.market', 'met'],
    [{ marketShareBp: 999, marketTopThree: undefined }, 'giant.market', 'needs_data'],
    [{ marketShareBp: undefined, marketTopThree: undefined }, 'giant.market', 'needs_data'],
  ] as const)('%o → %s %s', (patch, code, expected) => {
    expect(outcome(run(patch), code)).toBe(expected);
  });
  it('R&D of 1200万 over two years', () => {
    const rd = (a: number, b: number) => ({
      years: [
        { ...base.years[1], rdFen: a },
        { ...base.years[2], rdFen: b },
      ] as SpecialisedInput['years'],
    });
    expect(outcome(run(rd(600 * W, 600 * W)), 'giant.rd')).toBe('met');
    expect(outcome(run(rd(600 * W, 600 * W - 1)), 'giant.rd')).toBe('not_met');
  });
  it('average growth of 5 % over two years, exact; fewer than three years need data', () => {
    const growth = (y1: number, y2: number, y3: number) => ({
      years: [y1, y2, y3].map((m) => ({ revenueFen: m, mainBusinessRevenueFen: m, rdFen: 0 })),
    });
    expect(outcome(run(growth(10_000, 10_500, 11_025)), 'giant.growth')).toBe('met');
    expect(outcome(run(growth(10_000, 10_500, 11_024)), 'giant.growth')).toBe('not_met');
    expect(outcome(run(growth(0, 10_500, 11_025)), 'giant.growth')).toBe('needs_data');
    expect(outcome(run({ years: base.years.slice(1) }), 'giant.growth')).toBe('needs_data');
  });
});

describe('facts not given', () => {
  it('leave a tier open unless another criterion already fails, and are listed per tier', () => {
    const r = run({ nicheYears: undefined, giantScore: undefined });
    expect(r.provincial.verdict).toBe('needs_data');
    expect(r.provincial.missing).toEqual(['specialised.provincial.niche-years']);
    expect(r.giant.verdict).toBe('needs_data');
    expect(r.giant.missing).toEqual(['specialised.giant.score']);
    const failed = run({ nicheYears: undefined, ip1Count: 0 });
    expect(failed.provincial.verdict).toBe('not_eligible');
    expect(failed.provincial.eligible).toBe(false);
  });
  it('the body schema refuses a main business above the revenue and a share above 100 %', () => {
    const body = { ...base };
    expect(specialisedCheckBodySchema.safeParse(body).success).toBe(true);
    expect(
      specialisedCheckBodySchema.safeParse({ ...body, ...latest({ mainBusinessRevenueFen: 10_001 * W }) }).success,
    ).toBe(false);
    expect(specialisedCheckBodySchema.safeParse({ ...body, marketShareBp: 10_001 }).success).toBe(false);
    expect(specialisedCheckBodySchema.safeParse({ ...body, years: [] }).success).toBe(false);
  });
});
