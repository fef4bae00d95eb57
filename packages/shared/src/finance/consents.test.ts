import { describe, expect, it } from 'vitest';
import { scopeOfFact } from './consents.ts';

describe('the consent scope of a fact', () => {
  it('puts a finding of wilful infringement under the credit record, and the rest of IP under IP', () => {
    expect(scopeOfFact('ip.wilfulInfringement3y')).toBe('credit');
    expect(scopeOfFact('ip.inventionCount')).toBe('ip');
    expect(scopeOfFact('declaration.abnormalOperation')).toBe('credit');
  });
});
