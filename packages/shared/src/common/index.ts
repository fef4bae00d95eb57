export * from './binary.ts';
export * from './enums.ts';
export * from './money.ts';
export * from './platform.ts';
export * from './schemas.ts';
export * from './shanghai-time.ts';
export * from './uscc.ts';
