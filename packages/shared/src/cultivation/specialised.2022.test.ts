import { describe, expect, it } from 'vitest';
import { WAN_YUAN_FEN } from './exact.ts';
import { specialisedCheckBodySchema, specialisedResultSchema } from './specialised.schemas.ts';
import { checkSpecialised, type SpecialisedInput } from './specialised.ts';

const W = WAN_YUAN_FEN;
/**
 * Meets both tiers of 63号: revenue 1亿 with 95 % main business growing 10 %, debt 50 %, R&D 700万 a year (7 %), 5 Ⅰ类
 * IP, every qualitative criterion stated.
 */
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
  provincialScore: 70,
  scienceAwards: [],
  makerChinaRank: null,
  rdInstitution: true,
  rdStaffBp: 2_000,
  informationSystem: true,
  managementCertified: true,
  ownBrand: true,
  chainRole: true,
  keyField: true,
};
const on = '2025-06-30';
const run = (patch: Partial<SpecialisedInput>, date = on) => checkSpecialised({ ...base, ...patch }, date);
const line = (r: ReturnType<typeof run>, code: string) => r.reasons.find((l) => l.code === `specialised.${code}`);
const outcome = (r: ReturnType<typeof run>, code: string) => line(r, code)?.outcome;
const latest = (patch: Partial<SpecialisedInput['years'][number]>) => ({
  years: [base.years[0], base.years[1], { ...base.years[2], ...patch }] as SpecialisedInput['years'],
});
/** Two years with the same revenue and R&D (the latest last). */
const twoYears = (revenue: number, rd: number) => ({
  years: [
    { revenueFen: revenue, mainBusinessRevenueFen: revenue, rdFen: rd },
    { revenueFen: revenue, mainBusinessRevenueFen: revenue, rdFen: rd },
  ],
});

describe('专精特新 by 工信部企业〔2022〕63号', () => {
  it('is the pack in force from 2022-08-01 to 2026-03-31, and cites the article of each criterion', () => {
    expect(run({}, '2022-08-01').packId).toBe('specialised/2022-63');
    expect(run({}, '2026-03-31').packId).toBe('specialised/2022-63');
    expect(() => run({}, '2022-07-31')).toThrow(RangeError);
    const r = run({});
    expect(r.reasons.every((l) => l.cite.document.startsWith('工信部企业〔2022〕63号') && l.cite.article)).toBe(true);
    expect(line(r, 'provincial.rd')?.cite.article).toBe('附件2 一、认定条件（二）');
    expect(line(r, 'giant.innovation-direct')?.cite.article).toBe('附件3（四）2. 创新直通条件');
    expect(r.reasons.map((l) => l.code).slice(0, 5)).toEqual([
      'specialised.provincial.niche-years',
      'specialised.provincial.rd',
      'specialised.provincial.revenue',
      'specialised.provincial.score',
      'specialised.provincial.direct',
    ]);
  });
  it('meets both tiers with a complete, strong enterprise', () => {
    const r = run({});
    expect(r.provincial).toEqual({ verdict: 'eligible', eligible: true, missing: [] });
    expect(r.giant).toEqual({ verdict: 'eligible', eligible: true, missing: [] });
    expect(specialisedResultSchema.safeParse(r).success).toBe(true);
  });
  it('asks neither main-business share nor debt ratio nor Ⅰ类 IP of the province-level tier, which 2026 does', () => {
    const weak = { ...latest({ mainBusinessRevenueFen: 5_000 * W }), liabilitiesFen: 9_000 * W, ip1Count: 0 };
    expect(run(weak).provincial.verdict).toBe('eligible');
    expect(run(weak, '2026-04-01').provincial.verdict).toBe('not_eligible');
  });
});

