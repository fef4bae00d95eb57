import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUscc, normaliseUscc, USCC_ALPHABET, usccCheckChar, usccProblem, withUsccCheck } from './uscc.ts';

describe('统一社会信用代码 check (GB 32100-2015)', () => {
  it.each([
    // Codes published as examples of the standard's format; both end in their own check character.
    '91350100M000100Y43',
    '91440300708461136T',
  ])('accepts %s', (code) => {
    expect(usccProblem(code)).toBeNull();
    expect(isValidUscc(code)).toBe(true);
  });

  it.each([
    ['', 'length'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['91350100M000100Y4I', 'character'], // I is not in the alphabet
    ['91350100M000100Y4O', 'character'],
    ['91350100M000100Y4Z', 'character'],
    ['91350100M000100Y4S', 'character'],
    ['91350100M000100Y4V', 'character'],
    ['9135010AM000100Y43', 'division'], // positions 3–8 must be digits
    ['91350100M000100Y44', 'check'],
    ['91350100M000100Y42', 'check'],
    ['91350100m000100y43', 'character'], // lower case is not normalised by the check itself
  ])('rejects %j as %s', (code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it('computes check characters at both ends of the alphabet', () => {
    // Σ ≡ 0 (mod 31) gives check (31 − 0) mod 31 = 0 → '0'; all zeros is that case.
    expect(usccCheckChar('00000000000000000')).toBe('0');
    // Σ = 1 (weight 1 on position 1 with value 1) → 30 → 'Y', the last character.
    expect(usccCheckChar('10000000000000000')).toBe('Y');
    // value 30 ('Y') at position 1: Σ = 30 → check 1
    expect(usccCheckChar('Y0000000000000000')).toBe('1');
  });

  it('returns null for a prefix with a character outside the alphabet or of the wrong length', () => {
    expect(usccCheckChar('I0000000000000000')).toBeNull();
    expect(usccCheckChar('0000')).toBeNull();
  });

  it('normalises what people type: spaces, lower case and full-width characters', () => {
    expect(normaliseUscc(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(normaliseUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });

  it('accepts every code completed with its own check character and rejects every other last character', () => {
    const char = fc.constantFrom(...USCC_ALPHABET);
    const digit = fc.constantFrom(...'0123456789');
    const prefix = fc
      .tuple(
        fc.array(char, { minLength: 2, maxLength: 2 }),
        fc.array(digit, { minLength: 6, maxLength: 6 }),
        fc.array(char, { minLength: 9, maxLength: 9 }),
      )
      .map(([a, b, c]) => [...a, ...b, ...c].join(''));
    fc.assert(
      fc.property(prefix, char, (p, last) => {
        const valid = withUsccCheck(p);
        expect(isValidUscc(valid)).toBe(true);
        if (last !== valid[17]) expect(usccProblem(p + last)).toBe('check');
      }),
    );
  });
});
