export * from './affiliations.ts';
export * from './org.ts';
