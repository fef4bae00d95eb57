/** The `notification` namespace in Simplified Chinese, the default language; en-US.ts must have exactly these keys. */
const dictionary = {
  notifications: {
    title: '消息通知',
    bell: '消息',
    unreadOnly: '仅看未读',
    markAll: '全部标为已读',
    markRead: '标为已读',
    empty: '暂无消息',
    open: '查看',
    kinds: {
      policy: {
        eligible: '您的企业符合政策事项：{{title}}，预计可获 {{amount}}（以审核为准）',
        eligible_many: '您的企业新符合 {{count}} 项政策事项（如：{{title}}），合计约 {{amount}}',
      },
      ip: {
        fee_due: '知识产权年费将于 {{dueOn}} 到期，请及时缴纳：{{title}}（{{number}}）',
        expiring: '知识产权将于 {{dueOn}} 届满：{{title}}（{{number}}）',
        verified: '知识产权已核验，计入评价：{{title}}（{{number}}）',
        rejected: '知识产权核验未通过：{{title}}（{{number}}）',
      },
      materials: {
        expiring: '企业材料将于 {{dueOn}} 到期，请及时上传新版本：{{title}}',
        checked: '企业材料已核验：{{title}}',
        rejected: '企业材料核验未通过：{{title}}',
      },
      account: { password_reset: '管理员为您签发了重设密码的一次性链接，{{expiresAt}} 前有效' },
      booking: {
        requested: '{{instrument}} 收到新的预约申请（{{start}}），请审批',
        confirmed: '{{instrument}} 有一条新的预约已确认（{{start}}）',
        rescheduled: '{{instrument}} 的一条预约已改期至 {{start}}',
      },
      order: {
        requested: '收到新的服务订单 #{{orderId}}：{{title}}',
        quoted: '订单 #{{orderId}}（{{title}}）的金额已确定，请确认',
        accepted: '订单 #{{orderId}}（{{title}}）的金额已被接受',
        confirmed: '服务方已确认预约，订单 #{{orderId}}（{{title}}）已确认',
        in_service: '订单 #{{orderId}}（{{title}}）已开始服务',
        delivered: '订单 #{{orderId}}（{{title}}）已交付，请验收',
        completed: '订单 #{{orderId}}（{{title}}）已完成',
        cancelled: '订单 #{{orderId}}（{{title}}）已取消',
        rejected: '订单 #{{orderId}}（{{title}}）被拒绝',
        disputed: '订单 #{{orderId}}（{{title}}）出现争议',
        rated: '订单 #{{orderId}} 获得 {{rating}} 星评价',
      },
      service: {
        suspend: '您的服务“{{title}}”已被暂停',
        reinstate: '您的服务“{{title}}”已恢复上架',
        provider_suspend: '本机构的 {{count}} 项服务已被暂停',
        provider_reinstate: '本机构的 {{count}} 项服务已恢复上架',
      },
      voucher: {
        applied: '新的创新券申请待审核：{{scheme}}，{{amount}}',
        issued: '创新券 {{number}} 已发放，金额 {{amount}}',
        rejected: '您的创新券申请未获核准',
        expired: '创新券 {{number}} 已过期，余额 {{amount}} 失效',
        hold_released: '订单 #{{orderId}} 超过 {{days}} 天未完成，冻结的创新券额度已退回，订单须全额自付',
      },
      settlement: {
        submitted: '新的创新券兑付申请待审核：订单 #{{orderId}}，{{amount}}',
        approved: '创新券兑付申请已审核通过',
        returned: '创新券兑付申请被退回，请修改材料后重新提交',
        paid: '创新券兑付款 {{amount}} 已拨付',
      },
      reimbursement: {
        submitted: '新的创新券报销申请 #{{id}} 待审核，{{amount}}',
        approved: '创新券报销申请 #{{id}} 已审核通过',
        rejected: '创新券报销申请 #{{id}} 被驳回',
        paid: '创新券报销款 {{amount}} 已拨付',
      },
      org: {
        registered: '新注册机构“{{name}}”待认证',
        fact_change_approved: '机构认证信息变更已审核通过，新信息已生效',
        fact_change_rejected: '机构认证信息变更未获通过',
      },
      unknown: '新消息（{{kind}}）',
    },
    note: '说明：{{note}}',
    reason: '原因：{{reason}}',
    fee: '费用：{{fee}}',
  },
};

export default dictionary;
