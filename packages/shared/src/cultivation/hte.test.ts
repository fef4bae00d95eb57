import { describe, expect, it } from 'vitest';
import { assertContiguous } from '../rules/rule-pack.ts';
import { WAN_YUAN_FEN, YI_YUAN_FEN } from './exact.ts';
import { growthPoints, growthRate } from './growth.ts';
import { hte2016, htePacks } from './hte.packs.ts';
import { hteCheckBodySchema, hteResultSchema } from './hte.schemas.ts';
import { checkHte, type HteInput, hteRdPercent, smallestAddition } from './hte.ts';

const p = hte2016.params;
const W = WAN_YUAN_FEN;
/** Meets every condition; innovation 81–94 (see the score test). */
const base: HteInput = {
  registeredOn: '2020-01-01',
  employees: 100,
  techStaff: 10,
  salesFen: [4_000 * W, 4_500 * W, 5_000 * W],
  rdFen: [200 * W, 225 * W, 250 * W],
  domesticRdFen: 675 * W,
  highTechIncomeFen: 3_000 * W,
  totalIncomeFen: 5_000 * W,
  ip1Count: 1,
  ip2Count: 0,
  inSupportedField: true,
  majorIncident: false,
  ownDevelopedIp: true,
  advancement: 8,
  coreSupport: 8,
  standardsDrafted: false,
  conversions: [5, 5, 5],
  management: { system: 6, institution: 6, incentive: 4, talent: 4 },
  netAssetsFen: [10_000, 13_500, 18_225],
};
const on = '2025-06-30';
const run = (patch: Partial<HteInput>, date = on) => checkHte({ ...base, ...patch }, date);
const line = (r: ReturnType<typeof run>, code: string) => r.reasons.find((l) => l.code === code);
const gap = (r: ReturnType<typeof run>, code: string) => r.gaps.find((g) => g.code === code);

describe('高企 packs', () => {
  it('are contiguous and start with 32号 on 2016-01-01', () => {
    expect(() => assertContiguous(htePacks)).not.toThrow();
    expect(run({}, '2016-01-01').packId).toBe('hte/2016-32');
    expect(() => run({}, '2015-12-31')).toThrow('no rule');
  });
});

describe('a complete enterprise', () => {
  it('meets every condition, with the score surely above 70', () => {
    const r = run({});
    expect(r.verdict).toBe('eligible');
    expect(r.eligible).toBe(true);
    // IP 8+8+(7–8)+(1–6)+0 = 24–30; conversions 25–30; management 20; growth 9–10 + 3–4
    expect(r.score).toEqual({ min: 81, max: 94 });
    expect(r.parts.ip).toEqual({ min: 24, max: 30 });
    expect(r.scoreCondition).toBe('surely_met');
    expect(r.gaps).toEqual([]);
    expect(r.missing).toEqual([]);
  });
});

describe('registered at least 365 days', () => {
  it('364 days is short by one, 365 days meets it', () => {
    const short = run({ registeredOn: '2024-07-01' }, '2025-06-30');
    expect(line(short, 'hte.registered')?.outcome).toBe('not_met');
    expect(gap(short, 'hte.registered')).toMatchObject({ unit: 'days', amount: 1 });
    expect(gap(short, 'hte.registered')?.words.zh).toBe('注册成立还差 1 天（2025-07-01 起满 365 天）');
    expect(line(run({ registeredOn: '2024-07-01' }, '2025-07-01'), 'hte.registered')?.outcome).toBe('met');
  });
});

