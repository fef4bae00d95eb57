import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipNumberProblem, ipRecordInputSchema, normaliseIpNumber } from './ip.ts';
import { IP_KIND_CODES, ipClassOf, patentKindOfType, patentTypeMatchesKind } from './kinds.ts';
import { cleanPatentInput, parsePatentNumber, patentCheckChar } from './patent-number.ts';

// Every expected check character below was computed by hand with the formula of ZC 0006-2003:
// Σ digit × weight mod 11, 10 written X; weights 2,3,4,5,6,7,8,9,2,3,4,5 (12 digits) or 2–9 (8 digits).
// e.g. 202310123456: 2·2+0·3+2·4+3·5+1·6+0·7+1·8+2·9+3·2+4·3+5·4+6·5 = 127 ≡ 6 (mod 11).
describe('CN patent application number check character (ZC 0006-2003)', () => {
  it.each([
    ['202310123456', '6'], // Σ 127
    ['202220345678', '3'], // Σ 190
    ['201930567890', '8'],
    ['200310012345', '0'], // the first year of the current form
    ['202180001234', '6'], // PCT invention
    ['202190005678', '2'], // PCT utility model
    ['202310000002', 'X'], // Σ 43 ≡ 10 → X
    ['202310000000', '0'], // Σ 33 ≡ 0
    ['202220000004', 'X'],
    ['202130000004', '0'],
    ['98123456', '9'], // older form, Σ 196
    ['99212345', '3'], // Σ 168
    ['99100003', 'X'], // Σ 76 ≡ 10 → X
    ['02100005', '0'], // Σ 55 ≡ 0
    ['03112345', '7'],
  ])('%s → %s', (digits, check) => {
    expect(patentCheckChar(digits)).toBe(check);
    const parsed = parsePatentNumber(`${digits}.${check}`);
    expect(parsed).toMatchObject({ ok: true, value: { normalised: `${digits}.${check}` } });
  });

  it('has no check character for anything but 12 or 8 digits', () => {
    expect(patentCheckChar('2023101234567')).toBeNull();
    expect(patentCheckChar('9812345')).toBeNull();
    expect(patentCheckChar('20231012345A')).toBeNull();
  });

  it('reads the parts of both forms', () => {
    expect(parsePatentNumber('202310123456.6')).toEqual({
      ok: true,
      value: { normalised: '202310123456.6', form: 'current', year: 2023, type: '1', serial: '0123456', check: '6' },
    });
    expect(parsePatentNumber('98123456.9')).toEqual({
      ok: true,
      value: { normalised: '98123456.9', form: 'legacy', year: 1998, type: '1', serial: '23456', check: '9' },
    });
    expect(parsePatentNumber('03112345.7')).toMatchObject({ ok: true, value: { year: 2003, form: 'legacy' } });
  });

  it.each([
    ['ZL202310123456.6'],
    ['ZL 2023 1 0123456.6'],
    ['zl202310123456.6'],
    ['CN202310123456.6'],
    ['2023101234566'], // the dot left out
    ['２０２３１０１２３４５６．６'], // full-width digits and dot
    ['ＺＬ２０２３１０１２３４５６。６'], // full-width prefix, ideographic full stop
    [' 202310123456.6 '],
  ])('normalises %j to 202310123456.6', (typed) => {
    expect(parsePatentNumber(typed)).toMatchObject({ ok: true, value: { normalised: '202310123456.6' } });
  });

  it('normalises a lower-case x and the older form without its dot', () => {
    expect(parsePatentNumber('202310000002x')).toMatchObject({ ok: true, value: { normalised: '202310000002.X' } });
    expect(parsePatentNumber('ZL99100003X')).toMatchObject({ ok: true, value: { normalised: '99100003.X' } });
  });

  it.each([
    ['202310123456.7', 'check', '6'], // the digit one off
    ['202310123456.X', 'check', '6'],
    ['202310000002.0', 'check', 'X'],
    ['98123456.8', 'check', '9'],
    ['99100003.0', 'check', 'X'],
  ])('refuses %s: wrong check character (expects %s → %s)', (typed, problem, expected) => {
    expect(parsePatentNumber(typed)).toEqual({ ok: false, problem, expected });
  });

  it.each([
    ['202310123456', '6'],
    ['98123456', '9'],
  ])('says which check character %s is missing', (typed, expected) => {
    expect(parsePatentNumber(typed)).toEqual({ ok: false, problem: 'check_missing', expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['20231012345.6', 'length'], // 11 digits
    ['2023101234567.8', 'length'], // 13 digits
    ['9812345.6', 'length'], // 7 digits
    ['981234567.8', 'length'], // 9 digits
    ['202310123456.', 'length'],
    ['202310123456.66', 'length'],
    ['2023.101234566', 'length'],
    ['2023101234X6', 'length'],
    ['202310123456-6', 'character'],
    ['专利202310123456.6', 'character'],
    ['202340123456.0', 'type'], // type 4 does not exist
    ['202350123456.1', 'type'],
    ['202300123456.0', 'type'],
    ['98423456.1', 'type'],
    ['200210012345.0', 'year'], // the current form began in 2003
    ['04112345.5', 'year'], // the older form ended in 2003
    ['84112345.3', 'year'], // before the Patent Law (1985)
  ])('refuses %j as %s', (typed, problem) => {
    expect(parsePatentNumber(typed)).toMatchObject({ ok: false, problem });
  });

  it('accepts exactly one check character for any twelve digits of a valid type and year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2003, max: 2099 }),
        fc.constantFrom('1', '2', '3', '8', '9'),
        fc.integer({ min: 0, max: 9_999_999 }),
        (year, type, serial) => {
          const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
          const good = [...'0123456789X'].filter((c) => parsePatentNumber(`${digits}.${c}`).ok);
          expect(good).toEqual([patentCheckChar(digits)]);
        },
      ),
    );
  });

  it('tidies input before reading it', () => {
    expect(cleanPatentInput(' zl 2023 1 0123456 . 6 ')).toBe('202310123456.6');
    expect(cleanPatentInput('ＣＮ２０２３')).toBe('2023');
  });
});

