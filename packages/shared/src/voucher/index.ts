export * from './voucher.ts';
