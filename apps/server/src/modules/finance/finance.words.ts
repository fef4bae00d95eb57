import type {
  EVENT_STATUSES,
  FACT_SCOPES,
  FUND_STAGES,
  INSTITUTION_KINDS,
  INVESTMENT_ROUNDS,
  PLEDGE_STATUSES,
  POOL_CLAIM_STATUSES,
} from '@cz/shared/finance';

/** The finance area's codes in words, for its workbooks (Chinese, as the zone files them; the web says the same). */
type Zh<T extends readonly string[]> = Record<T[number], string>;

export const INSTITUTION_KIND_ZH: Zh<typeof INSTITUTION_KINDS> = {
  bank: '银行',
  guarantor: '融资担保',
  insurer: '保险',
  securities: '证券',
  small_loan: '小额贷款',
  leasing: '融资租赁',
  investment: '投资机构',
  valuation: '资产评估',
  notary: '公证',
};
export const FACT_SCOPE_ZH: Zh<typeof FACT_SCOPES> = {
  indicators: '经营指标',
  ip: '知识产权',
  evaluations: '资质评价',
  credit: '信用记录',
};
export const PLEDGE_STATUS_ZH: Zh<typeof PLEDGE_STATUSES> = {
  valuation: '评估中',
  approved: '已审批',
  contracted: '已签合同',
  registered: '已登记',
  disbursed: '已放款',
  released: '已解押',
};
export const CLAIM_STATUS_ZH: Zh<typeof POOL_CLAIM_STATUSES> = {
  submitted: '待初审',
  reviewed: '已初审',
  approved: '已批准',
  paid: '已拨付',
  rejected: '未通过',
};
export const POOL_STATUS_ZH = { active: '运行中', closed: '已关闭' } as const;
export const MEMBER_RESULT_ZH = { eligible: '符合', needs_data: '需补充数据' } as const;
export const EVENT_STATUS_ZH: Zh<typeof EVENT_STATUSES> = { planned: '筹备中', held: '已举办', cancelled: '已取消' };
export const FUND_KIND_ZH = { guide: '引导基金（母基金）', sub: '子基金' } as const;
export const FUND_STAGE_ZH: Zh<typeof FUND_STAGES> = {
  seed: '种子期',
  early: '初创期',
  growth: '成长期',
  mature: '成熟期',
};
export const ROUND_ZH: Zh<typeof INVESTMENT_ROUNDS> = {
  angel: '天使轮',
  a: 'A 轮',
  b: 'B 轮',
  c: 'C 轮',
  later: 'C 轮以后',
};

/** Yes or no in a cell. */
export const yesNo = (v: boolean) => (v ? '是 Yes' : '否 No');
/** Codes in words, joined as a Chinese list. */
export const wordsOf = <T extends string>(codes: readonly T[], words: Record<T, string>) =>
  codes.map((c) => words[c]).join('、');
