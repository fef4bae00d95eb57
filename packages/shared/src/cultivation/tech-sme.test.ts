import { describe, expect, it } from 'vitest';
import { assertContiguous } from '../rules/rule-pack.ts';
import { YI_YUAN_FEN } from './exact.ts';
import { techSmePacks } from './tech-sme.packs.ts';
import { techSmeCalculateBodySchema, techSmeResultSchema } from './tech-sme.schemas.ts';
import { evaluateTechSme, type TechSmeInput } from './tech-sme.ts';

const clean = {
  resident: true,
  prohibitedIndustry: false,
  majorIncident: false,
  dishonestList: false,
  abnormalOperation: false,
};
/** 30 % tech staff (20), R&D 6 % of sales (50), one invention patent (30): 100 points. */
const base: TechSmeInput = {
  employees: 100,
  techStaff: 30,
  salesFen: 100_000_000_00,
  rdExpenseFen: 6_000_000_00,
  totalCostFen: 90_000_000_00,
  totalAssetsFen: 50_000_000_00,
  ip1Count: 1,
  ip2Count: 0,
  ...clean,
};
const on = '2025-06-30';
const noDirect = {
  hteCertificateValid: false,
  nationalAward5y: false,
  provincialRdInstitution: false,
  ledStandard5y: false,
};
const run = (patch: Partial<TechSmeInput>, date = on) => evaluateTechSme({ ...base, ...patch }, date);

describe('科技型中小企业 packs', () => {
  it('follow each other without gap or overlap', () => {
    expect(() => assertContiguous(techSmePacks)).not.toThrow();
  });
  it('switch to the 2026 transition pack on 2026-04-01, with 115号 thresholds and a note', () => {
    const before = run({}, '2026-03-31');
    const after = run({}, '2026-04-01');
    expect(before.packId).toBe('tech-sme/2017-115');
    expect(before.note).toBeNull();
    expect(after.packId).toBe('tech-sme/2026-2-transition');
    expect(after.note?.zh).toContain('工信部企业〔2026〕2号');
    expect(after.score).toBe(before.score);
  });
  it('refuses an assessment date before 115号', () => {
    expect(() => run({}, '2017-05-02')).toThrow('no rule');
  });
});

describe('科技人员 share (20 points, lower bound inclusive)', () => {
  it.each([
    [10_000, 3_000, 20],
    [10_000, 2_999, 16], // 29.99 %
    [100, 25, 16],
    [10_000, 2_499, 12],
    [100, 20, 12],
    [10_000, 1_999, 8],
    [100, 15, 8],
    [10_000, 1_499, 4],
    [100, 10, 4],
    [10_000, 999, 0],
    [100, 0, 0],
  ])('employees %i, tech staff %i → %i', (employees, techStaff, points) => {
    const r = evaluateTechSme({ ...base, employees, techStaff }, on);
    expect(r.parts.techStaff).toBe(points);
  });
});

describe('研发投入 (50 points): the better of the two ratios', () => {
  const sales = 100_000_000; // 100 万元
  it.each([
    [6_000_000, 50],
    [5_999_999, 40],
    [5_000_000, 40],
    [4_999_999, 30],
    [4_000_000, 30],
    [3_999_999, 20],
    [3_000_000, 20],
    [2_999_999, 10],
    [2_000_000, 10],
    [1_999_999, 0],
  ])('R&D %i fen of 100 万元 sales → %i (cost ratio low)', (rd, points) => {
    expect(run({ salesFen: sales, rdExpenseFen: rd, totalCostFen: 1_000_000_000 }).parts.rd).toBe(points);
  });
  it.each([
    [30_000_000, 50],
    [29_999_999, 40],
    [25_000_000, 40],
    [24_999_999, 30],
    [20_000_000, 30],
    [19_999_999, 20],
    [15_000_000, 20],
    [14_999_999, 10],
    [10_000_000, 10],
    [9_999_999, 0],
  ])('R&D %i fen of 1 亿 total cost → %i (sales ratio low)', (rd, points) => {
    // sales so large that the sales ratio is below 2 %
    expect(run({ salesFen: 10_000_000_000, rdExpenseFen: rd, totalCostFen: 100_000_000 }).parts.rd).toBe(points);
  });
  it('takes the cost ratio when it scores better, and says which', () => {
    const r = run({ salesFen: 1_000_000_000, rdExpenseFen: 30_000_000, totalCostFen: 100_000_000 });
    // 3 % of sales → 20; 30 % of cost → 50
    expect(r.parts.rd).toBe(50);
    const line = r.reasons.find((l) => l.code === 'tech-sme.score.rd');
    expect(line?.values).toMatchObject({ pointsBySales: 20, pointsByCost: 50, chose: 'cost', costPercent: '30.00' });
  });
  it('scores 0 with no sales and no costs', () => {
    expect(run({ salesFen: 0, totalCostFen: 0, rdExpenseFen: 0 }).parts.rd).toBe(0);
  });
});

describe('科技成果 (30 points)', () => {
  it.each([
    [1, 0, 30],
    [2, 9, 30],
    [0, 4, 24],
    [0, 9, 24],
    [0, 3, 18],
    [0, 2, 12],
    [0, 1, 6],
    [0, 0, 0],
  ])('Ⅰ类 %i, Ⅱ类 %i → %i', (ip1Count, ip2Count, points) => {
    expect(run({ ip1Count, ip2Count }).parts.ip).toBe(points);
  });
});

