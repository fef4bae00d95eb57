import { describe, expect, it } from 'vitest';
import { needInputSchema, targetText } from './needs.ts';

const need = (o: Record<string, unknown> = {}) => ({
  title: '示例求购高效钙钛矿组件封装方案',
  summary: '示例需求：寻求钙钛矿组件的封装方案，要求在湿热条件下保持稳定，适配现有层压设备。',
  field: 'energy',
  targets: [{ indicator: '光电转换效率', operator: 'gte', value: 23, unit: '%' }],
  budgetMinFen: 50_000_000,
  budgetMaxFen: 200_000_000,
  deadline: '2027-06-30',
  ...o,
});

describe('a technology need', () => {
  it('takes measurable targets and a budget range', () => {
    const parsed = needInputSchema.parse(need());
    expect(parsed).toMatchObject({ confidentiality: 'public', details: '', keywords: [] });
    expect(targetText(parsed.targets[0] as (typeof parsed.targets)[number])).toBe('光电转换效率 ≥ 23%');
    expect(targetText({ indicator: '厚度', operator: 'lte', value: 0.2, unit: 'mm' })).toBe('厚度 ≤ 0.2 mm');
    expect(targetText({ indicator: '寿命', operator: 'eq', value: 25, unit: '' })).toBe('寿命 = 25');
  });
  it('needs at least one target and at most ten', () => {
    expect(needInputSchema.safeParse(need({ targets: [] })).success).toBe(false);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ indicator: `指标${i}`, operator: 'gte', value: i }));
    expect(needInputSchema.safeParse(need({ targets: eleven })).success).toBe(false);
  });
  it('takes a budget as both ends in order, or none (面议)', () => {
    expect(needInputSchema.safeParse(need({ budgetMinFen: null, budgetMaxFen: null })).success).toBe(true);
    expect(needInputSchema.safeParse(need({ budgetMinFen: 100, budgetMaxFen: 100 })).success).toBe(true);
    const reversed = needInputSchema.safeParse(need({ budgetMinFen: 101, budgetMaxFen: 100 }));
    expect(reversed.success).toBe(false);
    expect(reversed.error?.issues[0]?.message).toBe('market.budget_order');
    const half = needInputSchema.safeParse(need({ budgetMinFen: 100, budgetMaxFen: null }));
    expect(half.error?.issues[0]?.message).toBe('market.budget_both_or_none');
  });
  it('refuses a date that is not one and an unknown confidentiality', () => {
    expect(needInputSchema.safeParse(need({ deadline: '2027-02-30' })).success).toBe(false);
    expect(needInputSchema.safeParse(need({ confidentiality: 'secret' })).success).toBe(false);
  });
});
