import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STEPS,
  applicationFormSchema,
  bankAccountSchema,
  canTakeApplicationStep,
  correctableFields,
  nextStepOf,
  POLICY_APPLICATION_STATUSES,
  type PolicyApplicationStatus,
  returnBodySchema,
} from './applications.ts';

describe('the steps of an application', () => {
  it.each([
    ['submit', 'draft', true],
    ['submit', 'returned', true],
    ['submit', 'submitted', false],
    ['withdraw', 'submitted', true],
    ['withdraw', 'approved', false],
    ['approve', 'submitted', true],
    ['approve', 'returned', false],
    ['reject', 'publicised', true],
    ['reject', 'paid', false],
    ['pay', 'approved', false],
    ['pay', 'publicised', true],
    ['pay', 'accepted', true],
    ['accept', 'confirmed', true],
    ['refuse', 'accepted', false],
  ] as const)('%s from %s: %s', (step, from, expected) => {
    expect(canTakeApplicationStep(step, from)).toBe(expected);
  });

  it('leads every step to a known status, and no step out of a paid, withdrawn or refused application', () => {
    for (const s of Object.values(APPLICATION_STEPS)) expect(POLICY_APPLICATION_STATUSES).toContain(s.to);
    for (const end of ['paid', 'withdrawn', 'refused'] as PolicyApplicationStatus[])
      expect(Object.values(APPLICATION_STEPS).filter((s) => (s.from as readonly string[]).includes(end))).toEqual([]);
  });

  it.each([
    ['draft', false, false, 'submit'],
    ['returned', false, false, 'correct'],
    ['approved', false, false, 'publicity'],
    ['publicised', true, false, 'in_publicity'],
    ['publicised', false, false, 'payment'],
    ['confirmed', false, false, 'confirm'],
    ['paid', false, false, 'rate'],
    ['paid', false, true, 'done'],
    ['rejected', false, false, 'rate'],
    ['withdrawn', false, false, 'done'],
  ] as const)('%s (notice running %s, rated %s) is next: %s', (status, noticeRunning, rated, expected) => {
    expect(nextStepOf({ status, noticeRunning, rated })).toBe(expected);
  });
});

describe('the bank account', () => {
  it('takes an account number of 8 to 32 digits, spaces and dashes dropped', () => {
    expect(
      bankAccountSchema.parse({
        bankName: '示例银行长治分行',
        accountName: '示例公司',
        accountNumber: '6222 0200-1234 5678',
      }),
    ).toMatchObject({ accountNumber: '6222020012345678' });
    for (const bad of ['1234567', '62220200123456781234567890123456789', '6222O20012345678'])
      expect(
        bankAccountSchema.safeParse({ bankName: '示例银行', accountName: '示例公司', accountNumber: bad }).error
          ?.issues[0]?.message,
        bad,
      ).toBe('policy.account_number');
  });

  it('lets a draft leave the form empty', () => {
    expect(applicationFormSchema.parse({})).toEqual({
      requestedFen: null,
      bankName: null,
      accountName: null,
      accountNumber: null,
      note: '',
    });
  });
});

describe('a return for correction', () => {
  it('opens only the fields it names; the account as its three fields', () => {
    const fields = correctableFields([
      { target: 'material', kind: 'audit_report', note: '' },
      { target: 'field', field: 'bankAccount', note: '' },
    ]);
    expect([...fields].sort()).toEqual(['accountName', 'accountNumber', 'bankName']);
  });

  it('names each point once', () => {
    const twice = returnBodySchema.safeParse({
      items: [
        { target: 'material', kind: 'audit_report' },
        { target: 'material', kind: 'audit_report', note: '不清晰' },
      ],
    });
    expect(twice.error?.issues[0]?.message).toBe('policy.return_twice');
    expect(returnBodySchema.safeParse({ items: [] }).success).toBe(false);
  });
});
