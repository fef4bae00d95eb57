import { describe, expect, it } from 'vitest';
import { INDUSTRY_CODES, PARKS } from '../common/enums.ts';
import {
  completedYears,
  FACT_KEYS,
  FACTS,
  type FactDef,
  factsSchema,
  fitsType,
  percentFact,
  readFact,
} from './facts.ts';

describe('the fact catalogue', () => {
  it('names each fact by its source and gives it words in both languages', () => {
    for (const key of FACT_KEYS) {
      const def: FactDef = FACTS[key];
      expect(key.split('.')[0], key).toBe(def.source);
      expect(def.label.zh.length * def.label.en.length, key).toBeGreaterThan(0);
      if (def.type === 'enum') expect(def.options?.length, key).toBeGreaterThan(0);
      else expect(def.options, key).toBeUndefined();
    }
  });
  it('holds the facts the policy items are written with', () => {
    expect(FACT_KEYS).toEqual(
      expect.arrayContaining([
        'org.park',
        'org.industry',
        'org.yearsRegistered',
        'org.employees',
        'org.techStaff',
        'org.techStaffPercent',
        'org.revenueFen',
        'org.rdExpenseFen',
        'org.rdPercent',
        'org.totalAssetsFen',
        'org.isAboveScale',
        'ip.class1Count',
        'ip.class2Count',
        'ip.inventionCount',
        'ip.wilfulInfringement3y',
        'cultivation.techSmeVerdict',
        'cultivation.hteVerdict',
        'cultivation.specialisedVerdict',
        'cultivation.techSmeScore',
        'cultivation.hteCertified',
        'cultivation.tsmeRegistered',
        'cultivation.isSpecialised',
        'declaration.dishonestList',
        'declaration.abnormalOperation',
        'declaration.majorIncident',
      ]),
    );
  });
  it('offers the parks and industry sections of the registry, and the evaluations’ verdicts', () => {
    expect(FACTS['org.park'].options.map((o) => o.value)).toEqual([...PARKS]);
    expect(FACTS['org.park'].options.every((o) => o.label.en !== o.label.zh)).toBe(true);
    expect(FACTS['org.industry'].options.map((o) => o.value)).toEqual(INDUSTRY_CODES);
    expect(FACTS['org.industry'].options[2]?.label).toEqual({ zh: 'C 制造业', en: 'C Manufacturing' });
    expect(FACTS['cultivation.hteVerdict'].options.map((o) => o.value)).toEqual([
      'eligible',
      'not_eligible',
      'needs_data',
    ]);
  });
});

describe('reading a fact', () => {
  it('takes a missing key, null or a value of the wrong type as not known', () => {
    expect(readFact({}, 'org.employees')).toBeUndefined();
    expect(readFact({ 'org.employees': null }, 'org.employees')).toBeUndefined();
    expect(readFact({ 'org.employees': '12' }, 'org.employees')).toBeUndefined();
    expect(readFact({ 'org.revenueFen': 100.5 }, 'org.revenueFen')).toBeUndefined();
    expect(readFact({ 'org.isAboveScale': 1 }, 'org.isAboveScale')).toBeUndefined();
    expect(readFact({ 'org.park': true }, 'org.park')).toBeUndefined();
    expect(readFact({ 'org.employees': 0 }, 'org.employees')).toBe(0);
    expect(readFact({ 'org.isAboveScale': false }, 'org.isAboveScale')).toBe(false);
  });
  it('checks values by type', () => {
    expect([fitsType('money', 1), fitsType('money', 1.5), fitsType('money', 2 ** 53)]).toEqual([true, false, false]);
    expect([fitsType('percent', 4.2), fitsType('percent', Number.NaN), fitsType('years', Infinity)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([fitsType('enum', 'C'), fitsType('boolean', 'true')]).toEqual([true, false]);
  });
});

describe('deriving facts', () => {
  it('writes a ratio as a percent rounded down to two decimals, so 2.999 % never meets 3 %', () => {
    expect(percentFact(42, 1000)).toBe(4.2);
    expect(percentFact(2_999_999, 100_000_000)).toBe(2.99);
    expect(percentFact(3, 100)).toBe(3);
    expect(percentFact(57, 100)).toBe(57);
    expect(percentFact(1, 3)).toBe(33.33);
    expect(percentFact(5, 0)).toBeNull();
  });
  it('counts whole years as an age, the anniversary completing the year', () => {
    expect(completedYears('2020-06-15', '2023-06-14')).toBe(2);
    expect(completedYears('2020-06-15', '2023-06-15')).toBe(3);
    expect(completedYears('2020-02-29', '2021-02-28')).toBe(0);
    expect(completedYears('2020-02-29', '2021-03-01')).toBe(1);
    expect(completedYears('2025-01-01', '2024-12-31')).toBe(0);
  });
});

describe('facts in a request', () => {
  it('accepts known and unknown facts of the right types', () => {
    const facts = {
      'org.employees': 120,
      'org.revenueFen': 1_500_000_000,
      'org.park': '光伏产业园',
      'org.rdPercent': null,
    };
    expect(factsSchema.parse(facts)).toEqual(facts);
  });
  it('refuses an unknown fact, money with a fraction of a fen and a value of the wrong type', () => {
    expect(factsSchema.safeParse({ 'org.nothing': 1 }).success).toBe(false);
    expect(factsSchema.safeParse({ 'org.revenueFen': 1.5 }).success).toBe(false);
    expect(factsSchema.safeParse({ 'org.isAboveScale': 'yes' }).success).toBe(false);
  });
});
