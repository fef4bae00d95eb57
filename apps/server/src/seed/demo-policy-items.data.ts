import type { Amount, Condition, ItemMode, ItemStatus, MaterialRequirement } from '@cz/shared';
import { PARKS } from '@cz/shared';

/**
 * The demo items (申报事项 / 兑现条款) of the demo library's documents, each the checkable form of a clause of its
 * document in demo-policy.data.ts, beside the four of demo-policy-applications.ts. Windows are days from the day the
 * demo is seeded, so that the demo stays valid whatever day it starts; `published` names the day the item was
 * published (and the enterprises it fits were told), in days before that day. Amounts are in fen (1万元 =
 * 1,000,000 fen); amounts and rules are made up for the demonstration.
 */
export type DemoItem = {
  /** The key of its document in DEMO_POLICIES. */
  doc: string;
  clause: string;
  title: string;
  beneficiaries: string;
  condition: Condition;
  amount: Amount;
  budgetFen: number | null;
  mode: ItemMode;
  department: string;
  materials: MaterialRequirement[];
  paymentDeadlineDays?: number;
  /** Days from the seeding day (negative: before), or dates; null: no bound. */
  window: { opens: number | string | null; closes: number | string | null };
  status: ItemStatus;
  /** Days before the seeding day it was published (or the date, for an item long past); absent for a draft. */
  published?: number | string;
};

export const WAN = 1_000_000;
export const IN_ZONE: Condition = { fact: 'org.park', op: 'in', value: [...PARKS] };
export const NOT_ABNORMAL: Condition = { fact: 'declaration.abnormalOperation', op: 'isFalse' };
export const manual = (zh: string, en: string): Condition => ({ manual: { zh, en } });
export const decided = (zh: string, en: string): Amount => ({ kind: 'manual', words: { zh, en } });
export const TECH = '科技创新部';
export const HR = '人力资源部';
export const ECON = '经济发展部';
export const FIN = '财政金融部';

/** When the enterprises it fits were told: the items of a round are published (and told) together. */
export const ROUNDS = { launch: 150, spring: 60, recent: 12, latest: 1 } as const;

