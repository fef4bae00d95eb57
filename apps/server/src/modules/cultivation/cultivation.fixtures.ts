// Figures and declarations the cultivation tests share.

export const CALC = '/api/v1/cultivation/tech-sme/calculate';

/** Figures that just qualify: 30% tech staff (20), R&D 6% of sales (50), no IP (0) → 70. */
export const golden = {
  employees: 100,
  techStaff: 30,
  salesFen: 1_000_000_000,
  rdExpenseFen: 60_000_000,
  totalCostFen: 900_000_000,
  totalAssetsFen: 2_000_000_000,
  ip1Count: 0,
  ip2Count: 0,
  resident: true,
  prohibitedIndustry: false,
  majorIncident: false,
  dishonestList: false,
  abnormalOperation: false,
  assessedOn: '2026-03-01',
};

export const declared = {
  prohibitedIndustry: false,
  majorIncident: false,
  dishonestList: false,
  abnormalOperation: false,
  nationalAward5y: false,
  provincialRdInstitution: false,
  ledStandard5y: false,
};

export const indicator = (o: Record<string, unknown> = {}) => ({
  year: 2025,
  revenue: 1_000_000_000,
  rdExpense: 60_000_000,
  totalAssets: 2_000_000_000,
  employees: 100,
  techStaff: 30,
  totalCost: 900_000_000,
  ...o,
});
