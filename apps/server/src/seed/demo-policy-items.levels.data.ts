import { type DemoItem, decided, ECON, FIN, IN_ZONE, manual, ROUNDS, TECH, WAN } from './demo-policy-items.data.ts';

/** The items of the national, provincial and city documents of the demo library, as the zone handles them. */
export const LEVEL_ITEMS: DemoItem[] = [
  // ——— 示例关于进一步完善研发费用税前加计扣除政策的公告 ———
  {
    doc: 'rd-deduction',
    clause: '一、三',
    title: '示例研发费用税前加计扣除（预计少缴企业所得税）',
    beneficiaries: '研发费用在据实扣除的基础上再按 100% 加计扣除；按 25% 税率估算可少缴的企业所得税，由税务机关办理',
    condition: {
      all: [
        { fact: 'org.rdExpenseFen', op: 'gt', value: 0 },
        { not: { fact: 'org.industry', op: 'in', value: ['F', 'H', 'K', 'L', 'R'] } },
        manual(
          '研发活动及费用归集符合加计扣除口径，留存备查资料',
          'R&D activities and costs fit the rules; records kept',
        ),
      ],
    },
    amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 2500 },
    budgetFen: null,
    mode: 'apply',
    department: TECH,
    materials: [
      { kind: 'rd_ledger', year: 'latest' },
      { kind: 'financial_statements', year: 'latest' },
    ],
    window: { opens: null, closes: null },
    status: 'published',
    published: ROUNDS.launch,
  },

  // ——— 示例高新技术企业认定管理办法 ———
  {
    doc: 'hte-rules',
    clause: '第十一条',
    title: '示例高新技术企业认定申报（推荐）',
    beneficiaries: '注册一年以上、拥有核心知识产权、科技人员占比不低于 10%、研发费用占比达标的企业，推荐申报高企认定',
    condition: {
      all: [
        { fact: 'org.yearsRegistered', op: 'gte', value: 1 },
        {
          any: [
            { fact: 'ip.class1Count', op: 'gte', value: 1 },
            { fact: 'ip.class2Count', op: 'gte', value: 1 },
          ],
        },
        { fact: 'org.techStaffPercent', op: 'gte', value: 10 },
        {
          any: [
            {
              all: [
                { fact: 'org.revenueFen', op: 'lt', value: 5000 * WAN },
                { fact: 'org.rdPercent', op: 'gte', value: 5 },
              ],
            },
            {
              all: [
                { fact: 'org.revenueFen', op: 'between', value: [5000 * WAN, 20000 * WAN] },
                { fact: 'org.rdPercent', op: 'gte', value: 4 },
              ],
            },
            {
              all: [
                { fact: 'org.revenueFen', op: 'gt', value: 20000 * WAN },
                { fact: 'org.rdPercent', op: 'gte', value: 3 },
              ],
            },
          ],
        },
        manual(
          '近一年高新技术产品（服务）收入占同期总收入的比例不低于 60%',
          'High-tech products at least 60% of last year’s income',
        ),
      ],
    },
    amount: decided(
      '认定后三年内减按 15% 税率缴纳企业所得税',
      'Corporate income tax at 15% for three years once recognised',
    ),
    budgetFen: null,
    mode: 'apply',
    department: TECH,
    materials: [
      { kind: 'business_licence' },
      { kind: 'ip_certificate' },
      { kind: 'financial_statements', year: 'last3' },
      { kind: 'rd_ledger', year: 'last3' },
      { kind: 'staff_social_security', year: 'latest' },
    ],
    window: { opens: -ROUNDS.spring, closes: 45 },
    status: 'published',
    published: ROUNDS.spring,
  },

  // ——— 示例关于实施小微企业普惠性税收减免政策的通知（已失效）———
  {
    doc: 'small-tax',
    clause: '二、三',
    title: '示例小型微利企业所得税减免（2019—2021 年度）',
    beneficiaries: '小型微利企业年应纳税所得额不超过 100 万元的部分减按 25% 计入，按 20% 税率缴纳；执行至 2021 年底',
    condition: {
      all: [
        { fact: 'org.employees', op: 'lte', value: 300 },
        { fact: 'org.totalAssetsFen', op: 'lte', value: 5000 * WAN },
        manual('年度应纳税所得额不超过 300 万元', 'Taxable income of ¥3m a year or less'),
      ],
    },
    amount: decided(
      '按应纳税所得额分段减免企业所得税（税务机关办理）',
      'Corporate income tax reduced by bracket (by the tax office)',
    ),
    budgetFen: null,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'financial_statements', year: 'latest' }],
    window: { opens: '2019-01-01', closes: '2021-12-31' },
    status: 'closed',
    published: '2019-01-17',
  },

  // ——— 示例山西省专精特新中小企业培育办法 ———
  {
    doc: 'specialised',
    clause: '第二条',
    title: '示例省级专精特新中小企业认定申报（推荐）',
    beneficiaries: '从事细分市场 3 年以上、营业收入 1500 万元以上、研发费用占比不低于 3%、拥有Ⅰ类知识产权的中小企业',
    condition: {
      all: [
        { fact: 'org.yearsRegistered', op: 'gte', value: 3 },
        { fact: 'org.revenueFen', op: 'gte', value: 1500 * WAN },
        { fact: 'org.rdPercent', op: 'gte', value: 3 },
        { fact: 'ip.class1Count', op: 'gte', value: 1 },
        { fact: 'declaration.dishonestList', op: 'isFalse' },
        manual('主导产品属于特定细分市场，专业化程度高', 'Its main product leads a market niche'),
      ],
    },
    amount: decided(
      '认定为省级专精特新中小企业（荣誉），可申报首次认定奖励',
      'Recognition (an honour), which opens the first-recognition reward',
    ),
    budgetFen: null,
    mode: 'apply',
    department: ECON,
    materials: [
      { kind: 'business_licence' },
      { kind: 'financial_statements', year: 'last2' },
      { kind: 'ip_certificate' },
      { kind: 'audit_report', year: 'latest' },
    ],
    window: { opens: -ROUNDS.spring, closes: 60 },
    status: 'published',
    published: ROUNDS.spring,
  },
  {
    doc: 'specialised',
    clause: '第三条',
    title: '示例首次认定省级专精特新中小企业奖励（免申即享）',
    beneficiaries: '列入省级专精特新中小企业认定名单的区内企业，奖励 30 万元，按名单直接兑现，无需申报',
    condition: { all: [IN_ZONE, { fact: 'cultivation.isSpecialised', op: 'isTrue' }] },
    amount: { kind: 'fixed', amountFen: 30 * WAN },
    budgetFen: 600 * WAN,
    mode: 'auto',
    department: ECON,
    materials: [],
    window: { opens: -ROUNDS.recent, closes: 100 },
    status: 'published',
    published: ROUNDS.recent,
  },
  {
    doc: 'specialised',
    clause: '第三条',
    title: '示例专精特新“小巨人”企业奖励',
    beneficiaries: '认定为国家级专精特新“小巨人”的企业，奖励 100 万元；本批次受理已截止',
    condition: {
      all: [
        { fact: 'cultivation.isSpecialised', op: 'isTrue' },
        manual('列入国家级专精特新“小巨人”企业名单', 'On the national list of “little giants”'),
      ],
    },
    amount: { kind: 'fixed', amountFen: 100 * WAN },
    budgetFen: 500 * WAN,
    mode: 'apply',
    department: ECON,
    materials: [{ kind: 'qualification' }, { kind: 'business_licence' }],
    window: { opens: -ROUNDS.launch, closes: -20 },
    status: 'published',
    published: ROUNDS.launch,
  },

  // ——— 示例山西省新型研发机构认定管理办法 ———
  {
    doc: 'new-rd-institutions',
    clause: '第二条',
    title: '示例新型研发机构认定及建设补助',
    beneficiaries:
      '独立法人、年研发经费支出占年收入总额不低于 30% 的研发机构，给予省级一次性建设补助；本年度受理已结束',
    condition: {
      all: [
        { fact: 'org.industry', op: 'eq', value: 'M' },
        { fact: 'org.rdPercent', op: 'gte', value: 30 },
        manual('具有独立法人资格，投资主体多元', 'An independent legal person with several investors'),
      ],
    },
    amount: decided('省级一次性建设补助，金额经评审确定', 'A one-off provincial grant set in review'),
    budgetFen: null,
    mode: 'apply',
    department: TECH,
    materials: [{ kind: 'business_licence' }, { kind: 'audit_report', year: 'latest' }],
    window: { opens: -200, closes: -90 },
    status: 'closed',
    published: 200,
  },

  // ——— 示例长治市首台（套）重大技术装备奖励办法 ———
  {
    doc: 'first-set',
    clause: '第二条',
    title: '示例国家级首台（套）重大技术装备奖励',
    beneficiaries: '研制的装备认定为国家级首台（套）的本市企业，按首台销售额的 20% 奖励，最高 300 万元；下月起受理',
    condition: {
      all: [
        { fact: 'org.industry', op: 'eq', value: 'C' },
        {
          any: [
            { fact: 'org.isAboveScale', op: 'isTrue' },
            { fact: 'cultivation.isSpecialised', op: 'isTrue' },
          ],
        },
        manual('装备经认定为国家级首台（套）重大技术装备', 'The equipment is recognised as a national first set'),
      ],
    },
    amount: decided('按首台销售额的 20% 奖励，最高 300 万元', '20% of the first set’s sale price, at most ¥3m'),
    budgetFen: 1500 * WAN,
    mode: 'apply',
    department: ECON,
    materials: [{ kind: 'qualification' }, { kind: 'other' }],
    window: { opens: 15, closes: 105 },
    status: 'published',
    published: ROUNDS.latest,
  },
  {
    doc: 'first-set',
    clause: '第三条',
    title: '示例省级首台（套）重大技术装备奖励',
    beneficiaries: '研制的装备认定为省级首台（套）的本市企业，按首台销售额的 10% 奖励，最高 100 万元',
    condition: {
      all: [
        { fact: 'org.industry', op: 'eq', value: 'C' },
        {
          any: [
            { fact: 'org.isAboveScale', op: 'isTrue' },
            { fact: 'cultivation.isSpecialised', op: 'isTrue' },
          ],
        },
        manual('装备经认定为省级首台（套）重大技术装备', 'The equipment is recognised as a provincial first set'),
      ],
    },
    amount: decided('按首台销售额的 10% 奖励，最高 100 万元', '10% of the first set’s sale price, at most ¥1m'),
    budgetFen: 800 * WAN,
    mode: 'apply',
    department: ECON,
    materials: [{ kind: 'qualification' }, { kind: 'other' }],
    window: { opens: -ROUNDS.spring, closes: 120 },
    status: 'published',
    published: ROUNDS.spring,
  },

  // ——— 示例长治市知识产权质押融资风险补偿办法 ———
  {
    doc: 'ip-pledge',
    clause: '第三条',
    title: '示例知识产权质押贷款贴息（快申快享）',
    beneficiaries: '以知识产权质押取得合作银行贷款并按期还款的企业，按实际支付利息的 50% 贴息，每户每年最高 30 万元',
    condition: {
      all: [
        {
          any: [
            { fact: 'ip.class1Count', op: 'gte', value: 1 },
            { fact: 'ip.class2Count', op: 'gte', value: 1 },
          ],
        },
        { fact: 'declaration.dishonestList', op: 'isFalse' },
        manual('以知识产权质押取得合作银行贷款并按期还本付息', 'A pledge loan from a partner bank, repaid on time'),
      ],
    },
    amount: decided(
      '按实际支付利息的 50% 贴息，每户每年最高 30 万元',
      '50% of the interest paid, at most ¥300,000 a year',
    ),
    budgetFen: 300 * WAN,
    mode: 'fast',
    paymentDeadlineDays: 30,
    department: FIN,
    materials: [{ kind: 'ip_certificate' }, { kind: 'other' }],
    window: { opens: -ROUNDS.launch, closes: 200 },
    status: 'published',
    published: ROUNDS.launch,
  },
  {
    doc: 'ip-pledge',
    clause: '第四条',
    title: '示例发明专利质押评估费补贴',
    beneficiaries: '以发明专利质押取得贷款的，按质押发明专利件数每件补贴 1 万元，每户最高 5 万元',
    condition: {
      all: [
        { fact: 'ip.inventionCount', op: 'gte', value: 1 },
        manual('以所列发明专利质押取得合作银行贷款', 'The listed invention patents pledged for a partner bank loan'),
      ],
    },
    amount: { kind: 'perUnit', fact: 'ip.inventionCount', unitFen: 1 * WAN, capFen: 5 * WAN },
    budgetFen: 50 * WAN,
    mode: 'apply',
    department: FIN,
    materials: [{ kind: 'ip_certificate' }, { kind: 'other' }],
    window: { opens: -ROUNDS.recent, closes: 200 },
    status: 'published',
    published: ROUNDS.recent,
  },

  // ——— 示例长治市科技贷款贴息办法 ———
  {
    doc: 'tech-loans',
    clause: '第二条',
    title: '示例科技贷款贴息',
    beneficiaries:
      '科技型中小企业、高新技术企业按期还本付息的科技贷款，按 LPR 计算利息的 50% 贴息，每户每年最高 50 万元',
    condition: {
      all: [
        {
          any: [
            { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
            { fact: 'cultivation.hteCertified', op: 'isTrue' },
          ],
        },
        manual('合作银行发放的科技贷款，已按期还本付息', 'A technology loan of a partner bank, repaid on time'),
      ],
    },
    amount: decided(
      '按 LPR 计算利息的 50% 贴息，每户每年最高 50 万元',
      '50% of the interest at LPR, at most ¥500,000 a year',
    ),
    budgetFen: 500 * WAN,
    mode: 'apply',
    department: FIN,
    materials: [{ kind: 'business_licence' }, { kind: 'other' }],
    window: { opens: -ROUNDS.latest, closes: 25 },
    status: 'published',
    published: ROUNDS.latest,
  },
];