describe('tech staff at least 10 %', () => {
  it('9.99 % fails by 2 new hires (1 by reclassification); 10 % meets it', () => {
    const r = run({ employees: 10_000, techStaff: 999 });
    expect(line(r, 'hte.tech-staff')?.outcome).toBe('not_met');
    expect(gap(r, 'hte.tech-staff')).toMatchObject({ unit: 'people', amount: 2 });
    expect(gap(r, 'hte.tech-staff')?.words.en).toContain('2 more tech staff');
    expect(gap(r, 'hte.tech-staff')?.words.en).toContain('1 if existing employees');
    expect(line(run({ employees: 10_000, techStaff: 1_000 }), 'hte.tech-staff')?.outcome).toBe('met');
  });
  it('7 of 100: 4 more hires, or 3 reclassified', () => {
    const g = gap(run({ techStaff: 7 }), 'hte.tech-staff');
    expect(g?.words.zh).toBe('科技人员还差 4 人（新增人员同时计入职工总数；若由现有职工认定为科技人员，还差 3 人）');
  });
  it('the smallest addition is the smallest that works', () => {
    for (const [part, whole, percent] of [
      [999, 10_000, 10],
      [7, 100, 10],
      [0, 1, 60],
      [59, 100, 60],
      [1, 3, 60],
    ] as const) {
      const x = smallestAddition(part, whole, percent);
      expect((part + x) * 100).toBeGreaterThanOrEqual(percent * (whole + x));
      if (x > 0) expect((part + x - 1) * 100).toBeLessThan(percent * (whole + x - 1));
    }
  });
});

describe('R&D ratio by the latest year’s sales band', () => {
  it.each([
    [5_000 * W, 5],
    [5_000 * W + 1, 4],
    [2 * YI_YUAN_FEN, 4],
    [2 * YI_YUAN_FEN + 1, 3],
    [0, 5],
  ])('latest sales %i fen → %i %%', (sales, percent) => {
    expect(hteRdPercent(sales, p)).toBe(percent);
  });
  it('4 % of sales fails at exactly 5000万 and passes one fen above', () => {
    const at = (latest: number) =>
      run({ salesFen: [latest, latest, latest], rdFen: [latest / 25, latest / 25, latest / 25] });
    expect(line(at(5_000 * W), 'hte.rd-ratio')?.outcome).toBe('not_met');
    const above = 5_000 * W + 25; // R&D 200万 + 1 fen each year: exactly 4 %
    expect(line(at(above), 'hte.rd-ratio')?.outcome).toBe('met');
  });
  it('3 % fails at exactly 2 亿 and passes above', () => {
    const at = (latest: number) => run({ salesFen: [latest], rdFen: [Math.ceil((latest * 3) / 100)] });
    expect(line(at(2 * YI_YUAN_FEN), 'hte.rd-ratio')?.outcome).toBe('not_met');
    expect(line(at(2 * YI_YUAN_FEN + 100), 'hte.rd-ratio')?.outcome).toBe('met');
  });
  it('says 0.80 percentage points and the fen that close the gap', () => {
    // 3 × 1000万 sales, R&D 126万 = 4.20 % against 5 %: 24万 short
    const r = run({
      salesFen: [1_000 * W, 1_000 * W, 1_000 * W],
      rdFen: [42 * W, 42 * W, 42 * W],
      domesticRdFen: 126 * W,
    });
    const g = gap(r, 'hte.rd-ratio');
    expect(g).toMatchObject({ unit: 'fen', amount: 24 * W });
    expect(g?.words.zh).toBe('研发费用占比还差 0.80 个百分点（研发费用至少还需 240,000.00 元）');
    expect(g?.words.en).toBe('R&D ratio 0.80 percentage points short (at least ¥240,000.00 more R&D)');
  });
  it('a shortfall of one fen rounds the percentage points up, never to 0.00', () => {
    const r = run({
      salesFen: [1_000 * W, 1_000 * W, 1_000 * W],
      rdFen: [50 * W, 50 * W, 50 * W - 1],
      domesticRdFen: 0,
    });
    expect(gap(r, 'hte.rd-ratio')).toMatchObject({ amount: 1 });
    expect(gap(r, 'hte.rd-ratio')?.words.zh).toContain('还差 0.01 个百分点');
  });
});

