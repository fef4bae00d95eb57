// The policy library's contracts (documents, search, import). Policy items and applications have their own folder.
export * from './doc-number.ts';
export * from './documents.ts';
export * from './import.ts';
export * from './labels.ts';
