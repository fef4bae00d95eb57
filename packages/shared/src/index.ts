// Every area's contracts, for `import … from '@cz/shared'`; `@cz/shared/<area>` imports one area. The finance area's
// (`@cz/shared/finance`) are not here: its rates and claims share names with the order and voucher areas'.
export * from './audit/index.ts';
export * from './booking/index.ts';
export * from './catalog/index.ts';
export * from './common/index.ts';
export * from './cultivation/index.ts';
export * from './identity/index.ts';
export * from './instrument/index.ts';
export * from './interop/index.ts';
export * from './ip/index.ts';
export * from './market/index.ts';
export * from './materials/index.ts';
export * from './news/index.ts';
export * from './notification/index.ts';
export * from './order/index.ts';
export * from './org/index.ts';
export * from './policy/index.ts';
export * from './policy-docs/index.ts';
export * from './rules/index.ts';
export * from './sharing/index.ts';
export * from './upload/index.ts';
export * from './voucher/index.ts';
export * from './workbench/index.ts';