describe('R&D in China and high-tech income at least 60 %', () => {
  it('59.99 % fails, 60 % meets (domestic R&D)', () => {
    const rd = { rdFen: [10_000, 0, 0], salesFen: [100_000, 100_000, 100_000] };
    expect(line(run({ ...rd, domesticRdFen: 5_999 }), 'hte.domestic-rd')?.outcome).toBe('not_met');
    expect(gap(run({ ...rd, domesticRdFen: 5_999 }), 'hte.domestic-rd')?.amount).toBe(3); // (5999+3)/(10000+3) ≥ 60 %
    expect(line(run({ ...rd, domesticRdFen: 6_000 }), 'hte.domestic-rd')?.outcome).toBe('met');
  });
  it('59.99 % fails, 60 % meets (high-tech income), with the income still needed', () => {
    const short = run({ highTechIncomeFen: 5_999, totalIncomeFen: 10_000 });
    expect(line(short, 'hte.high-tech-income')?.outcome).toBe('not_met');
    expect(gap(short, 'hte.high-tech-income')?.amount).toBe(3);
    expect(line(run({ highTechIncomeFen: 6_000, totalIncomeFen: 10_000 }), 'hte.high-tech-income')?.outcome).toBe(
      'met',
    );
  });
});

describe('innovation score: more than 70, as a range', () => {
  // IP 8 + 8 + (7–8) + (1–3, transferred only) + 0 = 24–27; growth 35 % twice = 18–20.
  const tuned = (conversions: number[], talent: number): Partial<HteInput> => ({
    ownDevelopedIp: false,
    conversions,
    salesFen: [10_000 * W, 13_500 * W, 18_225 * W],
    rdFen: [1_000 * W, 1_000 * W, 1_000 * W],
    domesticRdFen: 3_000 * W,
    management: { system: 6, institution: 0, incentive: 4, talent },
  });
  it('minimum 71 is surely met, minimum 70 only possibly', () => {
    // conversions 4 a year: 19–24; management 6 + 0 + 4 + talent
    const sure = run(tuned([4, 4, 4], 0)); // 24 + 19 + 10 + 18 = 71
    expect(sure.score.min).toBe(71);
    expect(sure.scoreCondition).toBe('surely_met');
    expect(sure.verdict).toBe('eligible');
    const maybe = run({ ...tuned([4, 4, 4], 0), management: { system: 5, institution: 0, incentive: 4, talent: 0 } });
    expect(maybe.score.min).toBe(70);
    expect(maybe.scoreCondition).toBe('possibly_met');
    expect(maybe.verdict).toBe('needs_data');
    expect(maybe.eligible).toBe(false);
    expect(gap(maybe, 'hte.innovation-uncertain')).toMatchObject({ unit: 'points', amount: 1 });
  });
  it('maximum 70 surely fails by 1 point, maximum 71 possibly passes', () => {
    // conversions 1 a year: 1–6; max = 27 + 6 + (6 + 6 + 4 + talent) + 20
    const fail = run({ ...tuned([1, 1, 1], 1), management: { system: 6, institution: 0, incentive: 4, talent: 1 } });
    expect(fail.score.max).toBe(64);
    const at70 = run({ ...tuned([1, 1, 1], 0), management: { system: 6, institution: 6, incentive: 4, talent: 1 } });
    expect(at70.score.max).toBe(70);
    expect(at70.scoreCondition).toBe('surely_not_met');
    expect(at70.verdict).toBe('not_eligible');
    expect(gap(at70, 'hte.innovation')?.words.zh).toBe('创新能力评价最高 70 分，至少还差 1 分');
    const at71 = run({ ...tuned([1, 1, 1], 0), management: { system: 6, institution: 6, incentive: 4, talent: 2 } });
    expect(at71.score.max).toBe(71);
    expect(at71.scoreCondition).toBe('possibly_met');
  });
  it('unknown items widen the range and are listed as missing', () => {
    const r = run({ conversions: undefined, management: undefined, netAssetsFen: undefined, advancement: undefined });
    expect(r.parts.conversion).toEqual({ min: 0, max: 30 });
    expect(r.parts.management).toEqual({ min: 0, max: 20 });
    expect(r.missing).toEqual(
      expect.arrayContaining(['hte.score.conversion', 'hte.score.management.system', 'hte.score.growth.net-assets']),
    );
    expect(line(r, 'hte.score.ip-advancement')?.values).toMatchObject({ min: 0, max: 8 });
  });
  it('IP bands: Ⅰ类, then Ⅱ类 5 / 3–4 / 1–2 / 0', () => {
    const q = (ip1Count: number, ip2Count: number) =>
      line(run({ ip1Count, ip2Count }), 'hte.score.ip-quantity')?.values;
    expect(q(1, 0)).toMatchObject({ min: 7, max: 8 });
    expect(q(0, 5)).toMatchObject({ min: 5, max: 6 });
    expect(q(0, 4)).toMatchObject({ min: 3, max: 4 });
    expect(q(0, 3)).toMatchObject({ min: 3, max: 4 });
    expect(q(0, 2)).toMatchObject({ min: 1, max: 2 });
    expect(q(0, 1)).toMatchObject({ min: 1, max: 2 });
    const none = run({ ip1Count: 0, ip2Count: 0 });
    expect(none.parts.ip).toEqual({ min: 0, max: 0 });
    expect(line(none, 'hte.ip-owned')?.outcome).toBe('not_met');
  });
  it('the standards bonus never lifts the IP total above 30', () => {
    expect(run({ standardsDrafted: true }).parts.ip).toEqual({ min: 25, max: 30 });
  });
  it('conversion bands by the yearly average, compared exactly', () => {
    const conv = (c: number[]) => run({ conversions: c }).parts.conversion;
    expect(conv([5, 5, 5])).toEqual({ min: 25, max: 30 });
    expect(conv([5, 5, 4])).toEqual({ min: 19, max: 24 }); // 14/3 < 5
    expect(conv([4, 4, 4])).toEqual({ min: 19, max: 24 });
    expect(conv([3, 3, 3])).toEqual({ min: 13, max: 18 });
    expect(conv([2, 2, 2])).toEqual({ min: 7, max: 12 });
    expect(conv([1, 1, 1])).toEqual({ min: 1, max: 6 });
    expect(conv([1, 1, 0])).toEqual({ min: 0, max: 0 });
    expect(conv([0, 0, 0])).toEqual({ min: 0, max: 0 });
    expect(conv([2])).toEqual({ min: 7, max: 12 }); // one year of operation: its own average
  });
});