describe('63号 province-level (附件2), both sides', () => {
  it.each([
    [{ nicheYears: 2 }, 'provincial.niche-years', 'met'],
    [{ nicheYears: 1 }, 'provincial.niche-years', 'not_met'],
    [{ nicheYears: undefined }, 'provincial.niche-years', 'needs_data'],
    [{ provincialScore: 60 }, 'provincial.score', 'met'],
    [{ provincialScore: 59 }, 'provincial.score', 'not_met'],
    [{ provincialScore: undefined }, 'provincial.score', 'needs_data'],
  ] as const)('%o → %s %s', (patch, code, expected) => {
    expect(outcome(run(patch), code)).toBe(expected);
  });
  it("last year's R&D: 100万 and 3 %, both inclusive; the year before does not count", () => {
    expect(outcome(run(twoYears(3_000 * W, 100 * W)), 'provincial.rd')).toBe('met'); // 3.33 %
    expect(outcome(run(twoYears(3_000 * W, 100 * W - 1)), 'provincial.rd')).toBe('not_met');
    expect(outcome(run(twoYears(5_000 * W, 150 * W)), 'provincial.rd')).toBe('met'); // exactly 3 %
    expect(outcome(run(twoYears(5_000 * W, 150 * W - 1)), 'provincial.rd')).toBe('not_met');
    const oneYear = { years: [{ revenueFen: 5_000 * W, mainBusinessRevenueFen: 5_000 * W, rdFen: 150 * W }] };
    expect(outcome(run(oneYear), 'provincial.rd')).toBe('met');
    const weakBefore = { years: [{ ...base.years[1], rdFen: 0 }, base.years[2]] as SpecialisedInput['years'] };
    expect(outcome(run(weakBefore), 'provincial.rd')).toBe('met');
  });
  it('revenue 1000万 meets it; below, new equity financing of 2000万 does, and unknown financing needs data', () => {
    expect(outcome(run(latest({ revenueFen: 1_000 * W, mainBusinessRevenueFen: 900 * W })), 'provincial.revenue')).toBe(
      'met',
    );
    const below = latest({ revenueFen: 1_000 * W - 1, mainBusinessRevenueFen: 900 * W });
    expect(outcome(run(below), 'provincial.revenue')).toBe('needs_data');
    expect(outcome(run({ ...below, equityFinancing2yFen: 2_000 * W }), 'provincial.revenue')).toBe('met');
    expect(outcome(run({ ...below, equityFinancing2yFen: 2_000 * W - 1 }), 'provincial.revenue')).toBe('not_met');
  });
  describe('a score below 60 is made good by one direct route', () => {
    const low = { provincialScore: 50 };
    it.each([
      ['provincial award ranked 3rd', { scienceAwards: [{ level: 'provincial', rank: 3 }] }, 'eligible'],
      ['provincial award ranked 4th', { scienceAwards: [{ level: 'provincial', rank: 4 }] }, 'not_eligible'],
      ['national award ranked 5th', { scienceAwards: [{ level: 'national', rank: 5 }] }, 'eligible'],
      ['national award ranked 6th', { scienceAwards: [{ level: 'national', rank: 6 }] }, 'not_eligible'],
      ['"创客中国" rank 500', { makerChinaRank: 500 }, 'eligible'],
      ['"创客中国" rank 501', { makerChinaRank: 501 }, 'not_eligible'],
      ['equity financing 6000万', { equityFinancing2yFen: 6_000 * W }, 'eligible'],
      ['equity financing 6000万 less 1 fen', { equityFinancing2yFen: 6_000 * W - 1 }, 'not_eligible'],
      ['awards not stated', { scienceAwards: undefined }, 'needs_data'],
    ] as const)('%s → %s', (_, patch, verdict) => {
      // Equity financing not given leaves that route open unless the case sets it.
      const r = run({ ...low, equityFinancing2yFen: 0, ...(patch as Partial<SpecialisedInput>) });
      expect(r.provincial.verdict).toBe(verdict);
    });
    it('average R&D of 1000万 over the last two years, exact', () => {
      const rd = (a: number, b: number) => ({
        ...low,
        equityFinancing2yFen: 0,
        years: [
          { ...base.years[1], rdFen: a },
          { ...base.years[2], rdFen: b },
        ] as SpecialisedInput['years'],
      });
      expect(run(rd(900 * W, 1_100 * W)).provincial.verdict).toBe('eligible');
      expect(run(rd(900 * W, 1_100 * W - 1)).provincial.verdict).toBe('not_eligible');
    });
    it('a met score leaves the direct routes unasked, and an unknown score with no direct route needs data', () => {
      const r = run({ provincialScore: 60, scienceAwards: undefined, makerChinaRank: undefined });
      expect(r.provincial).toEqual({ verdict: 'eligible', eligible: true, missing: [] });
      const open = run({ provincialScore: undefined, equityFinancing2yFen: 0 });
      expect(open.provincial.verdict).toBe('needs_data');
      expect(open.provincial.missing).toEqual(['specialised.provincial.score']);
    });
  });
});

