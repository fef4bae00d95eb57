import type { InstrumentYearStats, ProviderSummary, SubsidyProposal, SubsidyRule } from '@cz/shared';

/** Sums instrument rows per provider. Enterprises served are summed per instrument (an upper bound across instruments). */
export function summariseProviders(rows: InstrumentYearStats[]): ProviderSummary[] {
  const by = new Map<number, ProviderSummary>();
  for (const r of rows) {
    const s = by.get(r.providerId) ?? {
      providerId: r.providerId,
      providerName: r.providerName,
      instruments: 0,
      effectiveHours: 0,
      externalHours: 0,
      internalRevenue: 0,
      externalRevenue: 0,
      relatedRevenue: 0,
      enterprisesServed: 0,
      shareRate: null,
    };
    s.instruments++;
    s.effectiveHours += r.effectiveHours;
    s.externalHours += r.externalHours;
    s.internalRevenue += r.internalRevenue;
    s.externalRevenue += r.externalRevenue;
    s.relatedRevenue += r.relatedRevenue;
    s.enterprisesServed += r.enterprisesServed;
    by.set(r.providerId, s);
  }
  return [...by.values()].map((s) => ({
    ...s,
    effectiveHours: Math.round(s.effectiveHours * 100) / 100,
    externalHours: Math.round(s.externalHours * 100) / 100,
    shareRate: s.effectiveHours > 0 ? Math.round((s.externalHours / s.effectiveHours) * 10_000) / 10_000 : null,
  }));
}

/**
 * 后补助 proposal of one provider for a year: a share of its external service revenue (related-party revenue
 * excluded when the rule says so), capped, for providers whose 共享率 reaches the rule's minimum. Amounts in fen,
 * rounded down to the fen.
 */
export function proposeSubsidy(s: ProviderSummary, rule: SubsidyRule): SubsidyProposal {
  const eligibleRevenue = Math.max(0, s.externalRevenue - (rule.excludeRelated ? s.relatedRevenue : 0));
  if (eligibleRevenue === 0) return { ...s, eligibleRevenue, proposed: 0, capped: false, reason: 'no_external_use' };
  if ((s.shareRate ?? 0) * 100 < rule.minSharePercent)
    return { ...s, eligibleRevenue, proposed: 0, capped: false, reason: 'share_below_minimum' };
  const raw = Math.floor((eligibleRevenue * Math.round(rule.ownerPercent * 100)) / 10_000);
  return { ...s, eligibleRevenue, proposed: Math.min(raw, rule.ownerCap), capped: raw > rule.ownerCap, reason: 'ok' };
}
