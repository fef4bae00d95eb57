/** The `workbench` namespace in Simplified Chinese, the default language; en-US.ts must have exactly these keys. */
const dictionary = {
  workbench: {
    title: '工作台',
    subtitle: '待我处理的事项，点击进入对应列表',
    open: '去处理',
    nothing: '暂无待办',
    empty: '当前角色没有需要处理的事项',
  },
  items: {
    org: { verifications: '待认证机构' },
    ip: {
      verifications: '待核验知识产权',
      cases: '待受理的维权援助',
      cases_assigned: '指派给我的维权案件',
      cases_agency: '指派本机构办理的维权案件',
    },
    market: {
      achievements: '待审核科技成果',
      needs: '待审核技术需求',
      pushes: '待答复的成果推荐',
      deals: '等待我方答复的洽谈与合同',
      registrations_returned: '待补正的合同登记',
      event_invitations: '受邀尚未报名的推送活动',
      registrations: '待审查的技术合同登记',
      broker_needs: '尚未推送成果的开放需求',
    },
    cultivation: { tasks: '14 天内到期的培育任务' },
    voucher: {
      applications: '待审核创新券申请',
      claims: '待审核创新券兑付',
      reimbursements: '待审核创新券报销',
      active: '可用的创新券',
      suggestions: '可申请的创新券',
      claimable: '可申请兑付的订单',
      returned: '被退回的兑付申请',
    },
    order: {
      disputes: '待处理订单争议',
      quotes: '待确认报价的订单',
      deliveries: '待验收的订单',
      requests: '待报价或确认的服务请求',
      accepted: '待开始服务的订单',
      in_service: '服务中待交付的订单',
    },
    booking: { approvals: '待审批的仪器预约', confirmed: '已确认的仪器预约' },
    policy: {
      fits: '适合我的政策（符合条件）',
      fits_need_data: '补充数据后可能符合的政策',
      applications: '待审核政策申报',
      fast_due: '临近或超过兑付时限的快申快享',
      returned: '被退回待补正的政策申报',
      auto_confirm: '待确认的免申即享兑现',
      evaluation: '本年度评估的政策事项',
    },
    finance: {
      products: '待审核金融产品',
      overdue: '超期未首次对接的融资需求',
      needs_open: '对接中的融资需求',
      cases_active: '办理中的贷款',
      pushed: '推送给本机构待答复的融资需求',
      to_contact: '已认领待首次联系的需求',
      cases_open: '本机构办理中的贷款案件',
    },
    notification: { unread: '未读消息' },
  },
};

export default dictionary;
