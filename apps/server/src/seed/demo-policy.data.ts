import type { IndustrySection, PolicyEnterpriseKind, PolicyFaq, PolicyLevel, PolicySupportKind } from '@cz/shared';

/**
 * Fictional policy documents of the demo library (示例 in every title, issuer and 文号): every level and kind of
 * support, each with its plain-language 解读 and FAQ. Amounts and rules are made up for the demonstration.
 */
export type DemoPolicy = {
  key: string;
  title: string;
  docNumber: string | null;
  issuer: string;
  level: PolicyLevel;
  department?: string;
  issuedOn: string;
  effectiveFrom?: string;
  expiresOn?: string;
  supportKinds: PolicySupportKind[];
  enterpriseKinds: PolicyEnterpriseKind[];
  industries?: IndustrySection[];
  topics?: string[];
  interpretation: string[];
  faq: PolicyFaq[];
  body: string[];
  /** Left a draft, or repealed in favour of the document of this key. */
  status?: 'draft' | { repealedOn: string; replacedBy: string };
};

const ZONE = '示例长治高新区管理委员会';

export const DEMO_POLICIES: DemoPolicy[] = [
  {
    key: 'hte-reward',
    title: '示例长治高新区高新技术企业认定奖励办法',
    docNumber: '示例长高新发〔2026〕1号',
    issuer: ZONE,
    level: 'zone',
    department: '科技创新部',
    issuedOn: '2026-01-15',
    effectiveFrom: '2026-02-01',
    expiresOn: '2028-12-31',
    supportKinds: ['reward', 'honour'],
    enterpriseKinds: ['hte'],
    industries: ['C', 'I', 'M'],
    topics: ['高企培育'],
    interpretation: [
      '第一次被认定为高新技术企业（高企）的区内企业，可以拿到一笔一次性奖励；到期后重新认定通过的，也有奖励。',
      '奖励不用单独写材料：取得证书后在平台上提交证书和营业执照，科技创新部审核后直接拨付。',
    ],
    faq: [
      { question: '首次认定能拿多少奖励？', answer: '首次认定的给予 20 万元一次性奖励，重新认定的给予 10 万元。' },
      { question: '什么时候申请？', answer: '取得高新技术企业证书后 6 个月内提交申请。' },
      { question: '从外地迁入的高企可以申请吗？', answer: '在有效期内整体迁入高新区的，按重新认定标准给予奖励。' },
    ],
    body: [
      '第一条 为加快培育高新技术企业，推动企业创新发展，结合高新区实际，制定本办法。',
      '第二条 本办法适用于在高新区注册、纳税，且被认定为高新技术企业的企业。',
      '第三条 对首次认定的高新技术企业给予 20 万元一次性奖励；对重新认定的给予 10 万元一次性奖励。',
      '第四条 对在高企有效期内整体迁入高新区的企业，按重新认定标准给予奖励。',
      '第五条 企业应在取得证书之日起 6 个月内提出申请，逾期不予受理。',
      '第六条 本办法由科技创新部负责解释，自2026年2月1日起施行，有效期至2028年12月31日。',
    ],
  },
  {
    key: 'tsme-rd',
    title: '示例长治高新区科技型中小企业研发费用后补助办法',
    docNumber: '示例长高新发〔2026〕2号',
    issuer: ZONE,
    level: 'zone',
    department: '科技创新部',
    issuedOn: '2026-02-10',
    effectiveFrom: '2026-02-10',
    expiresOn: '2028-12-31',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['tech_sme'],
    industries: ['C', 'I', 'M'],
    topics: ['研发投入'],
    interpretation: [
      '入库的科技型中小企业，上一年度研发费用达到 50 万元的，可按研发费用的一定比例领取后补助。',
      '补助看的是企业所得税年度汇算清缴中申报的研发费用加计扣除金额，不需要另做专项审计。',
    ],
    faq: [
      { question: '补助比例是多少？', answer: '按上年度研发费用的 5% 给予补助，单个企业每年最高 50 万元。' },
      { question: '需要哪些材料？', answer: '科技型中小企业入库登记编号、上年度研发费用加计扣除优惠明细表。' },
    ],
    body: [
      '第一条 为引导科技型中小企业加大研发投入，制定本办法。',
      '第二条 申请企业应当在本年度取得科技型中小企业入库登记编号，上年度研发费用不低于 50 万元。',
      '第三条 研发费用以企业所得税年度纳税申报中研发费用加计扣除优惠明细表所列金额为准。',
      '第四条 按上年度研发费用的 5% 给予后补助，单个企业每年最高不超过 50 万元。',
      '第五条 同一研发项目已获得区级其他财政资金支持的，不重复补助。',
      '第六条 本办法自印发之日起施行。',
    ],
  },
  {
    key: 'voucher',
    title: '示例长治高新区科技创新券管理办法',
    docNumber: '示例长高新发〔2026〕3号',
    issuer: ZONE,
    level: 'zone',
    department: '科技创新部',
    issuedOn: '2026-03-01',
    effectiveFrom: '2026-03-01',
    expiresOn: '2028-12-31',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['tech_sme', 'startup', 'service_org'],
    industries: ['C', 'I', 'M'],
    topics: ['创新券'],
    interpretation: [
      '创新券是政府发给企业的“服务消费券”：企业向平台上的服务机构购买检验检测、技术开发等科技服务时，可以用创新券抵扣一部分费用。',
      '创新券不是现金，不能转让；服务完成后，由服务机构凭合同、发票和成果向管委会兑付。',
    ],
    faq: [
      {
        question: '一家企业一年最多能领多少？',
        answer: '每家企业每年最多申领 20 万元，单笔服务最多抵扣服务费的 50%。',
      },
      {
        question: '哪些服务可以用创新券？',
        answer: '检验检测、研究开发、技术转移、知识产权等平台上标注“可用创新券”的服务。',
      },
      { question: '创新券有效期多久？', answer: '自发放之日起 12 个月，过期未使用的自动作废。' },
    ],
    body: [
      '第一条 为降低企业创新成本，促进科技服务资源共享，制定本办法。',
      '第二条 科技创新券面向在高新区注册的科技型中小企业、初创企业和创业团队发放。',
      '第三条 创新券用于购买平台登记的服务机构提供的检验检测、研究开发、技术转移、知识产权等科技服务。',
      '第四条 创新券可抵扣服务费用的 50%，每家企业每年申领额度最高 20 万元。',
      '第五条 服务机构与企业存在关联关系的，不得使用创新券交易。',
      '第六条 弄虚作假骗取创新券的，收回已兑付资金并记入信用记录。',
      '第七条 本办法自2026年3月1日起施行，《示例长治高新区科技创新券管理暂行办法》同时废止。',
    ],
  },
  {
    key: 'voucher-2022',
    title: '示例长治高新区科技创新券管理暂行办法',
    docNumber: '示例长高新发〔2022〕7号',
    issuer: ZONE,
    level: 'zone',
    department: '科技创新部',
    issuedOn: '2022-04-01',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['tech_sme'],
    topics: ['创新券'],
    interpretation: ['2022 年版的创新券办法，每家企业每年最多 10 万元；已被 2026 年的新办法替代。'],
    faq: [
      { question: '这份办法还能用吗？', answer: '不能，请按 2026 年新印发的创新券管理办法申领。' },
      { question: '旧办法发的券还有效吗？', answer: '在券面有效期内的继续有效。' },
    ],
    body: [
      '第一条 为试行科技创新券制度，制定本暂行办法。',
      '第二条 每家企业每年申领额度最高 10 万元，可抵扣服务费用的 40%。',
    ],
    status: { repealedOn: '2026-03-01', replacedBy: 'voucher' },
  },
  {
    key: 'tech-contract',
    title: '示例长治高新区技术合同交易补贴实施细则',
    docNumber: '示例长高新发〔2026〕4号',
    issuer: ZONE,
    level: 'zone',
    department: '科技创新部',
    issuedOn: '2026-03-20',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['tech_sme', 'hte', 'university'],
    industries: ['M'],
    topics: ['成果转化', '技术转移'],
    interpretation: [
      '企业买技术、卖技术，只要合同在技术合同登记机构认定登记了，就可以按技术交易额申请补贴。',
      '买方按实际支付的技术交易额补 3%，卖方按到账金额补 2%，一年合计最高 100 万元。',
    ],
    faq: [
      {
        question: '技术服务合同也算吗？',
        answer: '算。技术开发、转让、许可、咨询、服务五类合同认定登记后都可以申请。',
      },
      {
        question: '补贴按合同额还是技术交易额？',
        answer: '按认定登记的技术交易额，设备、原材料等非技术性费用不计入。',
      },
    ],
    body: [
      '第一条 为促进科技成果转化和技术转移，制定本细则。',
      '第二条 本细则所称技术合同，是指经技术合同登记机构认定登记的技术开发、技术转让、技术许可、技术咨询和技术服务合同。',
      '第三条 对技术买方按当年实际支付技术交易额的 3% 给予补贴；对技术卖方按当年到账技术交易额的 2% 给予补贴。',
      '第四条 同一企业年度补贴合计不超过 100 万元。',
      '第五条 关联方之间的技术合同不予补贴。',
    ],
  },
  {
    key: 'talent-housing',
    title: '示例长治高新区人才安家补贴实施办法',
    docNumber: '示例长高新发〔2026〕5号',
    issuer: ZONE,
    level: 'zone',
    department: '人力资源部',
    issuedOn: '2026-04-08',
    supportKinds: ['talent', 'subsidy'],
    enterpriseKinds: ['tech_sme', 'hte', 'specialised', 'startup', 'above_scale'],
    topics: ['人才引进'],
    interpretation: [
      '新到高新区企业全职工作的博士、硕士和高技能人才，可以领安家补贴，分三年发放。',
      '在高新区首次购房的，还能再拿一次购房补贴；租房的可以申请人才公寓。',
    ],
    faq: [
      { question: '补贴标准是多少？', answer: '博士 15 万元、硕士 6 万元、高级技师 3 万元，分三年按 4:3:3 发放。' },
      { question: '需要在企业干满多久？', answer: '与区内企业签订 3 年以上劳动合同并连续缴纳社保。' },
      { question: '已经领过其他地方的补贴可以吗？', answer: '在本市其他地区领取过同类安家补贴的，不重复享受。' },
    ],
    body: [
      '第一条 为吸引人才来高新区创新创业，制定本办法。',
      '第二条 新引进全职人才与区内企业签订 3 年以上劳动合同的，给予安家补贴。',
      '第三条 安家补贴标准：博士 15 万元，硕士 6 万元，高级技师 3 万元，分三年发放。',
      '第四条 首次在高新区购买自住住房的，另给予一次性购房补贴 5 万元。',
    ],
  },
  {
    key: 'rd-deduction',
    title: '示例关于进一步完善研发费用税前加计扣除政策的公告',
    docNumber: '示例财政部 税务总局公告2023年第7号',
    issuer: '示例财政部 税务总局',
    level: 'national',
    issuedOn: '2023-03-26',
    effectiveFrom: '2023-01-01',
    supportKinds: ['tax'],
    enterpriseKinds: ['tech_sme', 'hte', 'specialised', 'above_scale'],
    industries: ['C', 'I', 'M'],
    topics: ['研发投入'],
    interpretation: [
      '企业花在研发上的钱，算企业所得税时可以“多扣一倍”：实际花了 100 万元研发费用，计算应纳税所得额时可以扣 200 万元。',
      '形成无形资产的研发支出，按成本的 200% 摊销。烟草、住宿餐饮、批发零售、房地产、租赁和商务服务、娱乐业不能享受。',
      '不用审批：企业在预缴或年度汇算清缴时自行申报享受，留存好研发项目资料和辅助账备查。',
    ],
    faq: [
      {
        question: '研发费用加计扣除的比例是多少？',
        answer: '自2023年1月1日起，未形成无形资产的按实际发生额的 100% 在税前加计扣除。',
      },
      {
        question: '什么时候可以享受？',
        answer: '7 月预缴申报第 2 季度（或上半年）时可以就上半年的研发费用享受，年度汇算清缴时统一享受。',
      },
      {
        question: '委托外部机构研发的费用能加计扣除吗？',
        answer: '可以，按委托研发费用实际发生额的 80% 计入委托方研发费用。',
      },
    ],
    body: [
      '为进一步激励企业加大研发投入，支持科技创新，现就企业研发费用税前加计扣除政策有关问题公告如下：',
      '一、企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，自2023年1月1日起，再按照实际发生额的100%在税前扣除；形成无形资产的，自2023年1月1日起，按照无形资产成本的200%在税前摊销。',
      '二、企业享受研发费用加计扣除政策的其他政策口径和管理要求，按照有关规定执行。',
      '三、不适用税前加计扣除政策的行业：烟草制造业、住宿和餐饮业、批发和零售业、房地产业、租赁和商务服务业、娱乐业。',
      '四、本公告自2023年1月1日起执行。',
    ],
  },
  {
    key: 'hte-rules',
    title: '示例高新技术企业认定管理办法',
    docNumber: '示例国科发火〔2016〕32号',
    issuer: '示例科学技术部 财政部 国家税务总局',
    level: 'national',
    issuedOn: '2016-01-29',
    effectiveFrom: '2016-01-01',
    supportKinds: ['honour', 'tax'],
    enterpriseKinds: ['hte'],
    industries: ['C', 'I', 'M'],
    topics: ['高企培育'],
    interpretation: [
      '讲的是怎样才算高新技术企业：注册满一年、有核心知识产权、科技人员占比不低于 10%、研发费用和高新技术产品收入达到比例，创新能力评价达到 70 分以上。',
      '认定后有效期三年，期间企业所得税可按 15% 的优惠税率缴纳。',
    ],
    faq: [
      {
        question: '研发费用比例要求是多少？',
        answer: '近三年销售收入 5000 万元以下的不低于 5%，5000 万至 2 亿元的不低于 4%，2 亿元以上的不低于 3%。',
      },
      { question: '认定有效期多久？', answer: '自颁发证书之日起三年，期满需重新认定。' },
    ],
    body: [
      '第一条 为扶持和鼓励高新技术企业的发展，制定本办法。',
      '第十一条 认定为高新技术企业须同时满足以下条件：企业申请认定时须注册成立一年以上；企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%；近三年研究开发费用总额占同期销售收入总额的比例符合要求；近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%。',
      '第十二条 高新技术企业资格自颁发证书之日起有效期为三年。',
    ],
  },
  {
    key: 'specialised',
    title: '示例山西省专精特新中小企业培育办法',
    docNumber: '示例晋工信发〔2025〕12号',
    issuer: '示例山西省工业和信息化厅',
    level: 'province',
    issuedOn: '2025-06-18',
    effectiveFrom: '2025-07-01',
    expiresOn: '2030-06-30',
    supportKinds: ['honour', 'reward'],
    enterpriseKinds: ['specialised', 'tech_sme'],
    industries: ['C', 'I'],
    topics: ['专精特新'],
    interpretation: [
      '专精特新是对“专业化、精细化、特色化、新颖化”中小企业的认定，分省级专精特新中小企业和国家级专精特新“小巨人”两档。',
      '被认定的企业除了荣誉，还能获得省级奖励，并优先推荐申报“小巨人”。',
    ],
    faq: [
      {
        question: '省级专精特新需要什么条件？',
        answer: '从事特定细分市场 3 年以上，营业收入 1500 万元以上，研发费用占比不低于 3%，拥有一类知识产权等。',
      },
      {
        question: '认定后有奖励吗？',
        answer: '首次认定的省级专精特新中小企业奖励 30 万元，认定为国家级专精特新“小巨人”的奖励 100 万元。',
      },
    ],
    body: [
      '第一条 为推动中小企业走专精特新发展道路，制定本办法。',
      '第二条 省级专精特新中小企业每年集中认定一次，有效期三年。',
      '第三条 对首次认定的省级专精特新中小企业给予 30 万元奖励，对认定为专精特新“小巨人”企业的给予 100 万元奖励。',
    ],
  },
  {
    key: 'tsme-evaluation',
    title: '示例山西省科技型中小企业评价工作实施细则',
    docNumber: '示例晋科发〔2025〕8号',
    issuer: '示例山西省科学技术厅',
    level: 'province',
    issuedOn: '2025-03-05',
    supportKinds: ['honour'],
    enterpriseKinds: ['tech_sme'],
    topics: ['科技型中小企业评价'],
    interpretation: [
      '科技型中小企业采用自主评价、入库登记的方式：企业在全国科技型中小企业信息服务平台上自评，得分 60 分以上并公示无异议的，取得入库登记编号。',
      '入库后可享受研发费用加计扣除等政策，并可申报区里的研发后补助。',
    ],
    faq: [
      { question: '评价多少分算通过？', answer: '综合评价得分不低于 60 分，且科技人员指标得分不为 0 分。' },
      { question: '入库编号每年都要重新办吗？', answer: '是，入库登记编号当年有效，每年需重新评价。' },
    ],
    body: [
      '第一条 为做好科技型中小企业评价工作，制定本细则。',
      '第二条 科技型中小企业评价实行企业自主评价、属地审核、公示入库。',
      '第三条 各市科技局负责本地区企业评价信息的审核工作。',
    ],
  },
  {
    key: 'first-set',
    title: '示例长治市首台（套）重大技术装备奖励办法',
    docNumber: '示例长政发〔2025〕15号',
    issuer: '示例长治市人民政府',
    level: 'city',
    issuedOn: '2025-05-12',
    supportKinds: ['reward'],
    enterpriseKinds: ['above_scale', 'specialised'],
    industries: ['C'],
    topics: ['首台套', '智能制造'],
    interpretation: [
      '本市企业研制的装备第一次在国内或省内实现销售应用、被认定为首台（套）重大技术装备的，按销售额给予奖励。',
      '购买使用首台（套）装备的企业，还可以申请保险补偿。',
    ],
    faq: [
      {
        question: '奖励多少？',
        answer: '国家级首台（套）按首台销售额的 20% 奖励，最高 300 万元；省级的按 10% 奖励，最高 100 万元。',
      },
      { question: '买首台（套）装备的企业有支持吗？', answer: '投保首台（套）保险的，按保费的 80% 给予补贴。' },
    ],
    body: [
      '第一条 为鼓励企业研发应用首台（套）重大技术装备，制定本办法。',
      '第二条 对认定为国家级首台（套）重大技术装备的，按首台销售额的 20% 给予奖励，最高 300 万元。',
      '第三条 对认定为省级首台（套）重大技术装备的，按首台销售额的 10% 给予奖励，最高 100 万元。',
    ],
  },
  {
    key: 'ip-pledge',
    title: '示例长治市知识产权质押融资风险补偿办法',
    docNumber: '示例长政办发〔2025〕20号',
    issuer: '示例长治市人民政府办公室',
    level: 'city',
    issuedOn: '2025-08-01',
    expiresOn: '2027-07-31',
    supportKinds: ['finance'],
    enterpriseKinds: ['tech_sme', 'hte', 'specialised'],
    topics: ['知识产权', '科技金融'],
    interpretation: [
      '企业可以用专利、商标作抵押向合作银行贷款；贷款出现损失时，市里的风险补偿资金池替银行分担一部分，所以银行更愿意放款。',
      '按时还款的企业，还能申请贷款利息补贴。',
    ],
    faq: [
      { question: '能贷多少？', answer: '单户企业知识产权质押贷款最高 1000 万元，期限一般不超过 3 年。' },
      { question: '利息有补贴吗？', answer: '按时还本付息的，按实际支付利息的 50% 给予贴息，每户每年最高 30 万元。' },
    ],
    body: [
      '第一条 为缓解科技型企业融资难题，发挥知识产权质押融资作用，制定本办法。',
      '第二条 风险补偿资金对合作银行知识产权质押贷款损失给予 30% 的补偿。',
      '第三条 对按期还款的企业按实际支付利息的 50% 给予贴息，每户每年最高 30 万元。',
      '第四条 以发明专利质押取得贷款的，按质押的发明专利件数每件给予 1 万元评估费补贴，每户最高 5 万元。',
    ],
  },
  {
    key: 'incubators',
    title: '示例长治高新区科技企业孵化器和众创空间扶持办法',
    docNumber: '示例长高新发〔2025〕9号',
    issuer: ZONE,
    level: 'zone',
    department: '科技创新部',
    issuedOn: '2025-09-15',
    supportKinds: ['platform', 'subsidy'],
    enterpriseKinds: ['service_org', 'startup'],
    topics: ['孵化载体', '创新创业'],
    interpretation: [
      '支持在高新区建孵化器、众创空间：新认定为国家级、省级载体的给奖励，运营得好的每年还有运营补贴。',
      '入驻的初创企业可以享受房租减免。',
    ],
    faq: [
      {
        question: '认定国家级孵化器奖励多少？',
        answer: '国家级科技企业孵化器奖励 100 万元，国家级众创空间奖励 50 万元。',
      },
      { question: '入驻企业能减免房租吗？', answer: '入驻初创企业前两年房租全免，第三年减半。' },
    ],
    body: [
      '第一条 为完善创新创业服务体系，制定本办法。',
      '第二条 新认定为国家级科技企业孵化器的奖励 100 万元，省级的奖励 50 万元。',
      '第三条 新认定为国家级众创空间的奖励 50 万元，省级的奖励 20 万元。',
    ],
  },
  {
    key: 'new-rd-institutions',
    title: '示例山西省新型研发机构认定管理办法',
    docNumber: '示例晋科发〔2024〕6号',
    issuer: '示例山西省科学技术厅',
    level: 'province',
    issuedOn: '2024-05-20',
    supportKinds: ['platform', 'honour'],
    enterpriseKinds: ['university', 'service_org'],
    industries: ['M'],
    topics: ['新型研发机构'],
    interpretation: [
      '新型研发机构是以研发为主、投资主体多元、机制灵活的独立法人机构。被认定的，可以争取省级建设经费和科研仪器设备补助。',
    ],
    faq: [
      { question: '高校可以申报吗？', answer: '高校院所牵头、联合企业设立的独立法人研发机构可以申报。' },
      { question: '认定后有什么支持？', answer: '可获得省级一次性建设补助，并优先承担省级科技计划项目。' },
    ],
    body: [
      '第一条 为推动新型研发机构建设，制定本办法。',
      '第二条 申请认定的机构应具有独立法人资格，年研发经费支出占年收入总额的比例不低于 30%。',
    ],
  },
  {
    key: 'small-tax',
    title: '示例关于实施小微企业普惠性税收减免政策的通知',
    docNumber: '示例财税〔2019〕13号',
    issuer: '示例财政部 税务总局',
    level: 'national',
    issuedOn: '2019-01-17',
    effectiveFrom: '2019-01-01',
    expiresOn: '2021-12-31',
    supportKinds: ['tax'],
    enterpriseKinds: ['startup', 'tech_sme'],
    topics: ['减税降费'],
    interpretation: ['这份通知规定的优惠执行到 2021 年底，已经失效；现行小微企业优惠请以最新政策为准。'],
    faq: [
      { question: '现在还能享受吗？', answer: '不能，本通知已于 2021 年 12 月 31 日到期。' },
      { question: '哪里看现行政策？', answer: '在政策库中筛选“税收优惠”并选择“有效”即可。' },
    ],
    body: [
      '一、对月销售额10万元以下（含本数）的增值税小规模纳税人，免征增值税。',
      '二、对小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。',
      '三、本通知执行期限为2019年1月1日至2021年12月31日。',
    ],
  },
  {
    key: 'open-call',
    title: '示例长治高新区揭榜挂帅科技项目管理办法',
    docNumber: '示例长高新发〔2026〕6号',
    issuer: ZONE,
    level: 'zone',
    department: '科技创新部',
    issuedOn: '2026-05-06',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['hte', 'university', 'above_scale'],
    industries: ['C', 'M'],
    topics: ['揭榜挂帅', '关键技术'],
    interpretation: [
      '企业把自己解决不了的技术难题“张榜”，谁能解决谁来“揭榜”，不论资历；攻关成功的，管委会按合同金额给予补助。',
    ],
    faq: [
      { question: '谁可以发榜？', answer: '高新区内的规上企业和高新技术企业。' },
      { question: '补助多少？', answer: '按揭榜合同实际支付金额的 30% 给发榜企业补助，单个项目最高 200 万元。' },
    ],
    body: [
      '第一条 为破解产业关键核心技术难题，制定本办法。',
      '第二条 发榜企业应提出明确的技术指标和榜单金额，榜单金额不低于 50 万元。',
      '第三条 项目验收通过后，按揭榜合同实际支付金额的 30% 给予发榜企业补助，最高 200 万元。',
    ],
  },
  {
    key: 'tech-loans',
    title: '示例长治市科技贷款贴息办法',
    docNumber: '示例长科发〔2024〕3号',
    issuer: '示例长治市科学技术局',
    level: 'city',
    issuedOn: '2024-03-18',
    expiresOn: '2026-12-31',
    supportKinds: ['finance'],
    enterpriseKinds: ['tech_sme', 'hte'],
    topics: ['科技金融'],
    interpretation: ['科技型企业从合作银行取得的科技贷款，按时还本付息后，可以申请利息补贴。'],
    faq: [
      { question: '贴息比例是多少？', answer: '按贷款市场报价利率（LPR）计算利息的 50% 给予贴息。' },
      { question: '每年最多贴多少？', answer: '每户企业每年最高 50 万元。' },
    ],
    body: [
      '第一条 为引导金融机构支持科技型企业，制定本办法。',
      '第二条 对按期还本付息的科技贷款，按 LPR 计算利息的 50% 给予贴息，每户每年最高 50 万元。',
    ],
  },
  {
    key: 'digital-draft',
    title: '示例长治高新区数字化转型支持政策（征求意见稿）',
    docNumber: null,
    issuer: ZONE,
    level: 'zone',
    department: '经济发展部',
    issuedOn: '2026-11-20',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['above_scale', 'specialised'],
    topics: ['数字化转型', '两化融合'],
    interpretation: ['支持规上工业企业开展数字化改造，按改造投入给予补助（征求意见中）。'],
    faq: [
      { question: '现在可以申报吗？', answer: '尚在征求意见，正式印发后方可申报。' },
      { question: '补助比例会是多少？', answer: '征求意见稿拟按改造投入的 10% 给予补助。' },
    ],
    body: ['第一条 为推动企业数字化转型，制定本政策。', '第二条 按数字化改造实际投入的 10% 给予补助，最高 100 万元。'],
    status: 'draft',
  },
];
