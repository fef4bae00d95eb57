import { describe, expect, it } from 'vitest';
import { assertContiguous } from '../rules/rule-pack.ts';
import { rdDeductionPacks } from './rd-deduction.packs.ts';
import { RD_AMOUNT_MAX_FEN, rdDeductionEstimateBodySchema, rdDeductionResultSchema } from './rd-deduction.schemas.ts';
import { estimateRdDeduction, type RdDeductionInput } from './rd-deduction.ts';

const zero = {
  personnelFen: 0,
  directInputsFen: 0,
  depreciationFen: 0,
  intangibleAmortisationFen: 0,
  designFen: 0,
  otherFen: 0,
  commissionedDomesticFen: 0,
  commissionedAbroadFen: 0,
  capitalisedAmortisationFen: 0,
};
/** A research firm (section M) with 10 000 元 of staff cost. */
const base: RdDeductionInput = {
  taxYear: 2023,
  industrySection: 'M',
  manufacturing: false,
  techSme: false,
  icOrMachineToolListed: false,
  ...zero,
  personnelFen: 1_000_000,
};
const run = (patch: Partial<RdDeductionInput>) => estimateRdDeduction({ ...base, ...patch });
const step = (r: ReturnType<typeof run>, code: string) => r.reasons.find((l) => l.code === `rd-deduction.${code}`);

describe('研发费用加计扣除 packs', () => {
  it('follow each other by tax year without gap or overlap, from 2016', () => {
    expect(() => assertContiguous(rdDeductionPacks)).not.toThrow();
    expect(() => run({ taxYear: 2015 })).toThrow('no rule');
  });
});

describe('the rate by tax year and kind', () => {
  it.each([
    [2016, {}, 50, 'rd-deduction/2016-119'],
    [2016, { techSme: true }, 50, 'rd-deduction/2016-119'],
    [2017, {}, 50, 'rd-deduction/2017-34'],
    [2017, { techSme: true }, 75, 'rd-deduction/2017-34'],
    [2018, {}, 75, 'rd-deduction/2018-99'],
    [2020, {}, 75, 'rd-deduction/2018-99'],
    [2020, { manufacturing: true }, 75, 'rd-deduction/2018-99'],
    [2021, {}, 75, 'rd-deduction/2021-13'],
    [2021, { manufacturing: true }, 100, 'rd-deduction/2021-13'],
    [2021, { techSme: true }, 75, 'rd-deduction/2021-13'],
    [2022, {}, 75, 'rd-deduction/2022-16'],
    [2022, { techSme: true }, 100, 'rd-deduction/2022-16'],
    [2022, { manufacturing: true }, 100, 'rd-deduction/2022-16'],
    [2023, {}, 100, 'rd-deduction/2023-7-44'],
    [2023, { icOrMachineToolListed: true }, 120, 'rd-deduction/2023-7-44'],
    [2027, { icOrMachineToolListed: true }, 120, 'rd-deduction/2023-7-44'],
    [2028, { icOrMachineToolListed: true }, 100, 'rd-deduction/2028-7'],
    [2028, {}, 100, 'rd-deduction/2028-7'],
  ] as const)('%i %o → %i %% (%s)', (taxYear, kind, percent, packId) => {
    const r = run({ taxYear, ...kind });
    expect(r.ratePercent).toBe(percent);
    expect(r.packId).toBe(packId);
    expect(r.extraDeductionFen).toBe((1_000_000 * percent) / 100);
  });
  it('a kind that matters but is not given stays at the lower rate and is listed as missing', () => {
    const r = run({ taxYear: 2022, techSme: undefined });
    expect(r.ratePercent).toBe(75);
    expect(r.missing).toEqual(['rd-deduction.kind.techSme']);
    expect(step(r, 'kind.techSme')?.rule.zh).toContain('若是，比例为 100%');
    // manufacturing already gives 100 %: the unknown tech-SME flag no longer matters
    expect(run({ taxYear: 2022, techSme: undefined, manufacturing: true }).missing).toEqual([]);
    expect(run({ taxYear: 2023, icOrMachineToolListed: undefined }).missing).toEqual([
      'rd-deduction.kind.icOrMachineTool',
    ]);
    expect(run({ taxYear: 2028, icOrMachineToolListed: undefined }).missing).toEqual([]);
  });
  it('takes section C as manufacturing when the flag is not given, and says so', () => {
    const r = run({ taxYear: 2021, manufacturing: undefined, industrySection: 'C', industryDivision: '26' });
    expect(r.ratePercent).toBe(100);
    expect(r.kind).toBe('manufacturing');
    expect(step(r, 'rate')?.rule.zh).toContain('按行业门类 C 视为制造业企业');
  });
  it('notes the Q4 2022 100 % for enterprises at 75 % (modelled as a note, the estimate a lower bound)', () => {
    expect(run({ taxYear: 2022 }).note?.zh).toContain('2022年第28号');
    expect(run({ taxYear: 2023 }).note).toBeNull();
  });
});

