export * from './admin.ts';
export * from './auth.ts';
export * from './common.ts';
export * from './enums.ts';
export * from './money.ts';
export * from './org.ts';
export * from './uscc.ts';