describe('growth rate g = ½(Y2/Y1 + Y3/Y2) − 1, exact', () => {
  const pts = (values: number[]) => {
    const r = growthPoints(growthRate(values), p.growthBands, p.growthPositive, p.growthMax);
    return [r.min, r.max];
  };
  it.each([
    [
      [10_000, 13_500, 18_225],
      [9, 10],
    ], // exactly 35 %
    [
      [10_000, 13_500, 18_224],
      [7, 8],
    ],
    [
      [10_000, 12_500, 15_625],
      [7, 8],
    ], // exactly 25 %
    [
      [10_000, 12_500, 15_624],
      [5, 6],
    ],
    [
      [10_000, 11_500, 13_225],
      [5, 6],
    ], // exactly 15 %
    [
      [10_000, 11_500, 13_224],
      [3, 4],
    ],
    [
      [10_000, 10_500, 11_025],
      [3, 4],
    ], // exactly 5 %
    [
      [10_000, 10_500, 11_024],
      [1, 2],
    ],
    [
      [100, 100, 101],
      [1, 2],
    ], // 0.5 %
    [
      [100, 100, 100],
      [0, 0],
    ], // 0
    [
      [100, 90, 80],
      [0, 0],
    ], // negative
  ])('%o → %o', (values, range) => {
    expect(pts(values)).toEqual(range);
  });
  it('Y1 = 0 uses the last two years: g = Y3/Y2 − 1', () => {
    expect(growthRate([0, 100, 105])).toMatchObject({ kind: 'rate', years: 2, percent: '5.00' });
    expect(pts([0, 100, 105])).toEqual([3, 4]);
    expect(pts([0, 100, 104])).toEqual([1, 2]);
    expect(pts([100, 105])).toEqual([3, 4]); // two years of operation: the same
  });
  it('Y2 = 0 scores 0, whatever Y3', () => {
    expect(growthRate([100, 0, 1_000_000])).toEqual({ kind: 'zero-base' });
    expect(pts([100, 0, 1_000_000])).toEqual([0, 0]);
    expect(pts([500])).toEqual([0, 0]);
  });
  it('a negative base year leaves the item to the experts (0–10)', () => {
    expect(pts([-100, 50, 80])).toEqual([0, 10]);
  });
  it('stays exact with fen amounts whose products pass 2^53', () => {
    // 10 亿元, 13.5 亿元, 18.225 亿元 in fen: exactly 35 %, one fen less: below
    expect(pts([100_000_000_000, 135_000_000_000, 182_250_000_000])).toEqual([9, 10]);
    expect(pts([100_000_000_000, 135_000_000_000, 182_249_999_999])).toEqual([7, 8]);
  });
  it('writes the rate with two decimals rounded down', () => {
    expect(growthRate([10_000, 10_500, 11_024])).toMatchObject({ percent: '4.99' });
    expect(growthRate([100, 90, 80])).toMatchObject({ percent: '-10.56' });
  });
  it('explains the rate in the result', () => {
    const r = run({ netAssetsFen: [0, 100, 105] });
    expect(line(r, 'hte.score.growth.net-assets')?.rule.zh).toContain('第一年为 0，按后两年计算 Y3/Y2 − 1 = 5.00%');
  });
});

