import { describe, expect, it } from 'vitest';
import { compileCondition } from '../policy/compile.ts';
import type { Condition } from '../policy/conditions.ts';
import { type PrecheckNeed, type PrecheckProduct, precheck, quickCheck } from './precheck.ts';

const product = (over: Partial<PrecheckProduct> = {}): PrecheckProduct => ({
  amount: { min: 10_000_000, default: 100_000_000, max: 300_000_000 },
  termMonths: { min: 6, default: 12, max: 36 },
  rate: { mode: 'lpr', minBp: 50, defaultBp: 100, maxBp: 200 },
  guaranteeKinds: ['credit', 'guarantee'],
  collateralKinds: [],
  condition: null,
  ...over,
});
const need = (over: Partial<PrecheckNeed> = {}): PrecheckNeed => ({
  amountFen: 100_000_000,
  termMonths: 12,
  guaranteeOffered: ['credit'],
  collateral: [],
  rateCeilingBp: null,
  ...over,
});
const LPR = 300;
const techSme: Condition = {
  all: [
    { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
    { fact: 'org.revenueFen', op: 'gte', value: 500_000_000 },
  ],
};

describe('the pre-check of a product for a need', () => {
  it('is eligible when the product has no condition and every term fits', () => {
    const p = precheck(product(), {}, need(), LPR);
    expect(p.result).toBe('eligible');
    expect(p.lines.map((l) => [l.kind, l.outcome])).toEqual([
      ['amount', 'met'],
      ['term', 'met'],
      ['guarantee', 'met'],
    ]);
  });

  it.each([
    ['the amount below the minimum', need({ amountFen: 9_999_999 }), 'amount'],
    ['the amount above the maximum', need({ amountFen: 300_000_001 }), 'amount'],
    ['the term too short', need({ termMonths: 5 }), 'term'],
    ['the term too long', need({ termMonths: 37 }), 'term'],
    ['no guarantee the product takes', need({ guaranteeOffered: ['mortgage'] }), 'guarantee'],
    ['a rate ceiling below LPR + 50bp (3.49 % < 3.50 %)', need({ rateCeilingBp: 349 }), 'rate'],
  ])('is not eligible with %s', (_, n, kind) => {
    const p = precheck(product(), {}, n, LPR);
    expect(p.result).toBe('not_eligible');
    expect(p.conditions).toBe('eligible');
    expect(p.lines.filter((l) => l.outcome === 'not_met').map((l) => l.kind)).toEqual([kind]);
  });

  it('takes the bounds as inclusive: the minimum, the maximum and a ceiling equal to the lowest rate fit', () => {
    for (const n of [
      need({ amountFen: 10_000_000, termMonths: 6 }),
      need({ amountFen: 300_000_000, termMonths: 36 }),
      need({ rateCeilingBp: 350 }),
    ])
      expect(precheck(product(), {}, n, LPR).result).toBe('eligible');
  });

  it('reads a fixed rate as it is, not over LPR', () => {
    const fixed = product({ rate: { mode: 'fixed', minBp: 385, defaultBp: 420, maxBp: 600 } });
    expect(precheck(fixed, {}, need({ rateCeilingBp: 385 }), LPR).result).toBe('eligible');
    expect(precheck(fixed, {}, need({ rateCeilingBp: 384 }), LPR).result).toBe('not_eligible');
  });

  it('asks for collateral only when every shared guarantee rests on it', () => {
    const pledge = product({ guaranteeKinds: ['ip_pledge', 'credit'], collateralKinds: ['patent'] });
    // Credit is shared: no collateral asked.
    expect(precheck(pledge, {}, need({ guaranteeOffered: ['credit', 'ip_pledge'] }), LPR).result).toBe('eligible');
    // Only the IP pledge is shared: a patent must be offered.
    const onlyPledge = need({ guaranteeOffered: ['ip_pledge'] });
    const without = precheck(pledge, {}, onlyPledge, LPR);
    expect(without.result).toBe('not_eligible');
    expect(without.lines.find((l) => l.kind === 'collateral')?.outcome).toBe('not_met');
    expect(precheck(pledge, {}, { ...onlyPledge, collateral: ['patent'] }, LPR).result).toBe('eligible');
  });

  it('gives the three results of the hard conditions, each explained', () => {
    const p = product({ condition: techSme });
    const met = precheck(p, { 'cultivation.tsmeRegistered': true, 'org.revenueFen': 500_000_000 }, need(), LPR);
    expect(met.result).toBe('eligible');
    expect(met.lines.filter((l) => l.kind === 'condition')).toHaveLength(2);

    const notMet = precheck(p, { 'cultivation.tsmeRegistered': false, 'org.revenueFen': 900_000_000 }, need(), LPR);
    expect([notMet.result, notMet.conditions]).toEqual(['not_eligible', 'not_eligible']);

    const unknown = precheck(p, { 'cultivation.tsmeRegistered': true, 'org.revenueFen': null }, need(), LPR);
    expect(unknown.result).toBe('needs_data');
    expect(unknown.missing).toEqual(['org.revenueFen']);
  });

  it('is not eligible when the conditions need data but a term does not fit', () => {
    const p = precheck(product({ condition: techSme }), {}, need({ termMonths: 60 }), LPR);
    expect([p.result, p.conditions, p.fits]).toEqual(['not_eligible', 'needs_data', false]);
  });

  it('checks the conditions alone without a need', () => {
    const p = precheck(product({ condition: techSme }), { 'cultivation.tsmeRegistered': false }, null, LPR);
    expect(p.result).toBe('not_eligible');
    expect(p.lines.every((l) => l.kind === 'condition')).toBe(true);
  });

  it('says why in both languages', () => {
    const line = precheck(product(), {}, need({ amountFen: 500_000_000 }), LPR).lines[0];
    expect(line?.words.zh).toBe('申请金额 500万元，产品额度 10万元–300万元 ✗');
    expect(line?.words.en).toContain('✗');
  });
});

describe('the quick verdict (no sentences) for checking a need against every product', () => {
  it('agrees with the explained pre-check over products, needs and facts of every kind', () => {
    const products = [
      product(),
      product({ condition: techSme }),
      product({ guaranteeKinds: ['ip_pledge'], collateralKinds: ['patent'] }),
      product({ rate: { mode: 'fixed', minBp: 385, defaultBp: 420, maxBp: 600 }, condition: { not: techSme } }),
      product({ rate: null, termMonths: { min: 12, default: 24, max: 60 } }),
    ];
    const needs = [
      need(),
      need({ amountFen: 1 }),
      need({ termMonths: 48 }),
      need({ guaranteeOffered: ['ip_pledge'] }),
      need({ guaranteeOffered: ['ip_pledge'], collateral: ['patent'] }),
      need({ rateCeilingBp: 349 }),
      need({ rateCeilingBp: 400 }),
      null,
    ];
    const factSets = [
      {},
      { 'cultivation.tsmeRegistered': true, 'org.revenueFen': 500_000_000 },
      { 'cultivation.tsmeRegistered': false },
      { 'cultivation.tsmeRegistered': true, 'org.revenueFen': null },
    ];
    let compared = 0;
    for (const p of products)
      for (const n of needs)
        for (const f of factSets) {
          const compiled = p.condition ? compileCondition(p.condition) : null;
          expect(quickCheck(p, compiled, f, n, LPR)).toBe(precheck(p, f, n, LPR).result);
          compared++;
        }
    expect(compared).toBe(160);
  });
});
