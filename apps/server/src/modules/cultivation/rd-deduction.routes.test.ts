import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);
const ESTIMATE = '/api/v1/cultivation/rd-deduction/estimate';

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
/** A research firm (section M, no excluded division) with 10 000 元 of staff cost and 1 000 元 of amortisation. */
const firm = {
  taxYear: 2023,
  industrySection: 'M',
  manufacturing: false,
  techSme: false,
  icOrMachineToolListed: false,
  ...zero,
  personnelFen: 1_000_000,
  capitalisedAmortisationFen: 100_000,
};
type Line = {
  code: string;
  outcome: string;
  values: Record<string, unknown>;
  rule: { zh: string; en: string };
  cite: { document: string; article: string };
};

/** Anonymous, as the public page sends it. */
async function estimate(patch: Record<string, unknown>) {
  const res = await api.post(ESTIMATE, { ...firm, ...patch });
  expect(res.statusCode, res.body).toBe(200);
  const r = res.json();
  const line = (code: string): Line => {
    const l = r.reasons.find((x: Line) => x.code === `rd-deduction.${code}`);
    if (!l) throw new Error(`no line ${code}`);
    return l;
  };
  return { r, line };
}

describe('研发费用加计扣除 estimate (public)', () => {
  it('caps other related costs in the golden case: (90 + 100) × 10% ÷ (1 − 10%) = 21.11 元, rounded down', async () => {
    const { r, line } = await estimate({
      personnelFen: 9_000,
      directInputsFen: 10_000,
      otherFen: 5_000,
      capitalisedAmortisationFen: 0,
    });
    expect(line('other-costs-cap').values).toMatchObject({
      fiveCategoriesFen: 19_000,
      capFen: 2_111,
      otherFen: 5_000,
      countedFen: 2_111,
    });
    expect(line('other-costs-cap').rule.zh).toContain('= 21.11 元（向下取整到分）');
    expect(line('other-costs-cap').rule.en).toContain('= ¥21.11 (rounded down to the fen)');
    expect(line('other-costs-cap').cite.document).toContain('国家税务总局公告2015年第97号');
    expect(r).toMatchObject({ eligibleBaseFen: 21_111, ratePercent: 100, extraDeductionFen: 21_111, eligible: true });
  });

  it.each([
    ['2020, any enterprise', { taxYear: 2020 }, 75, 'rd-deduction/2018-99', '财税〔2018〕99号'],
    ['2021, not a manufacturer', { taxYear: 2021 }, 75, 'rd-deduction/2021-13', '2021年第6号'],
    ['2021, a manufacturer', { taxYear: 2021, manufacturing: true }, 100, 'rd-deduction/2021-13', '2021年第13号'],
    ['2022, a 科技型中小企业', { taxYear: 2022, techSme: true }, 100, 'rd-deduction/2022-16', '2022年第16号'],
    ['2023, any enterprise', { taxYear: 2023 }, 100, 'rd-deduction/2023-7-44', '2023年第7号'],
    ['2023, listed IC', { taxYear: 2023, icOrMachineToolListed: true }, 120, 'rd-deduction/2023-7-44', '第44号'],
  ] as const)('%s: %i%% with its document', async (_name, patch, percent, packId, doc) => {
    const { r, line } = await estimate(patch);
    expect(r).toMatchObject({ ratePercent: percent, packId, eligibleBaseFen: 1_000_000 });
    // 10 000 元 expensed and 1 000 元 amortisation, each at the rate: capitalised R&D at (100 + rate)%.
    expect(r.extraExpensedFen).toBe(1_000_000 * (percent / 100));
    expect(r.extraAmortisationFen).toBe(100_000 * (percent / 100));
    expect(r.extraDeductionFen).toBe(1_100_000 * (percent / 100));
    expect(line('rate').cite.document).toContain(doc);
    expect(line('rate').rule.zh).toContain(`加计扣除比例 ${percent}%，形成无形资产的按成本 ${100 + percent}% 摊销`);
  });

  it('counts R&D commissioned in China at 80 % of its cost, rounded down', async () => {
    const { r, line } = await estimate({
      personnelFen: 0,
      commissionedDomesticFen: 12_345,
      capitalisedAmortisationFen: 0,
    });
    expect(line('commissioned-domestic').values).toMatchObject({ costFen: 12_345, percent: 80, countedFen: 9_876 });
    expect(line('commissioned-domestic').cite).toEqual({ document: '财税〔2015〕119号', article: '二、1' });
    expect(r.eligibleBaseFen).toBe(9_876);
  });

  it('caps R&D commissioned abroad at ⅔ of the qualifying domestic R&D', async () => {
    // Domestic 300 元: cap 200 元. Abroad 1 000 元 × 80% = 800 元 → 200 元; 200 元 × 80% = 160 元 stays.
    const capped = await estimate({
      personnelFen: 30_000,
      commissionedAbroadFen: 100_000,
      capitalisedAmortisationFen: 0,
    });
    expect(capped.line('commissioned-abroad').values).toMatchObject({
      at80Fen: 80_000,
      domesticQualifyingFen: 30_000,
      capFen: 20_000,
      countedFen: 20_000,
    });
    expect(capped.line('commissioned-abroad').cite.document).toBe('财税〔2018〕64号');
    expect(capped.r.eligibleBaseFen).toBe(50_000);
    const under = await estimate({
      personnelFen: 30_000,
      commissionedAbroadFen: 20_000,
      capitalisedAmortisationFen: 0,
    });
    expect(under.r.eligibleBaseFen).toBe(46_000);
  });

  it.each([
    ['F', undefined, '门类 F 批发和零售业，不适用加计扣除'],
    ['C', '16', '大类 16 烟草制品业，不适用加计扣除'],
    ['R', '90', '大类 90 娱乐业，不适用加计扣除'],
  ])('refuses an excluded industry (%s %s) with its reason and no extra deduction', async (section, division, why) => {
    const { r, line } = await estimate({ industrySection: section, industryDivision: division });
    expect(r).toMatchObject({ verdict: 'not_eligible', eligible: false, extraDeductionFen: 0 });
    expect(line('industry').outcome).toBe('not_met');
    expect(line('industry').rule.zh).toContain(why);
    expect(line('industry').cite.document).toContain('财税〔2015〕119号');
    expect(line('extra').rule.zh).toBe('所属行业不适用加计扣除，加计扣除额为 0');
  });

  it('asks for the division where the section holds an excluded one', async () => {
    const { r } = await estimate({ industrySection: 'C', manufacturing: true });
    expect(r.verdict).toBe('needs_data');
    expect(r.missing).toEqual(['rd-deduction.industry']);
  });

  it('refuses negative amounts and a division outside its section in the house error shape', async () => {
    const neg = await api.post(ESTIMATE, { ...firm, otherFen: -1 });
    expect(neg.statusCode).toBe(400);
    expect(neg.json().error.code).toBe('http.validation');
    expect(neg.json().error.details).toEqual([expect.objectContaining({ path: '/otherFen', where: 'body' })]);

    const outside = await api.post(ESTIMATE, { ...firm, industrySection: 'C', industryDivision: '90' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({
      code: 'http.validation',
      details: [{ path: '/industryDivision', message: 'cultivation.division_not_in_section', where: 'body' }],
    });

    for (const bad of [{ taxYear: 2015 }, { industrySection: 'Z' }, { personnelFen: 1.5 }, { designFen: 1e15 }])
      expect((await api.post(ESTIMATE, { ...firm, ...bad })).statusCode, JSON.stringify(bad)).toBe(400);
    const { personnelFen: _p, ...missing } = firm;
    expect((await api.post(ESTIMATE, missing)).statusCode).toBe(400);
  });
});
