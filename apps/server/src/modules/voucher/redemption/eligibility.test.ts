import { describe, expect, it } from 'vitest';
import { voucherRefusal } from './eligibility.ts';

const now = new Date('2026-06-01T04:00:00Z');
const active = { status: 'active', validUntil: '2026-12-31T16:00:00Z', categories: ['testing', 'instrument'] };

describe('can this voucher pay for this service now', () => {
  it.each([
    ['an active voucher within validity, category of its scheme', active, 'testing', null],
    ['a service outside the categories', active, 'design', 'voucher.ineligible_category'],
    ['a suspended voucher', { ...active, status: 'suspended' }, 'testing', 'voucher.suspended'],
    [
      'a suspended voucher past validity (suspension says first)',
      { ...active, status: 'suspended', validUntil: '2026-01-01T00:00:00Z' },
      'design',
      'voucher.suspended',
    ],
    ['an expired voucher', { ...active, status: 'expired' }, 'testing', 'voucher.expired'],
    ['validity ending exactly now', { ...active, validUntil: now.toISOString() }, 'testing', 'voucher.expired'],
    ['validity ending a millisecond later', { ...active, validUntil: new Date(now.getTime() + 1) }, 'testing', null],
    ['expiry before category', { ...active, validUntil: '2026-05-01T00:00:00Z' }, 'design', 'voucher.expired'],
    ['a partner verdict without validity date', { ...active, validUntil: null }, 'instrument', null],
    [
      'any other state of a partner voucher',
      { ...active, status: 'frozen', validUntil: null },
      'testing',
      'voucher.suspended',
    ],
  ])('%s', (_name, v, category, code) => {
    expect(voucherRefusal(v, category, now)?.code ?? null).toBe(code);
  });
});