describe('63号 小巨人 (附件3), both sides', () => {
  it.each([
    [{ nicheYears: 3 }, 'giant.niche-years', 'met'],
    [{ nicheYears: 2 }, 'giant.niche-years', 'not_met'],
    [latest({ mainBusinessRevenueFen: 7_000 * W }), 'giant.main-business', 'met'],
    [latest({ mainBusinessRevenueFen: 7_000 * W - 1 }), 'giant.main-business', 'not_met'],
    [{ liabilitiesFen: 7_000 * W }, 'giant.debt', 'met'],
    [{ liabilitiesFen: 7_000 * W + 1 }, 'giant.debt', 'not_met'],
    [{ marketShareBp: 1_000 }, 'giant.market', 'met'],
    [{ marketShareBp: 999 }, 'giant.market', 'not_met'],
    [{ marketShareBp: undefined }, 'giant.market', 'needs_data'],
    [{ ip1Count: 2 }, 'giant.ip', 'met'],
    [{ ip1Count: 1 }, 'giant.ip', 'not_met'],
    [{ rdInstitution: false }, 'giant.rd-institution', 'not_met'],
    [{ rdInstitution: undefined }, 'giant.rd-institution', 'needs_data'],
    [{ informationSystem: false }, 'giant.information-system', 'not_met'],
    [{ managementCertified: undefined }, 'giant.certification', 'needs_data'],
    [{ ownBrand: false }, 'giant.own-brand', 'not_met'],
    [{ chainRole: undefined }, 'giant.chain', 'needs_data'],
    [{ keyField: false }, 'giant.key-field', 'not_met'],
  ] as const)('%o → %s %s', (patch, code, expected) => {
    expect(outcome(run(patch), code)).toBe(expected);
  });
  it('average main-business growth of 5 % over two years, exact', () => {
    const growth = (y1: number, y2: number, y3: number) => ({
      years: [y1, y2, y3].map((m) => ({ revenueFen: m, mainBusinessRevenueFen: m, rdFen: 0 })),
    });
    expect(outcome(run(growth(10_000, 10_500, 11_025)), 'giant.growth')).toBe('met');
    expect(outcome(run(growth(10_000, 10_500, 11_024)), 'giant.growth')).toBe('not_met');
    expect(outcome(run({ years: base.years.slice(1) }), 'giant.growth')).toBe('needs_data');
  });
  describe('R&D by the band of last year’s revenue, in each of the last two years', () => {
    it.each([
      ['1亿, 3 % both years', twoYears(10_000 * W, 300 * W), 'met'],
      ['1亿, just under 3 %', twoYears(10_000 * W, 300 * W - 1), 'not_met'],
      ['1亿 less 1 fen falls to the 6 % band: 3 % is short', twoYears(10_000 * W - 1, 300 * W), 'not_met'],
      ['5000万, 6 % both years', twoYears(5_000 * W, 300 * W), 'met'],
      ['5000万, just under 6 %', twoYears(5_000 * W, 300 * W - 1), 'not_met'],
    ] as const)('%s → %s', (_, years, expected) => {
      expect(outcome(run(years), 'giant.rd')).toBe(expected);
    });
    it('one year of 2 short of the share fails it although the other is well above', () => {
      const years = {
        years: [
          { revenueFen: 10_000 * W, mainBusinessRevenueFen: 10_000 * W, rdFen: 299 * W },
          { revenueFen: 10_000 * W, mainBusinessRevenueFen: 10_000 * W, rdFen: 900 * W },
        ],
      };
      expect(outcome(run(years), 'giant.rd')).toBe('not_met');
    });
    it('below 5000万: equity financing 8000万, R&D 3000万 over two years and R&D staff 50 %, all three', () => {
      const small = (patch: Partial<SpecialisedInput>) =>
        outcome(
          run({
            ...twoYears(5_000 * W - 1, 1_500 * W),
            equityFinancing2yFen: 8_000 * W,
            rdStaffBp: 5_000,
            ...patch,
          }),
          'giant.rd',
        );
      expect(small({})).toBe('met');
      expect(small({ equityFinancing2yFen: 8_000 * W - 1 })).toBe('not_met');
      expect(small({ rdStaffBp: 4_999 })).toBe('not_met');
      expect(small(twoYears(5_000 * W - 1, 1_500 * W - 1))).toBe('not_met');
      expect(small({ rdStaffBp: undefined })).toBe('needs_data');
    });
    it('needs two years', () => {
      expect(outcome(run({ years: base.years.slice(2) }), 'giant.rd')).toBe('needs_data');
    });
  });
  describe('the direct innovation routes stand in for R&D, institution and IP', () => {
    const weak = { ip1Count: 0, rdInstitution: false };
    it.each([
      ['national award ranked 3rd', { scienceAwards: [{ level: 'national', rank: 3 }] }, 'eligible'],
      ['national award ranked 4th', { scienceAwards: [{ level: 'national', rank: 4 }] }, 'not_eligible'],
      ['provincial award ranked 1st', { scienceAwards: [{ level: 'provincial', rank: 1 }] }, 'not_eligible'],
      ['"创客中国" rank 50', { makerChinaRank: 50 }, 'eligible'],
      ['"创客中国" rank 51', { makerChinaRank: 51 }, 'not_eligible'],
    ] as const)('%s → %s', (_, patch, verdict) => {
      expect(run({ ...weak, ...(patch as Partial<SpecialisedInput>) }).giant.verdict).toBe(verdict);
    });
    it('a met direct route leaves the general conditions unasked', () => {
      const r = run({ rdInstitution: undefined, makerChinaRank: 10 });
      expect(r.giant).toEqual({ verdict: 'eligible', eligible: true, missing: [] });
      const open = run({ rdInstitution: undefined, scienceAwards: undefined, makerChinaRank: undefined });
      expect(open.giant.verdict).toBe('needs_data');
      expect(open.giant.missing).toEqual(['specialised.giant.rd-institution', 'specialised.giant.innovation-direct']);
    });
  });
  it('says which facts a registry-only check lacks, and never counts them as met', () => {
    const registryOnly: SpecialisedInput = {
      years: base.years,
      liabilitiesFen: base.liabilitiesFen,
      totalAssetsFen: base.totalAssetsFen,
      ip1Count: base.ip1Count,
    };
    const r = checkSpecialised(registryOnly, on);
    expect(r.provincial.verdict).toBe('needs_data');
    expect(r.provincial.missing).toEqual([
      'specialised.provincial.niche-years',
      'specialised.provincial.score',
      'specialised.provincial.direct',
    ]);
    expect(r.giant.eligible).toBe(false);
    expect(line(r, 'giant.market')?.rule.zh).toContain('无法判断');
  });
});

describe('the body of a self-check', () => {
  it('takes the facts 63号 asks for and refuses impossible ones', () => {
    expect(specialisedCheckBodySchema.safeParse(base).success).toBe(true);
    expect(specialisedCheckBodySchema.safeParse({ ...base, makerChinaRank: 0 }).success).toBe(false);
    expect(specialisedCheckBodySchema.safeParse({ ...base, rdStaffBp: 10_001 }).success).toBe(false);
    expect(specialisedCheckBodySchema.safeParse({ ...base, scienceAwards: [{ level: 'city', rank: 1 }] }).success).toBe(
      false,
    );
  });
});