describe('other related costs capped at the five others × 10 % ÷ 90 %', () => {
  it('golden case: 90 元 + 100 元 → cap 21.11 元 (rounded down to the fen)', () => {
    const r = run({ personnelFen: 9_000, directInputsFen: 10_000, otherFen: 5_000 });
    expect(step(r, 'other-costs-cap')?.values).toMatchObject({
      fiveCategoriesFen: 19_000,
      capFen: 2_111,
      countedFen: 2_111,
    });
    expect(step(r, 'other-costs-cap')?.rule.zh).toContain('= 21.11 元（向下取整到分）');
    expect(r.eligibleBaseFen).toBe(21_111);
  });
  it('counts other costs in full below the cap, and exactly at it', () => {
    expect(run({ personnelFen: 9_000, directInputsFen: 10_000, otherFen: 2_000 }).eligibleBaseFen).toBe(21_000);
    expect(run({ personnelFen: 9_000, directInputsFen: 0, otherFen: 1_000 }).eligibleBaseFen).toBe(10_000);
    expect(run({ personnelFen: 9_000, directInputsFen: 0, otherFen: 1_001 }).eligibleBaseFen).toBe(10_000);
  });
});

describe('commissioned R&D', () => {
  it('counts domestic commissions at 80 %, rounded down', () => {
    const r = run({ personnelFen: 0, commissionedDomesticFen: 12_345 });
    expect(r.eligibleBaseFen).toBe(9_876);
  });
  it('caps abroad at ⅔ of the qualifying domestic R&D', () => {
    // own 30 000 fen: cap 20 000; abroad 80 % of 20 000 = 16 000 (under), of 100 000 = 80 000 (capped)
    expect(run({ personnelFen: 30_000, commissionedAbroadFen: 20_000 }).eligibleBaseFen).toBe(46_000);
    expect(run({ personnelFen: 30_000, commissionedAbroadFen: 25_000 }).eligibleBaseFen).toBe(50_000);
    expect(run({ personnelFen: 30_000, commissionedAbroadFen: 100_000 }).eligibleBaseFen).toBe(50_000);
  });
  it('does not count abroad before 2018', () => {
    const r = run({ taxYear: 2017, personnelFen: 30_000, commissionedAbroadFen: 100_000 });
    expect(r.eligibleBaseFen).toBe(30_000);
    expect(step(r, 'commissioned-abroad')?.cite.document).toBe('财税〔2015〕119号');
    expect(run({ taxYear: 2018, personnelFen: 30_000, commissionedAbroadFen: 100_000 }).eligibleBaseFen).toBe(50_000);
  });
  it('puts it all together, step by step', () => {
    const r = run({
      personnelFen: 1_000_000,
      directInputsFen: 500_000,
      depreciationFen: 200_000,
      intangibleAmortisationFen: 100_000,
      designFen: 100_000,
      otherFen: 300_000, // cap 211 111
      commissionedDomesticFen: 1_000_000, // 800 000
      commissionedAbroadFen: 5_000_000, // 4 000 000, cap ⌊2 911 111 × 2 ÷ 3⌋ = 1 940 740
      capitalisedAmortisationFen: 100_000,
    });
    expect(r.eligibleBaseFen).toBe(4_851_851);
    expect(r.extraExpensedFen).toBe(4_851_851);
    expect(r.extraAmortisationFen).toBe(100_000);
    expect(r.extraDeductionFen).toBe(4_951_851);
    expect(r.reasons.map((l) => l.code)).toEqual([
      'rd-deduction.industry',
      'rd-deduction.rate',
      'rd-deduction.other-costs-cap',
      'rd-deduction.commissioned-domestic',
      'rd-deduction.commissioned-abroad',
      'rd-deduction.base',
      'rd-deduction.extra',
    ]);
    expect(rdDeductionResultSchema.safeParse(r).success).toBe(true);
  });
  it('rounds a fraction of a fen down', () => {
    expect(run({ taxYear: 2020, personnelFen: 3 }).extraDeductionFen).toBe(2); // 2.25
    expect(run({ taxYear: 2016, personnelFen: 1, capitalisedAmortisationFen: 1 }).extraDeductionFen).toBe(0);
  });
});

