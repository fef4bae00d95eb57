import type { InstitutionKind } from '@cz/shared/finance';

/**
 * The demo's financial institutions (all fictional, 示例): the two the registry already holds (the demo `finance`
 * account is a member of the first) and eight more, each with a contact and branches.
 */
export const DEMO_INSTITUTIONS: { name: string; kind: InstitutionKind; intro: string; techBranch?: string }[] = [
  {
    name: '示例科技银行长治分行',
    kind: 'bank',
    intro: '示例科技银行在长治设立的分行，设有服务高新区科技企业的科技支行，提供信用贷、知识产权质押贷等产品。',
    techBranch: '示例科技银行长治高新科技支行',
  },
  {
    name: '示例融资担保有限公司',
    kind: 'guarantor',
    intro: '政府性融资担保机构，为科技型中小企业贷款提供担保，担保费率不高于1%。',
  },
  {
    name: '示例晋东农商银行',
    kind: 'bank',
    intro: '扎根长治的地方法人银行，科技助保贷合作银行，审批链条短。',
    techBranch: '示例晋东农商银行高新区科技支行',
  },
  { name: '示例太行村镇银行', kind: 'bank', intro: '面向小微企业的村镇银行，提供小额快速贷款，随借随还。' },
  {
    name: '示例上党科技小额贷款有限公司',
    kind: 'small_loan',
    intro: '服务初创科技企业的小额贷款公司，额度小、放款快。',
  },
  { name: '示例长治融资租赁有限公司', kind: 'leasing', intro: '提供设备直租、售后回租，支持企业购置研发与生产设备。' },
  {
    name: '示例科技保险长治中心支公司',
    kind: 'insurer',
    intro: '提供研发费用损失险、首台套保险、贷款保证保险等科技保险产品。',
  },
  {
    name: '示例高新创业投资有限公司',
    kind: 'investment',
    intro: '高新区产业引导基金的管理人之一，投资早中期科技企业。',
  },
  {
    name: '示例资产评估事务所',
    kind: 'valuation',
    intro: '知识产权与股权价值评估，服务知识产权质押融资。',
  },
  { name: '示例长治公证处', kind: 'notary', intro: '为抵押、质押合同提供公证服务，线上预约。' },
];