describe('facts not given', () => {
  it('an unknown field or incident gives needs_data, never a guess', () => {
    const r = run({ inSupportedField: undefined });
    expect(r.verdict).toBe('needs_data');
    expect(r.missing).toContain('hte.field');
    expect(run({ inSupportedField: undefined, techStaff: 1 }).verdict).toBe('not_eligible');
    expect(run({ majorIncident: true }).verdict).toBe('not_eligible');
  });
  it('every line cites its article in both languages', () => {
    const r = run({});
    for (const l of r.reasons) {
      expect(l.cite.document).toMatch(/国科(发火|火字)〔2016〕/);
      expect(l.rule.zh.length).toBeGreaterThan(0);
      expect(l.rule.en.length).toBeGreaterThan(0);
    }
  });
});

describe('self-check schemas', () => {
  it('accepts the complete body and refuses mismatched years or parts above their totals', () => {
    expect(hteCheckBodySchema.safeParse(base).success).toBe(true);
    expect(hteCheckBodySchema.safeParse({ ...base, rdFen: [1, 2] }).success).toBe(false);
    expect(hteCheckBodySchema.safeParse({ ...base, highTechIncomeFen: base.totalIncomeFen + 1 }).success).toBe(false);
    expect(hteCheckBodySchema.safeParse({ ...base, domesticRdFen: 676 * W }).success).toBe(false);
    expect(hteCheckBodySchema.safeParse({ ...base, advancement: 9 }).success).toBe(false);
    expect(hteCheckBodySchema.safeParse({ ...base, salesFen: [1, 2, 3, 4], rdFen: [1, 2, 3, 4] }).success).toBe(false);
  });
  it('describes the answer', () => {
    expect(hteResultSchema.safeParse(run({ conversions: undefined, techStaff: 1 })).success).toBe(true);
  });
});
