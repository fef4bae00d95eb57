export * from './ip.ts';
export * from './kinds.ts';
export * from './patent-number.ts';
export * from './rights.ts';
