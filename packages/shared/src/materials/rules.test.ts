import { describe, expect, it } from 'vitest';
import { MATERIAL_KIND_CODES, MATERIAL_KINDS } from './kinds.ts';
import { type Candidate, periodProblems, proposedEnd, requiredYears, resolveRequirement, validityOn } from './rules.ts';
import { materialPatchSchema, requirementSchema } from './schemas.ts';

describe('the kinds of material', () => {
  it('hold at least the kinds an application asks for, each with its period, files and names in both languages', () => {
    expect(MATERIAL_KIND_CODES).toEqual(
      expect.arrayContaining([
        'business_licence',
        'legal_rep_id',
        'financial_statements',
        'audit_report',
        'tax_certificate',
        'staff_social_security',
        'rd_ledger',
        'hte_certificate',
        'ip_certificate',
        'tsme_registration',
        'other',
      ]),
    );
    for (const code of MATERIAL_KIND_CODES) {
      const k = MATERIAL_KINDS[code];
      expect(k.zh && k.en, code).toBeTruthy();
      expect(k.files.length, code).toBeGreaterThan(0);
      expect(k.period === 'year' ? k.end === null : k.end !== null, code).toBe(true);
    }
    expect(MATERIAL_KINDS.ip_certificate).toMatchObject({ multiple: true, linksIpRecord: true });
    expect(MATERIAL_KINDS.hte_certificate).toMatchObject({ end: 'required', termYears: 3, multiple: false });
    expect(MATERIAL_KINDS.legal_rep_id.personal).toBe(true);
  });
});

