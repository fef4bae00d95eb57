/** The `interop` namespace in Simplified Chinese, the default language; en-US.ts must have exactly these keys. */
const dictionary = {
  partners: {
    searchPlaceholder: '搜索地区代码、名称或接口地址',
    title: '合作地区',
    subtitle: '创新券通用通兑的合作地区及其接口地址与共享密钥',
    explain:
      '通用：本区企业在合作地区购买服务并全额付款后，凭发票向本区申请创新券报销。通兑：合作地区的企业在本区下单时使用其所在地区的创新券，本平台通过合作地区的接口冻结和核销券额。',
    new: '登记合作地区',
    edit: '修改',
    editTitle: '修改合作地区：{{code}}',
    newTitle: '登记合作地区',
    code: '地区代码',
    codeHint: '2–32 位小写字母、数字或连字符',
    name: '名称',
    baseUrl: '接口地址',
    urlHint: '以 http:// 或 https:// 开头的完整地址',
    secret: '共享密钥',
    secretHint: '至少 32 个字符；只写不读，修改时须重新填写',
    active: '启用',
    createdAt: '登记时间',
    saved: '已保存',
    empty: '尚未登记合作地区',
    yes: '启用',
    no: '停用',
  },
  partnerVoucher: {
    section: '使用合作地区的创新券（可选）',
    hint: '您的机构持有合作地区发放的创新券时，填写该地区的代码、券号和兑换码（在该地区平台的创新券页面生成），由该地区核验并冻结额度。',
    region: '地区代码',
    number: '券号',
    code: '兑换码（XXXXX-XXXXX）',
    regionInvalid: '地区代码为 2–32 位小写字母、数字或连字符',
    both: '请填写地区代码、券号和兑换码',
  },
};

export default dictionary;