describe('excluded industries (GB/T 4754 codes)', () => {
  it.each([
    ['F', undefined, 'not_eligible'],
    ['H', '62', 'not_eligible'],
    ['K', undefined, 'not_eligible'],
    ['L', '72', 'not_eligible'],
    ['C', '16', 'not_eligible'],
    ['C', '15', 'eligible'],
    ['C', undefined, 'needs_data'],
    ['R', '90', 'not_eligible'],
    ['R', '88', 'eligible'],
    ['R', undefined, 'needs_data'],
    ['M', undefined, 'eligible'],
    ['I', '65', 'eligible'],
  ] as const)('section %s division %s → %s', (industrySection, industryDivision, verdict) => {
    const r = run({ industrySection, industryDivision });
    expect(r.verdict).toBe(verdict);
    expect(r.eligible).toBe(verdict === 'eligible');
    expect(r.extraDeductionFen).toBe(verdict === 'not_eligible' ? 0 : 1_000_000);
  });
  it('gives the reason for a refusal and asks for the division where it decides', () => {
    expect(step(run({ industrySection: 'F' }), 'industry')?.rule.zh).toContain('门类 F 批发和零售业，不适用加计扣除');
    const open = run({ industrySection: 'C', industryDivision: undefined });
    expect(open.missing).toContain('rd-deduction.industry');
    expect(step(open, 'industry')?.rule.en).toContain('16 tobacco manufacturing');
  });
  it('refuses a division outside its section', () => {
    expect(() => run({ industrySection: 'C', industryDivision: '90' })).toThrow('not in section');
    const body = { ...base, industrySection: 'C', industryDivision: '90' };
    expect(rdDeductionEstimateBodySchema.safeParse(body).success).toBe(false);
    expect(rdDeductionEstimateBodySchema.safeParse({ ...body, industryDivision: '16' }).success).toBe(true);
    expect(rdDeductionEstimateBodySchema.safeParse({ ...body, taxYear: 2015 }).success).toBe(false);
  });
});

describe('amounts of an estimate', () => {
  it('are bounded so that every amount at the bound still gives an exact, safe result', () => {
    const max = Object.fromEntries(Object.keys(zero).map((k) => [k, RD_AMOUNT_MAX_FEN])) as typeof zero;
    const body = { ...base, ...max, icOrMachineToolListed: true };
    expect(rdDeductionEstimateBodySchema.safeParse(body).success).toBe(true);
    const r = estimateRdDeduction(body);
    expect(r.ratePercent).toBe(120);
    expect(Number.isSafeInteger(r.extraDeductionFen)).toBe(true);
    expect(rdDeductionEstimateBodySchema.safeParse({ ...body, otherFen: RD_AMOUNT_MAX_FEN + 1 }).success).toBe(false);
    expect(rdDeductionEstimateBodySchema.safeParse({ ...body, designFen: -1 }).success).toBe(false);
  });
});