describe('periodProblems', () => {
  it.each([
    ['financial_statements', { year: 2025 }, []],
    ['financial_statements', {}, ['year:materials.period_mismatch']],
    ['financial_statements', { year: 2025, validFrom: '2025-01-01' }, ['validFrom:materials.period_mismatch']],
    ['business_licence', { validFrom: '2015-03-02' }, []],
    ['business_licence', { validFrom: '2015-03-02', validTo: '2015-03-02' }, []],
    ['business_licence', { validFrom: '2015-03-02', validTo: '2015-03-01' }, ['validTo:materials.dates_order']],
    ['business_licence', { year: 2025, validFrom: '2015-03-02' }, ['year:materials.period_mismatch']],
    ['business_licence', {}, ['validFrom:materials.period_mismatch']],
    ['hte_certificate', { validFrom: '2023-12-01' }, ['validTo:materials.end_required']],
    ['hte_certificate', { validFrom: '2023-12-01', validTo: '2026-11-30' }, []],
  ] as const)('%s %j → %j', (kind, period, expected) => {
    expect(periodProblems(kind, period).map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});

describe('proposedEnd', () => {
  it('ends a 高企 certificate three years later less a day, and proposes nothing for open-ended kinds', () => {
    expect(proposedEnd('hte_certificate', '2023-12-01')).toBe('2026-11-30');
    expect(proposedEnd('hte_certificate', '2024-01-01')).toBe('2026-12-31');
    expect(proposedEnd('hte_certificate', '2024-02-29')).toBe('2027-02-28');
    expect(proposedEnd('business_licence', '2024-01-01')).toBeNull();
  });
});

describe('validityOn', () => {
  const cert = { validFrom: '2024-01-01', validTo: '2026-06-30' };
  it.each([
    ['2023-12-31', 'not_yet_valid'],
    ['2024-01-01', 'valid'],
    ['2026-05-30', 'valid'], // 31 days left
    ['2026-05-31', 'expiring'], // 30 days left
    ['2026-06-30', 'expiring'], // the last day is still valid
    ['2026-07-01', 'expired'],
  ])('a certificate to 2026-06-30 on %s is %s', (date, expected) => {
    expect(validityOn(cert, date)).toBe(expected);
  });
  it('keeps an open-ended material and a per-year one valid', () => {
    expect(validityOn({ validFrom: '2010-01-01', validTo: null }, '2099-01-01')).toBe('valid');
    expect(validityOn({ year: 2019 }, '2099-01-01')).toBe('valid');
  });
});

describe('requiredYears', () => {
  it.each([
    [undefined, [2025]],
    ['latest', [2025]],
    ['last2', [2025, 2024]],
    ['last3', [2025, 2024, 2023]],
    [2021, [2021]],
  ] as const)('%s on 2026-03-01 → %j', (spec, years) => {
    expect(requiredYears(spec, '2026-03-01')).toEqual(years);
  });
  it('counts from the year of the date, on its first and last day', () => {
    expect(requiredYears('latest', '2026-01-01')).toEqual([2025]);
    expect(requiredYears('latest', '2025-12-31')).toEqual([2024]);
  });
});

describe('resolveRequirement', () => {
  const on = '2026-03-01';
  const y = (id: number, year: number, review: Candidate['review'] = 'checked'): Candidate => ({ id, year, review });
  const d = (id: number, validFrom: string, validTo: string | null, review: Candidate['review'] = 'checked') => ({
    id,
    validFrom,
    validTo,
    review,
  });

  it('supplies each required year, newest first, pending ones included', () => {
    const r = resolveRequirement(
      { kind: 'financial_statements', year: 'last2' },
      [y(1, 2023), y(2, 2024, 'pending'), y(3, 2025)],
      on,
    );
    expect(r).toEqual({ satisfied: true, supplied: [3, 2], missing: [] });
  });

  it('says which years are missing and why: only an older year, rejected, or none', () => {
    expect(resolveRequirement({ kind: 'audit_report' }, [y(1, 2024)], on).missing).toEqual([
      { year: 2025, reason: 'older_year' },
    ]);
    expect(resolveRequirement({ kind: 'audit_report', year: 2025 }, [y(1, 2025, 'rejected')], on).missing).toEqual([
      { year: 2025, reason: 'rejected' },
    ]);
    expect(resolveRequirement({ kind: 'audit_report' }, [], on).missing).toEqual([{ year: 2025, reason: 'none' }]);
    // A newer year does not stand in for an older one asked by number.
    expect(resolveRequirement({ kind: 'audit_report', year: 2023 }, [y(1, 2025)], on).missing).toEqual([
      { year: 2023, reason: 'none' },
    ]);
    // A rejected older year is no "older year" on offer.
    expect(resolveRequirement({ kind: 'audit_report' }, [y(1, 2024, 'rejected')], on).missing).toEqual([
      { year: 2025, reason: 'none' },
    ]);
    const partly = resolveRequirement({ kind: 'tax_certificate', year: 'last3' }, [y(7, 2024)], on);
    expect(partly).toEqual({
      satisfied: false,
      supplied: [7],
      missing: [
        { year: 2025, reason: 'older_year' },
        { year: 2023, reason: 'none' },
      ],
    });
  });

  it('supplies a certificate valid on the date, on its last day too, and says expired after it', () => {
    const hte = [d(4, '2023-03-02', '2026-03-01')];
    expect(resolveRequirement({ kind: 'hte_certificate' }, hte, on)).toEqual({
      satisfied: true,
      supplied: [4],
      missing: [],
    });
    expect(resolveRequirement({ kind: 'hte_certificate' }, hte, '2026-03-02').missing).toEqual([
      { year: null, reason: 'expired' },
    ]);
    // A requirement's own date wins over the date of the resolution.
    expect(resolveRequirement({ kind: 'hte_certificate', validOn: '2025-12-31' }, hte, '2026-03-02').satisfied).toBe(
      true,
    );
    expect(resolveRequirement({ kind: 'hte_certificate', validOn: '2023-03-01' }, hte, on).missing).toEqual([
      { year: null, reason: 'not_yet_valid' },
    ]);
    expect(
      resolveRequirement({ kind: 'hte_certificate' }, [d(5, '2025-01-01', '2027-12-31', 'rejected')], on).missing,
    ).toEqual([{ year: null, reason: 'rejected' }]);
    expect(resolveRequirement({ kind: 'business_licence' }, [], on).missing).toEqual([{ year: null, reason: 'none' }]);
  });

  it('supplies every valid one of a kind held several at once, and one of the others', () => {
    const ips = [d(1, '2020-01-01', null), d(2, '2022-05-01', '2025-01-01'), d(3, '2024-01-01', '2034-01-01')];
    expect(resolveRequirement({ kind: 'ip_certificate' }, ips, on).supplied).toEqual([3, 1]);
    expect(resolveRequirement({ kind: 'business_licence' }, ips, on).supplied).toEqual([3]);
  });
});

describe('the contracts', () => {
  it('refuse a year for a kind that is not per year and a date for one that is', () => {
    expect(requirementSchema.safeParse({ kind: 'audit_report', year: 'last2' }).success).toBe(true);
    expect(requirementSchema.safeParse({ kind: 'audit_report', validOn: '2026-01-01' }).success).toBe(false);
    expect(requirementSchema.safeParse({ kind: 'hte_certificate', validOn: '2026-01-01' }).success).toBe(true);
    expect(requirementSchema.safeParse({ kind: 'hte_certificate', year: 2025 }).success).toBe(false);
    expect(requirementSchema.safeParse({ kind: 'audit_report', year: 'last4' }).success).toBe(false);
  });
  it('refuse an empty change', () => {
    expect(materialPatchSchema.safeParse({}).success).toBe(false);
    expect(materialPatchSchema.safeParse({ notes: '' }).success).toBe(true);
  });
});