/** The items of the zone's own documents. */
export const ZONE_ITEMS: DemoItem[] = [
  // ——— 示例长治高新区高新技术企业认定奖励办法 ———
  {
    doc: 'hte-reward',
    clause: '第三条',
    title: '示例首次认定高新技术企业奖励',
    beneficiaries: '首次被认定为高新技术企业的区内企业，一次性奖励 20 万元；取得证书后 6 个月内申请',
    condition: {
      all: [
        IN_ZONE,
        { fact: 'cultivation.hteCertified', op: 'isTrue' },
        manual('首次认定（此前未取得过高新技术企业证书）', 'First recognition (no earlier high-tech certificate)'),
        manual('取得证书之日起 6 个月内提出申请', 'Applied for within 6 months of the certificate'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 20 * WAN },
    budgetFen: 1000 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'hte_certificate' }, { kind: 'business_licence' }],
    window: { opens: -ROUNDS.launch, closes: 200 },
    status: 'published',
    published: ROUNDS.launch,
  },
  {
    doc: 'hte-reward',
    clause: '第三条',
    title: '示例重新认定高新技术企业奖励',
    beneficiaries: '高新技术企业资格期满后重新认定通过的区内企业，一次性奖励 10 万元',
    condition: {
      all: [
        IN_ZONE,
        { fact: 'cultivation.hteCertified', op: 'isTrue' },
        manual('资格期满后重新认定通过', 'Recognised again after the previous certificate expired'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 10 * WAN },
    budgetFen: 500 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'hte_certificate' }, { kind: 'business_licence' }],
    window: { opens: -ROUNDS.launch, closes: 200 },
    status: 'published',
    published: ROUNDS.launch,
  },
  {
    doc: 'hte-reward',
    clause: '第四条',
    title: '示例整体迁入高新技术企业奖励（快申快享）',
    beneficiaries: '在高企有效期内整体迁入高新区的企业，按重新认定标准奖励 10 万元，30 个工作日内兑付',
    condition: {
      all: [
        IN_ZONE,
        { fact: 'cultivation.hteCertified', op: 'isTrue' },
        manual('在高企有效期内整体迁入高新区', 'Moved into the zone as a whole within the certificate’s validity'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 10 * WAN },
    budgetFen: 200 * WAN,
    mode: 'fast',
    paymentDeadlineDays: 30,
    department: TECH,
    materials: [{ kind: 'hte_certificate' }],
    window: { opens: -ROUNDS.spring, closes: 300 },
    status: 'published',
    published: ROUNDS.spring,
  },

  // ——— 示例长治高新区科技型中小企业研发费用后补助办法 ———
  {
    doc: 'tsme-rd',
    clause: '第二条、第四条',
    title: '示例首轮研发费用后补助（免申即享，已结束）',
    beneficiaries: '入库科技型中小企业，研发费用不低于 50 万元的，按 5% 补助，最高 50 万元；本轮已结束',
    condition: {
      all: [
        { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
        { fact: 'org.rdExpenseFen', op: 'gte', value: 50 * WAN },
      ],
    },
    amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 500, capFen: 50 * WAN },
    budgetFen: 800 * WAN,
    mode: 'auto',
    department: TECH,
    materials: [],
    window: { opens: -280, closes: -200 },
    status: 'closed',
    published: 280,
  },
  {
    doc: 'tsme-rd',
    clause: '第二条、第四条',
    title: '示例本年度研发费用后补助（免申即享，拟发布）',
    beneficiaries: '入库科技型中小企业，上年度研发费用不低于 50 万元的，按 5% 补助，最高 50 万元，无需申报',
    condition: {
      all: [
        { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
        { fact: 'org.rdExpenseFen', op: 'gte', value: 50 * WAN },
      ],
    },
    amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 500, capFen: 50 * WAN },
    budgetFen: 1000 * WAN,
    mode: 'auto',
    department: TECH,
    materials: [],
    window: { opens: 10, closes: 100 },
    status: 'draft',
  },

  // ——— 示例长治高新区科技创新券管理办法 ———
  {
    doc: 'voucher',
    clause: '第二条、第四条',
    title: '示例科技创新券年度额度（免申即享）',
    beneficiaries: '在高新区注册的入库科技型中小企业，自动获得本年度 20 万元创新券额度，无需申领',
    condition: { all: [IN_ZONE, { fact: 'cultivation.tsmeRegistered', op: 'isTrue' }] },
    amount: { kind: 'fixed', amountFen: 20 * WAN },
    budgetFen: 1000 * WAN,
    mode: 'auto',
    department: TECH,
    materials: [],
    window: { opens: -ROUNDS.recent, closes: 120 },
    status: 'published',
    published: ROUNDS.recent,
  },
  {
    doc: 'voucher',
    clause: '第三条、第四条',
    title: '示例创新券科技服务费用抵扣',
    beneficiaries: '向平台登记的服务机构购买检验检测、研究开发等科技服务的企业，抵扣服务费用的 50%，年度最高 20 万元',
    condition: {
      all: [
        IN_ZONE,
        {
          any: [
            { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
            { fact: 'org.yearsRegistered', op: 'lte', value: 3 },
          ],
        },
        manual('服务机构与企业不存在关联关系（第五条）', 'The provider is no related party of the enterprise (art. 5)'),
      ],
    },
    amount: decided(
      '按服务合同金额的 50% 抵扣，年度累计不超过 20 万元',
      '50% of the service contract, at most ¥200,000 a year',
    ),
    budgetFen: 500 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'business_licence' }, { kind: 'other' }],
    window: { opens: -ROUNDS.launch, closes: 210 },
    status: 'published',
    published: ROUNDS.launch,
  },

  // ——— 示例长治高新区科技创新券管理暂行办法（已废止）———
  {
    doc: 'voucher-2022',
    clause: '第二条',
    title: '示例科技创新券申领（2022 年版）',
    beneficiaries: '入库科技型中小企业，每年申领额度最高 10 万元；办法已废止，事项已结束',
    condition: { all: [{ fact: 'cultivation.tsmeRegistered', op: 'isTrue' }] },
    amount: { kind: 'fixed', amountFen: 10 * WAN },
    budgetFen: 300 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'tsme_registration', year: 'latest' }],
    window: { opens: '2022-04-01', closes: '2026-02-28' },
    status: 'closed',
    published: '2022-04-01',
  },

  // ——— 示例长治高新区技术合同交易补贴实施细则 ———
  {
    doc: 'tech-contract',
    clause: '第三条、第四条',
    title: '示例技术合同买方补贴',
    beneficiaries: '技术买方按当年实际支付技术交易额的 3% 补贴，与卖方补贴合计每年最高 100 万元',
    condition: {
      all: [
        {
          any: [
            { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
            { fact: 'cultivation.hteCertified', op: 'isTrue' },
          ],
        },
        NOT_ABNORMAL,
        manual(
          '技术合同经技术合同登记机构认定登记，买方已实际支付',
          'Contract registered by a technology contract office and paid',
        ),
        manual('合同双方不是关联方（第五条）', 'The parties are not related (art. 5)'),
      ],
    },
    amount: decided(
      '按实际支付技术交易额的 3% 补贴，年度合计最高 100 万元',
      '3% of the technology fee paid, at most ¥1m a year in all',
    ),
    budgetFen: 600 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'business_licence' }, { kind: 'other' }, { kind: 'financial_statements', year: 'latest' }],
    window: { opens: -ROUNDS.spring, closes: 90 },
    status: 'published',
    published: ROUNDS.spring,
  },
  {
    doc: 'tech-contract',
    clause: '第三条、第四条',
    title: '示例技术合同卖方补贴',
    beneficiaries: '技术卖方按当年到账技术交易额的 2% 补贴，与买方补贴合计每年最高 100 万元',
    condition: {
      all: [
        {
          any: [
            { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
            { fact: 'cultivation.hteCertified', op: 'isTrue' },
          ],
        },
        NOT_ABNORMAL,
        manual('技术合同经认定登记，技术交易额已到账', 'Contract registered and the technology fee received'),
      ],
    },
    amount: decided(
      '按到账技术交易额的 2% 补贴，年度合计最高 100 万元',
      '2% of the technology fee received, at most ¥1m a year in all',
    ),
    budgetFen: 400 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'business_licence' }, { kind: 'other' }],
    window: { opens: -ROUNDS.spring, closes: 90 },
    status: 'published',
    published: ROUNDS.spring,
  },

  // ——— 示例长治高新区人才安家补贴实施办法 ———
  {
    doc: 'talent-housing',
    clause: '第二条、第三条',
    title: '示例博士人才安家补贴',
    beneficiaries: '区内企业新引进的全职博士，签订 3 年以上劳动合同的，安家补贴 15 万元，分三年按 4:3:3 发放',
    condition: {
      all: [
        IN_ZONE,
        manual(
          '新引进全职博士，签订 3 年以上劳动合同并连续缴纳社保',
          'A new full-time PhD with a contract of 3 years or more',
        ),
        manual('未在本市其他地区领取过同类安家补贴', 'No such allowance from elsewhere in the city'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 15 * WAN },
    budgetFen: 300 * WAN,
    mode: 'apply',
    department: HR,
    materials: [{ kind: 'business_licence' }, { kind: 'staff_social_security', year: 'latest' }, { kind: 'other' }],
    window: { opens: -ROUNDS.launch, closes: 215 },
    status: 'published',
    published: ROUNDS.launch,
  },
  {
    doc: 'talent-housing',
    clause: '第二条、第三条',
    title: '示例硕士人才安家补贴',
    beneficiaries: '区内企业新引进的全职硕士，签订 3 年以上劳动合同的，安家补贴 6 万元，分三年发放',
    condition: {
      all: [
        IN_ZONE,
        manual('新引进全职硕士，签订 3 年以上劳动合同', 'A new full-time master with a contract of 3 years or more'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 6 * WAN },
    budgetFen: 200 * WAN,
    mode: 'apply',
    department: HR,
    materials: [{ kind: 'staff_social_security', year: 'latest' }, { kind: 'other' }],
    window: { opens: -ROUNDS.launch, closes: 215 },
    status: 'published',
    published: ROUNDS.launch,
  },
  {
    doc: 'talent-housing',
    clause: '第三条',
    title: '示例高级技师安家补贴（快申快享）',
    beneficiaries: '区内规上企业新引进的高级技师，安家补贴 3 万元，申请后 20 个工作日内兑付',
    condition: {
      all: [
        IN_ZONE,
        { fact: 'org.isAboveScale', op: 'isTrue' },
        manual(
          '新引进的全职高级技师（持职业资格证书）',
          'A new full-time senior technician with a vocational certificate',
        ),
      ],
    },
    amount: { kind: 'fixed', amountFen: 3 * WAN },
    budgetFen: 60 * WAN,
    mode: 'fast',
    paymentDeadlineDays: 20,
    department: HR,
    materials: [{ kind: 'qualification' }],
    window: { opens: -ROUNDS.spring, closes: 150 },
    status: 'published',
    published: ROUNDS.spring,
  },
  {
    doc: 'talent-housing',
    clause: '第四条',
    title: '示例人才首次购房补贴',
    beneficiaries: '引进人才在高新区首次购买自住住房的，一次性购房补贴 5 万元；下一批次受理',
    condition: {
      all: [IN_ZONE, manual('引进人才首次在高新区购买自住住房', 'The talent’s first home bought in the zone')],
    },
    amount: { kind: 'fixed', amountFen: 5 * WAN },
    budgetFen: 250 * WAN,
    mode: 'apply',
    department: HR,
    materials: [{ kind: 'other' }],
    window: { opens: 30, closes: 120 },
    status: 'published',
    published: ROUNDS.latest,
  },

  // ——— 示例长治高新区科技企业孵化器和众创空间扶持办法 ———
  {
    doc: 'incubators',
    clause: '第二条',
    title: '示例国家级科技企业孵化器认定奖励',
    beneficiaries: '新认定为国家级科技企业孵化器的区内运营机构，奖励 100 万元',
    condition: {
      all: [
        { fact: 'org.industry', op: 'eq', value: 'M' },
        manual('当年新认定为国家级科技企业孵化器', 'Newly recognised this year as a national incubator'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 100 * WAN },
    budgetFen: 200 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'qualification' }, { kind: 'business_licence' }],
    window: { opens: -ROUNDS.spring, closes: 180 },
    status: 'published',
    published: ROUNDS.spring,
  },
  {
    doc: 'incubators',
    clause: '第三条',
    title: '示例省级众创空间认定奖励',
    beneficiaries: '新认定为省级众创空间的，奖励 20 万元（误按国家级标准发布，已撤回待重新发布）',
    condition: {
      all: [
        { fact: 'org.industry', op: 'eq', value: 'M' },
        manual('当年新认定为省级众创空间', 'Newly recognised this year as a provincial maker space'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 20 * WAN },
    budgetFen: 100 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'qualification' }],
    window: { opens: -ROUNDS.recent, closes: 180 },
    status: 'withdrawn',
    published: ROUNDS.recent,
  },

  // ——— 示例长治高新区揭榜挂帅科技项目管理办法 ———
  {
    doc: 'open-call',
    clause: '第二条、第三条',
    title: '示例揭榜挂帅项目发榜企业补助',
    beneficiaries: '发榜的规上企业或高新技术企业，项目验收通过后按揭榜合同实际支付金额的 30% 补助，最高 200 万元',
    condition: {
      all: [
        {
          any: [
            { fact: 'org.isAboveScale', op: 'isTrue' },
            { fact: 'cultivation.hteCertified', op: 'isTrue' },
          ],
        },
        manual('榜单金额不低于 50 万元，项目已通过验收', 'A call of ¥500,000 or more, its project accepted'),
      ],
    },
    amount: decided(
      '按揭榜合同实际支付金额的 30% 补助，单个项目最高 200 万元',
      '30% of the contract paid, at most ¥2m a project',
    ),
    budgetFen: 1000 * WAN,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'business_licence' }, { kind: 'other' }],
    window: { opens: -ROUNDS.latest, closes: 240 },
    status: 'published',
    published: ROUNDS.latest,
  },

  // ——— 示例长治高新区数字化转型支持政策（征求意见稿）———
  {
    doc: 'digital-draft',
    clause: '第二条',
    title: '示例数字化改造补助（征求意见）',
    beneficiaries: '规上工业企业按数字化改造实际投入的 10% 补助，最高 100 万元；政策印发后发布',
    condition: {
      all: [
        { fact: 'org.isAboveScale', op: 'isTrue' },
        { fact: 'org.industry', op: 'eq', value: 'C' },
        manual('数字化改造项目已完成并通过验收', 'The digital upgrade is finished and accepted'),
      ],
    },
    amount: decided('按数字化改造实际投入的 10% 补助，最高 100 万元', '10% of the upgrade’s cost, at most ¥1m'),
    budgetFen: 2000 * WAN,
    mode: 'apply',
    department: ECON,
    materials: [{ kind: 'business_licence' }, { kind: 'audit_report', year: 'latest' }],
    window: { opens: 60, closes: 240 },
    status: 'draft',
  },
];
