import type { ProviderSummary } from '@cz/shared';
import { describe, expect, it } from 'vitest';
import { proposeSubsidy } from './subsidy.ts';

const provider = (o: Partial<ProviderSummary>): ProviderSummary => ({
  providerId: 1,
  providerName: '示例检测中心',
  instruments: 2,
  effectiveHours: 100,
  externalHours: 60,
  internalRevenue: 0,
  externalRevenue: 500_000,
  relatedRevenue: 0,
  enterprisesServed: 5,
  shareRate: 0.6,
  ...o,
});
const rule = { year: 2025, ownerPercent: 20, ownerCap: 150_000, excludeRelated: true, minSharePercent: 30 };

describe('后补助 proposal', () => {
  it.each([
    ['20% of external revenue below the cap', {}, rule, 100_000, false, 'ok'],
    ['capped', { externalRevenue: 2_000_000 }, rule, 150_000, true, 'ok'],
    ['exactly at the cap is not capped', { externalRevenue: 750_000 }, rule, 150_000, false, 'ok'],
    [
      'related-party revenue excluded',
      { externalRevenue: 500_000, relatedRevenue: 200_000 },
      rule,
      60_000,
      false,
      'ok',
    ],
    [
      'related-party revenue kept when the rule allows it',
      { externalRevenue: 500_000, relatedRevenue: 200_000 },
      { ...rule, excludeRelated: false },
      100_000,
      false,
      'ok',
    ],
    ['share rate exactly at the minimum', { shareRate: 0.3 }, rule, 100_000, false, 'ok'],
    ['share rate below the minimum', { shareRate: 0.2999 }, rule, 0, false, 'share_below_minimum'],
    ['no external use', { externalRevenue: 0, shareRate: 0 }, rule, 0, false, 'no_external_use'],
    [
      'fractional percent rounds down to the fen',
      { externalRevenue: 333 },
      { ...rule, ownerPercent: 12.5 },
      41,
      false,
      'ok',
    ],
  ])('%s', (_name, o, r, proposed, capped, reason) => {
    const p = proposeSubsidy(provider(o), r);
    expect(p.proposed).toBe(proposed);
    expect(p.capped).toBe(capped);
    expect(p.reason).toBe(reason);
  });
});
