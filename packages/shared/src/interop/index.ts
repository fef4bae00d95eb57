export * from './interop.ts';
