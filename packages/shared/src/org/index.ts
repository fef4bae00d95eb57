export * from './org.ts';