describe('size conditions (inclusive)', () => {
  it.each([
    [{ employees: 500, techStaff: 150 }, 'eligible'],
    [{ employees: 501, techStaff: 151 }, 'not_eligible'],
    [{ employees: 501, techStaff: 151, hteCertificateValid: true }, 'not_eligible'],
    [{ salesFen: 2 * YI_YUAN_FEN, rdExpenseFen: 1_200_000_000 }, 'eligible'],
    [{ salesFen: 2 * YI_YUAN_FEN + 1 }, 'not_eligible'],
    [{ totalAssetsFen: 2 * YI_YUAN_FEN }, 'eligible'],
    [{ totalAssetsFen: 2 * YI_YUAN_FEN + 1 }, 'not_eligible'],
  ] as const)('%o → %s', (patch, verdict) => {
    expect(run(patch).verdict).toBe(verdict);
  });
});

describe('score threshold: 60 with the tech-staff part above 0', () => {
  // Every part's points are even, so 59 cannot be scored: the case below 60 is 58.
  it('58 is not enough, 60 is', () => {
    // tech 25 % → 16, R&D 3 % of sales → 20, four Ⅱ类 → 24: 60
    const sixty = run({ techStaff: 25, rdExpenseFen: 3_000_000_00, ip1Count: 0, ip2Count: 4 });
    expect(sixty.score).toBe(60);
    expect(sixty.verdict).toBe('eligible');
    expect(sixty.eligible).toBe(true);
    // tech 25 % → 16, R&D 4 % → 30, two Ⅱ类 → 12: 58
    const below = run({ techStaff: 25, rdExpenseFen: 4_000_000_00, ip1Count: 0, ip2Count: 2, ...noDirect });
    expect(below.score).toBe(58);
    expect(below.verdict).toBe('not_eligible');
    expect(below.eligible).toBe(false);
  });
  it('refuses 74 points when the tech-staff part is 0', () => {
    const r = run({ techStaff: 9, rdExpenseFen: 6_000_000_00, ip1Count: 0, ip2Count: 4, ...noDirect });
    expect(r.score).toBe(74);
    expect(r.parts.techStaff).toBe(0);
    expect(r.verdict).toBe('not_eligible');
  });
});

describe('missing facts and direct qualification', () => {
  it('answers needs_data when a condition flag is not given, still scoring', () => {
    const r = evaluateTechSme({ ...base, resident: undefined, abnormalOperation: undefined }, on);
    expect(r.verdict).toBe('needs_data');
    expect(r.eligible).toBe(false);
    expect(r.score).toBe(100);
    expect(r.missing).toEqual(['tech-sme.resident', 'tech-sme.abnormal-operation']);
    expect(r.reasons.find((l) => l.code === 'tech-sme.resident')?.rule.zh).toContain('未提供');
  });
  it('a failed condition decides even when others are unknown', () => {
    const r = evaluateTechSme({ ...base, resident: undefined, dishonestList: true }, on);
    expect(r.verdict).toBe('not_eligible');
  });
  it('qualifies directly below 60 points with a valid 高企 certificate, conditions 1–4 still required', () => {
    const low = { techStaff: 0, ip1Count: 0, rdExpenseFen: 0 };
    expect(run({ ...low, hteCertificateValid: true }).verdict).toBe('eligible');
    expect(run({ ...low, hteCertificateValid: true }).directlyQualified).toBe(true);
    expect(run({ ...low, ledStandard5y: true, majorIncident: true }).verdict).toBe('not_eligible');
    expect(run({ ...low, ledStandard5y: true, employees: 501 }).verdict).toBe('not_eligible');
  });
  it('below 60 points, unknown direct qualifications leave it open; all false close it', () => {
    const low = { techStaff: 0, ip1Count: 0, rdExpenseFen: 0 };
    const open = run(low);
    expect(open.verdict).toBe('needs_data');
    expect(open.missing).toContain('tech-sme.direct');
    const closed = run({ ...low, ...noDirect });
    expect(closed.verdict).toBe('not_eligible');
  });
  it('does not ask for direct qualifications when the score already qualifies', () => {
    const r = run({});
    expect(r.verdict).toBe('eligible');
    expect(r.missing).toEqual([]);
  });
  it('explains every part with its citation', () => {
    const r = run({});
    const staff = r.reasons.find((l) => l.code === 'tech-sme.score.tech-staff');
    expect(staff?.cite.document).toContain('国科发政〔2017〕115号');
    expect(staff?.rule.zh).toContain('30.00%');
    expect(staff?.rule.en).toContain('20 points');
    expect(r.reasons.every((l) => l.rule.zh.length > 0 && l.rule.en.length > 0 && l.cite.article.length > 0)).toBe(
      true,
    );
  });
});

describe('calculator schemas', () => {
  const body = {
    employees: 10,
    techStaff: 3,
    salesFen: 0,
    rdExpenseFen: 0,
    totalCostFen: 0,
    totalAssetsFen: 0,
    ip1Count: 0,
    ip2Count: 0,
  };
  it('accepts a minimal body and refuses more tech staff than employees, fractions and negative fen', () => {
    expect(techSmeCalculateBodySchema.safeParse(body).success).toBe(true);
    expect(techSmeCalculateBodySchema.safeParse({ ...body, techStaff: 11 }).success).toBe(false);
    expect(techSmeCalculateBodySchema.safeParse({ ...body, salesFen: 1.5 }).success).toBe(false);
    expect(techSmeCalculateBodySchema.safeParse({ ...body, salesFen: -1 }).success).toBe(false);
    expect(techSmeCalculateBodySchema.safeParse({ ...body, assessedOn: '2026-02-30' }).success).toBe(false);
    expect(techSmeCalculateBodySchema.safeParse({ ...body, assessedOn: '2026-04-01' }).success).toBe(true);
  });
  it('describes the answer', () => {
    expect(techSmeResultSchema.safeParse(run({ resident: undefined })).success).toBe(true);
  });
});
