export * from './affiliations.ts';
export * from './facts.ts';
export * from './org.ts';
