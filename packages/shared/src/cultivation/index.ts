// 企业培育与评价: national rules as versioned packs and pure, explained evaluations (科技型中小企业, 高企, 专精特新,
// 研发费用加计扣除), with the calculator schemas.
export * from './exact.ts';
export * from './growth.ts';
export * from './hte.packs.ts';
export * from './hte.schemas.ts';
export * from './hte.ts';
export * from './hte-innovation.ts';
export * from './outcome.ts';
export * from './rd-deduction.packs.ts';
export * from './rd-deduction.schemas.ts';
export * from './rd-deduction.ts';
export * from './schemas.ts';
export * from './specialised.packs.ts';
export * from './specialised.schemas.ts';
export * from './specialised.ts';
export * from './tech-sme.packs.ts';
export * from './tech-sme.schemas.ts';
export * from './tech-sme.ts';
