export * from './reimbursement.ts';
export * from './reports.ts';
export * from './settlement.ts';
export * from './voucher.ts';
