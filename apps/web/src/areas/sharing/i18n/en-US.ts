import type zhCN from './zh-CN';

/** The `sharing` namespace in English: same shape as zh-CN, a missing or extra key is a type error. */
const dictionary: typeof zhCN = {
  sharing: {
    title: 'Open sharing statistics',
    subtitle: 'Effective and external hours, share rate, revenue and the subsidy proposal',
    year: 'Year',
    export: 'Export to Excel',
    hoursChart: 'Hours per provider',
    revenueChart: 'Revenue per provider (yuan)',
    effectiveHours: 'Effective hours',
    externalHours: 'External hours',
    shareRate: 'Share rate',
    internalRevenue: 'Internal revenue',
    externalRevenue: 'External revenue',
    relatedRevenue: 'Related-party revenue',
    enterprisesServed: 'Enterprises served',
    bookings: 'Bookings',
    noShows: 'No-shows',
    rating: 'Rating',
    yieldRate: 'Yield',
    instrument: 'Instrument',
    provider: 'Provider',
    instrumentsTable: 'Per instrument',
    rule: 'Subsidy rule for {{year}}',
    ownerPercent: 'Subsidy share (%)',
    ownerCap: 'Cap per provider (yuan)',
    excludeRelated: 'Exclude related-party revenue',
    minSharePercent: 'Minimum share rate (%)',
    ruleSaved: 'Rule saved',
    noRule: 'No subsidy rule has been set for {{year}}',
    proposals: 'Subsidy proposals',
    eligibleRevenue: 'Eligible revenue',
    proposed: 'Proposed',
    capped: 'Capped',
    reason: 'Note',
    reasons: {
      ok: 'Eligible',
      no_external_use: 'No external revenue',
      share_below_minimum: 'Share rate below minimum',
    },
    total: 'Total: {{amount}}',
    instruments: 'Instruments',
  },
};

export default dictionary;
