import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { emptyAmount } from './amount-form';
import { emptyGroup, emptyTest, type GroupNode } from './condition-tree';
import { emptyItemValues, issuesFromDetails, splitIssues, toItemInput, toItemValues } from './item-form';

const tree = (): GroupNode => ({
  ...emptyGroup('all'),
  children: [{ ...emptyTest(), fact: 'org.employees', op: 'gte', value: 10 }],
});

describe('the item form', () => {
  it('gives the request body: dates as days, the budget in fen, the deadline only for 快申快享', () => {
    const values = {
      ...emptyItemValues('科技创新部'),
      title: '示例研发投入奖励',
      window: [dayjs('2026-01-01'), null] as [dayjs.Dayjs, null],
      budgetYuan: '3000000.50',
      amount: { ...emptyAmount(), fixedYuan: '10000' },
      paymentDeadlineDays: 30,
      materials: [{ kind: 'financial_statements' as const, year: 'latest' as const }, {}],
    };
    const { body, parsed } = toItemInput(7, values, tree());
    expect(parsed.success).toBe(true);
    expect(body).toMatchObject({
      documentId: 7,
      opensOn: '2026-01-01',
      closesOn: null,
      budgetFen: 300_000_050,
      amount: { kind: 'fixed', amountFen: 1_000_000 },
      condition: { all: [{ fact: 'org.employees', op: 'gte', value: 10 }] },
      materials: [{ kind: 'financial_statements', year: 'latest' }],
      paymentDeadlineDays: null,
    });
    expect(toItemInput(7, { ...values, mode: 'fast' }, tree()).body.paymentDeadlineDays).toBe(30);
  });

  it('refuses 免申即享 with a condition reviewed by hand, on the condition as a whole', () => {
    const manual: GroupNode = {
      ...emptyGroup('all'),
      children: [{ id: 'm', kind: 'manual', zh: '示范效应', en: 'An example' }],
    };
    const values = {
      ...emptyItemValues('科技创新部'),
      title: '示例',
      mode: 'auto' as const,
      amount: { ...emptyAmount(), fixedYuan: '1' },
    };
    const { parsed } = toItemInput(7, values, manual);
    expect(parsed.success).toBe(false);
    const split = splitIssues(parsed.success ? [] : (parsed.error.issues as never));
    expect(split.fields).toContainEqual(
      expect.objectContaining({ path: ['condition'], message: 'policy.auto_needs_data_conditions' }),
    );
  });

  it('places issues: inside the condition on its nodes, the window and budget on their fields', () => {
    const split = splitIssues([
      { path: ['condition', 'all', 0, 'value'], message: 'policy.condition.bad_value', code: 'custom' },
      { path: ['closesOn'], message: 'policy.window_order', code: 'custom' },
      { path: ['budgetFen'], message: 'x', code: 'invalid_type' },
      { path: ['amount', 'capFen'], message: 'policy.amount.bad_fen', code: 'custom' },
    ]);
    expect(split.condition).toEqual([{ path: ['all', 0, 'value'], code: 'policy.condition.bad_value' }]);
    expect(split.fields.map((f) => f.path)).toEqual([['window'], ['budgetYuan'], ['amount']]);
    expect(issuesFromDetails([{ path: '/condition/any/1/op', message: 'policy.condition.bad_op' }, {}])).toEqual([
      { path: ['condition', 'any', 1, 'op'], message: 'policy.condition.bad_op', code: 'custom' },
    ]);
  });

  it('reads a stored item back into the same body', () => {
    const item = {
      id: 1,
      documentId: 7,
      documentTitle: '',
      documentNumber: null,
      issuer: '',
      clause: '第三条',
      title: '示例研发费用后补助',
      beneficiaries: '',
      condition: { all: [{ fact: 'org.employees', op: 'gte', value: 10 }] },
      amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000, capFen: 50_000_000 },
      budgetFen: 600_000_000,
      mode: 'apply',
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
      department: '科技创新部',
      materials: [{ kind: 'business_licence', validOn: '2026-06-30' }],
      paymentDeadlineDays: null,
      status: 'draft',
      open: false,
      reviewedByHand: [],
      publishedAt: null,
      updatedAt: '',
    } as const;
    const { values, condition } = toItemValues(item as never);
    const { body } = toItemInput(7, values, condition);
    expect(body).toEqual({
      documentId: 7,
      clause: '第三条',
      title: '示例研发费用后补助',
      beneficiaries: '',
      condition: item.condition,
      amount: item.amount,
      budgetFen: 600_000_000,
      mode: 'apply',
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
      department: '科技创新部',
      materials: [{ kind: 'business_licence', validOn: '2026-06-30' }],
      paymentDeadlineDays: null,
    });
  });
});
