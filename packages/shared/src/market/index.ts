// Contracts of the technology market (技术交易市场): technology contracts, 技术交易额 and 技术合同认定登记.

export * from './achievements.ts';
export * from './brokering.ts';
export * from './catalogues.ts';
export * from './contracts.ts';
export * from './deals.ts';
export * from './dictionary.ts';
export * from './events.ts';
export * from './matching.ts';
export * from './needs.ts';
export * from './patents.ts';
export * from './registration.ts';
