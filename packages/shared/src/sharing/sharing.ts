/** Open-sharing statistics and 后补助 proposals, as the API returns them (money in fen). */
export type InstrumentYearStats = {
  /** 有效工作机时 is effectiveHours, 对外服务机时 externalHours; relatedRevenue is external revenue from related parties. */
  instrumentId: number;
  instrumentName: string;
  providerId: number;
  providerName: string;
  originalValue: number;
  isLarge: boolean;
  effectiveHours: number;
  externalHours: number;
  internalRevenue: number;
  externalRevenue: number;
  relatedRevenue: number;
  enterprisesServed: number;
  bookings: number;
  noShows: number;
  rating: number | null;
  ratingCount: number;
  shareRate: number | null;
  yieldRate: number | null;
};
export type ProviderSummary = {
  providerId: number;
  providerName: string;
  instruments: number;
  effectiveHours: number;
  externalHours: number;
  internalRevenue: number;
  externalRevenue: number;
  relatedRevenue: number;
  enterprisesServed: number;
  shareRate: number | null;
};
export type SharingStats = { year: number; instruments: InstrumentYearStats[]; providers: ProviderSummary[] };
export type SubsidyRule = {
  year: number;
  ownerPercent: number;
  ownerCap: number;
  excludeRelated: boolean;
  minSharePercent: number;
};
export type SubsidyProposal = ProviderSummary & {
  eligibleRevenue: number;
  proposed: number;
  capped: boolean;
  reason: 'ok' | 'no_external_use' | 'share_below_minimum';
};
export type SubsidyResult = { rule: SubsidyRule; proposals: SubsidyProposal[]; total: number };
