// 政策服务: conditions of policy items as data (a fact catalogue, a validated condition tree, a three-valued evaluator
// with sentences and its compiled form for batches) and their amounts. The same format serves the finance area's
// loan products and program calls.
export * from './amount.ts';
export * from './applications.ts';
export * from './compile.ts';
export * from './conditions.ts';
export * from './evaluate.ts';
export * from './facts.ts';
export * from './items.ts';
export * from './subscriptions.ts';
export * from './supervision.ts';
export * from './words.ts';
export * from './working-days.ts';