describe('the kind and the type digit', () => {
  it('infers the kind of a patent from its type digit', () => {
    expect(patentKindOfType('1')).toBe('invention');
    expect(patentKindOfType('2')).toBe('utility_model');
    expect(patentKindOfType('3')).toBe('design');
    expect(patentKindOfType('8')).toBe('pct');
    expect(patentKindOfType('9')).toBe('pct');
  });

  it.each([
    ['invention', '202310123456.6', null],
    ['utility_model', '202220345678.3', null],
    ['design', '202130000004.0', null],
    ['pct', '202180001234.6', null],
    ['pct', '202190005678.2', null],
    ['invention', '202220345678.3', 'ip.kind_mismatch'], // a utility-model number entered as an invention
    ['design', '202310123456.6', 'ip.kind_mismatch'],
    ['pct', '202310123456.6', 'ip.kind_mismatch'],
    ['utility_model', '202190005678.2', 'ip.kind_mismatch'],
    ['invention', '202310123456.7', 'ip.invalid_number'],
    ['invention', '2023SR0123456', 'ip.invalid_number'],
    ['software_copyright', '2023SR0123456', null], // not a patent: tidied, not checked
    ['software_copyright', 'x', 'ip.invalid_number'],
    ['trademark', '第12345678号', null],
  ] as const)('%s with %s → %s', (kind, number, problem) => {
    expect(ipNumberProblem(kind, number)).toBe(problem);
  });

  it('checks the type digit of every patent kind against all five digits', () => {
    expect(patentTypeMatchesKind('invention', '1')).toBe(true);
    expect(patentTypeMatchesKind('invention', '8')).toBe(false); // a PCT invention is entered as PCT
    expect(patentTypeMatchesKind('pct', '8')).toBe(true);
    expect(patentTypeMatchesKind('pct', '1')).toBe(false);
  });

  it('stores other numbers tidied: half-width, no spaces, upper case', () => {
    expect(normaliseIpNumber('software_copyright', ' ２０２３ｓｒ０１２３４５６ ')).toBe('2023SR0123456');
    expect(normaliseIpNumber('invention', 'ZL 2023 1 0123456.6')).toBe('202310123456.6');
  });
});

describe('Ⅰ类 / Ⅱ类 (国科发政〔2017〕115号 附件; 国科火字〔2016〕195号)', () => {
  it.each([
    ['invention', null, 'I'],
    ['plant_variety', null, 'I'],
    ['new_drug', null, 'I'],
    ['tcm_protected', null, 'I'],
    ['ic_layout', null, 'I'],
    ['utility_model', null, 'II'],
    ['design', null, 'II'],
    ['software_copyright', null, 'II'],
    ['trademark', null, null],
    ['pct', '8', 'I'], // PCT invention entering the national phase
    ['pct', '9', 'II'], // PCT utility model entering the national phase
    ['pct', null, null],
  ] as const)('%s (type %s) → %s', (kind, type, cls) => {
    expect(ipClassOf(kind, type)).toBe(cls);
  });

  it('classes every kind (a new kind must be placed)', () => {
    for (const kind of IP_KIND_CODES) expect(() => ipClassOf(kind, '8')).not.toThrow();
    expect(IP_KIND_CODES.filter((k) => ipClassOf(k, '8') === undefined)).toEqual([]);
  });
});

describe('the record a member enters', () => {
  const base = {
    kind: 'invention',
    number: 'ZL 2023 1 0123456.6',
    title: '示例光伏组件封装方法',
    appliedOn: '2023-03-01',
    grantedOn: '2025-06-10',
    expiresOn: '2043-02-28',
    legalStatus: 'valid',
    acquisition: 'own',
  } as const;

  it('is stored with the number normalised', () => {
    const parsed = ipRecordInputSchema.parse(base);
    expect(parsed).toMatchObject({ number: '202310123456.6', holders: '', feeDueOn: null });
  });

  it.each([
    [{ number: '202310123456.7' }, 'number', 'ip.invalid_number'],
    [{ kind: 'design' }, 'number', 'ip.kind_mismatch'],
    [{ grantedOn: '2023-02-28' }, 'grantedOn', 'ip.dates_order'],
    [{ expiresOn: '2025-06-09' }, 'expiresOn', 'ip.dates_order'],
    [{ grantedOn: null }, 'grantedOn', 'ip.granted_required'],
    [{ legalStatus: 'pending' }, 'legalStatus', 'ip.pending_granted'],
  ])('refuses %j (%s: %s)', (change, path, message) => {
    const r = ipRecordInputSchema.safeParse({ ...base, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });

  it('accepts a grant on the day of filing and an expiry on the day of grant (bounds inclusive)', () => {
    expect(ipRecordInputSchema.safeParse({ ...base, grantedOn: '2023-03-01', expiresOn: '2023-03-01' }).success).toBe(
      true,
    );
  });
});
