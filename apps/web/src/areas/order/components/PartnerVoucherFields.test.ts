import { describe, expect, it } from 'vitest';
import { partnerVoucherState } from './PartnerVoucherFields';

describe('the partner voucher fields of an acceptance', () => {
  it('are complete only with the region, the number and the redemption code', () => {
    expect(partnerVoucherState({ region: '', number: '', code: '' })).toBe('none');
    expect(partnerVoucherState({ region: 'region-a', number: 'CXQ-2026-001-000123', code: '' })).toBe('incomplete');
    expect(partnerVoucherState({ region: 'region-a', number: 'CXQ-2026-001-000123', code: 'ABCDE' })).toBe(
      'incomplete',
    );
    expect(partnerVoucherState({ region: '', number: '', code: 'ABCDE-FGHJK' })).toBe('incomplete');
    expect(partnerVoucherState({ region: 'Region A', number: 'CXQ-1', code: 'ABCDE-FGHJK' })).toBe('badRegion');
    expect(partnerVoucherState({ region: 'region-a', number: 'CXQ-2026-001-000123', code: 'ABCDE-FGHJK' })).toBe('ok');
  });
});
