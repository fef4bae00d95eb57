export * from './audit.ts';
export * from './labels.ts';
