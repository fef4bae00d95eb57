export * from './auth.ts';
export * from './password-policy.ts';
export * from './users.ts';
