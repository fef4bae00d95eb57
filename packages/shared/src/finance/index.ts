// 科技金融: institutions and their products with terms and eligibility in the policy rule format, the enterprise
// financing-needs database with consent to share facts, the pre-check, loan cases, and risk compensation.
export * from './cases.ts';
export * from './compensation.ts';
export * from './consents.ts';
export * from './events.ts';
export * from './funds.ts';
export * from './institutions.ts';
export * from './needs.ts';
export * from './pledges.ts';
export * from './pools.ts';
export * from './precheck.ts';
export * from './products.ts';
export * from './settings.ts';
export * from './statistics.ts';
