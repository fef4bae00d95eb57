// 企业培育与评价: national rules as versioned packs and pure, explained evaluations (科技型中小企业, 高企, 专精特新,
// 研发费用加计扣除), with the calculator schemas.
export * from './exact.ts';
export * from './outcome.ts';
export * from './schemas.ts';
export * from './tech-sme.packs.ts';
export * from './tech-sme.schemas.ts';
export * from './tech-sme.ts';
