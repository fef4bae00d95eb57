/**
 * What the audit log's codes mean, in both languages: the audit page and its Excel export show these words, never the
 * codes. `apps/server/test/audit-labels.test.ts` fails when the server records an action or an entity without one.
 */
type Label = { zh: string; en: string };
type Locale = 'zh-CN' | 'en-US';

export const AUDIT_ACTION_LABELS: Record<string, Label> = {
  'booking.create': { zh: '预约仪器', en: 'Booking made' },
  'booking.approve': { zh: '确认预约', en: 'Booking approved' },
  'booking.reject': { zh: '拒绝预约', en: 'Booking rejected' },
  'booking.cancel': { zh: '取消预约', en: 'Booking cancelled' },
  'booking.reschedule': { zh: '改约', en: 'Booking rescheduled' },
  'booking.no_show': { zh: '记录爽约', en: 'No-show recorded' },
  'booking.usage': { zh: '登记使用机时', en: 'Usage recorded' },
  'instrument.create': { zh: '登记仪器', en: 'Instrument added' },
  'instrument.update': { zh: '修改仪器', en: 'Instrument changed' },
  'instrument.blackout.add': { zh: '添加停用时段', en: 'Blackout added' },
  'instrument.blackout.remove': { zh: '删除停用时段', en: 'Blackout removed' },
  'instrument.qualification.grant': { zh: '授予上机资格', en: 'Qualification granted' },
  'instrument.qualification.revoke': { zh: '撤销上机资格', en: 'Qualification revoked' },
  'interop.partner': { zh: '修改合作地区', en: 'Partner region changed' },
  'interop.hold': { zh: '合作地区冻结创新券', en: 'Partner hold placed' },
  'interop.confirm': { zh: '合作地区确认兑付', en: 'Partner hold confirmed' },
  'interop.release': { zh: '合作地区释放冻结', en: 'Partner hold released' },
  'interop.hold_release': { zh: '释放过期的合作地区冻结', en: 'Stale partner hold released' },
  'interop.code_refused': { zh: '合作地区核验码错误', en: 'Partner gave a wrong redemption code' },
  'ip.create': { zh: '登记知识产权', en: 'IP record registered' },
  'ip.update': { zh: '修改知识产权', en: 'IP record changed' },
  'ip.event': { zh: '登记知识产权事件', en: 'IP event recorded' },
  'ip.lapse': { zh: '知识产权终止失效', en: 'IP record lapsed on termination' },
  'ip.certificate': { zh: '上传知识产权证书', en: 'IP certificate attached' },
  'ip.verify': { zh: '知识产权核验通过', en: 'IP record verified' },
  'ip.reject': { zh: '知识产权核验驳回', en: 'IP record rejected' },
  'ip.import': { zh: '批量导入知识产权', en: 'IP records imported' },
  'ip.remind': { zh: '发送年费/到期提醒', en: 'IP fee or expiry reminder sent' },
  'order.create': { zh: '提交订单', en: 'Order placed' },
  'order.quote': { zh: '报价', en: 'Order quoted' },
  'order.reject': { zh: '拒绝订单', en: 'Order rejected' },
  'order.accept': { zh: '接受报价', en: 'Quote accepted' },
  'order.confirm': { zh: '确认预约订单', en: 'Booking order confirmed' },
  'order.cancel': { zh: '取消订单', en: 'Order cancelled' },
  'order.start': { zh: '开始服务', en: 'Service started' },
  'order.deliver': { zh: '交付成果', en: 'Order delivered' },
  'order.accept_delivery': { zh: '验收通过', en: 'Delivery accepted' },
  'order.dispute': { zh: '提出争议', en: 'Order disputed' },
  'order.resolve_completed': { zh: '裁定争议：完成', en: 'Dispute resolved: completed' },
  'order.resolve_cancelled': { zh: '裁定争议：取消', en: 'Dispute resolved: cancelled' },
  'order.rate': { zh: '评价订单', en: 'Order rated' },
  'org.register': { zh: '机构注册', en: 'Organisation registered' },
  'org.create': { zh: '新增机构', en: 'Organisation added' },
  'org.import': { zh: '批量导入机构', en: 'Organisations imported' },
  'org.update': { zh: '修改机构信息', en: 'Organisation changed' },
  'org.resubmit': { zh: '重新提交认证', en: 'Verification resubmitted' },
  'org.verify': { zh: '认证通过', en: 'Organisation verified' },
  'org.reject': { zh: '认证驳回', en: 'Verification rejected' },
  'org.indicator.create': { zh: '填报年度指标', en: 'Indicators added' },
  'org.indicator.update': { zh: '修改年度指标', en: 'Indicators changed' },
  'org.indicator.delete': { zh: '删除年度指标', en: 'Indicators deleted' },
  'cultivation.evaluate': { zh: '企业评价', en: 'Enterprise evaluated' },
  'cultivation.declare': { zh: '企业评价承诺事项', en: 'Evaluation declarations made' },
  'cultivation.batch.start': { zh: '开始批量评价', en: 'Batch evaluation started' },
  'cultivation.batch.finish': { zh: '批量评价完成', en: 'Batch evaluation finished' },
  'cultivation.pool.build': { zh: '按条件入库', en: 'Pool built from criteria' },
  'cultivation.criteria.apply': { zh: '执行入库条件', en: 'Pool criteria applied' },
  'cultivation.criteria.update': { zh: '修改入库条件', en: 'Pool criteria changed' },
  'cultivation.pool.add': { zh: '加入培育库', en: 'Added to the pool' },
  'cultivation.pool.update': { zh: '修改培育库企业', en: 'Pool entry changed' },
  'cultivation.visit.add': { zh: '登记走访', en: 'Visit recorded' },
  'cultivation.task.add': { zh: '添加培育任务', en: 'Task added' },
  'cultivation.task.update': { zh: '关闭培育任务', en: 'Task closed' },
  'cultivation.outcome.record': { zh: '登记申报结果', en: 'Outcome recorded' },
  'org.affiliation.add': { zh: '登记关联关系', en: 'Affiliation added' },
  'org.affiliation.remove': { zh: '删除关联关系', en: 'Affiliation removed' },
  'org.fact_change.request': { zh: '申请变更认证信息', en: 'Change of verified details requested' },
  'org.fact_change.withdraw': { zh: '撤回认证信息变更', en: 'Change of verified details withdrawn' },
  'org.fact_change.approve': { zh: '批准认证信息变更', en: 'Change of verified details approved' },
  'org.fact_change.reject': { zh: '驳回认证信息变更', en: 'Change of verified details rejected' },
  'service.create': { zh: '发布服务', en: 'Service listed' },
  'service.update': { zh: '修改服务', en: 'Service changed' },
  'service.withdraw': { zh: '下架服务', en: 'Service withdrawn' },
  'service.suspend': { zh: '暂停服务', en: 'Service suspended' },
  'service.reinstate': { zh: '恢复服务', en: 'Service reinstated' },
  'service.provider_suspend': { zh: '暂停机构全部服务', en: "Provider's services suspended" },
  'service.provider_reinstate': { zh: '恢复机构全部服务', en: "Provider's services reinstated" },
  'settlement.claim': { zh: '提交兑付申请', en: 'Claim submitted' },
  'settlement.resubmit': { zh: '重新提交兑付申请', en: 'Claim resubmitted' },
  'settlement.approve': { zh: '审核通过兑付', en: 'Claim approved' },
  'settlement.return': { zh: '退回兑付申请', en: 'Claim returned' },
  'settlement.batch': { zh: '生成兑付批次', en: 'Payment batch made' },
  'settlement.paid': { zh: '登记已拨付', en: 'Batch paid' },
  'sharing.subsidy_rule': { zh: '设置后补助规则', en: 'Subsidy rule set' },
  'system.seed_demo': { zh: '写入演示数据', en: 'Demo data loaded' },
  'user.register': { zh: '用户注册', en: 'User registered' },
  'user.create': { zh: '新增用户', en: 'User added' },
  'user.update': { zh: '修改用户', en: 'User changed' },
  'user.lock': { zh: '锁定账户', en: 'Account locked' },
  'user.unlock': { zh: '解除账户锁定', en: 'Account lock lifted' },
  'user.password_reset_issue': { zh: '签发密码重置链接', en: 'Password reset link issued' },
  'user.password_reset': { zh: '通过链接重置密码', en: 'Password reset with a link' },
  'user.password_change': { zh: '修改密码', en: 'Password changed' },
  'user.locale': { zh: '切换界面语言', en: 'Language changed' },
  'voucher.apply': { zh: '申领创新券', en: 'Voucher applied for' },
  'voucher.withdraw': { zh: '撤回申领', en: 'Application withdrawn' },
  'voucher.approve': { zh: '批准申领并发券', en: 'Application approved' },
  'voucher.reject': { zh: '驳回申领', en: 'Application rejected' },
  'voucher.expire': { zh: '创新券过期', en: 'Voucher expired' },
  'voucher.hold_release': { zh: '释放过期冻结', en: 'Stale hold released' },
  'voucher.redemption_code': { zh: '设置通兑核验码', en: 'Redemption code set' },
  'voucher.scheme.create': { zh: '新建创新券方案', en: 'Scheme created' },
  'voucher.scheme.open': { zh: '开放方案申领', en: 'Scheme opened' },
  'voucher.scheme.closed': { zh: '关闭方案申领', en: 'Scheme closed' },
  'voucher.reimbursement.submit': { zh: '提交异地报销', en: 'Reimbursement submitted' },
  'voucher.reimbursement.approve': { zh: '批准异地报销', en: 'Reimbursement approved' },
  'voucher.reimbursement.reject': { zh: '驳回异地报销', en: 'Reimbursement rejected' },
  'voucher.reimbursement.paid': { zh: '异地报销已支付', en: 'Reimbursement paid' },
};

export const AUDIT_ENTITY_LABELS: Record<string, Label> = {
  cultivation_batch: { zh: '批量评价', en: 'Batch evaluation' },
  cultivation_criteria: { zh: '入库条件', en: 'Pool criteria' },
  cultivation_pool: { zh: '培育库企业', en: 'Pool entry' },
  cultivation_visit: { zh: '走访记录', en: 'Visit' },
  cultivation_task: { zh: '培育任务', en: 'Pool task' },
  booking: { zh: '仪器预约', en: 'Booking' },
  instrument: { zh: '仪器设备', en: 'Instrument' },
  ip_record: { zh: '知识产权', en: 'IP record' },
  organisation: { zh: '机构', en: 'Organisation' },
  org_indicator: { zh: '机构年度指标', en: 'Annual indicators' },
  org_affiliation: { zh: '关联关系', en: 'Affiliation' },
  org_fact_change: { zh: '认证信息变更', en: 'Change of verified details' },
  partner_region: { zh: '合作地区', en: 'Partner region' },
  service: { zh: '服务', en: 'Service' },
  service_order: { zh: '服务订单', en: 'Order' },
  settlement_batch: { zh: '兑付批次', en: 'Payment batch' },
  subsidy_rule: { zh: '后补助规则', en: 'Subsidy rule' },
  system: { zh: '系统', en: 'System' },
  user: { zh: '用户', en: 'User' },
  voucher: { zh: '创新券', en: 'Voucher' },
  voucher_application: { zh: '创新券申领', en: 'Voucher application' },
  voucher_claim: { zh: '兑付申请', en: 'Claim' },
  voucher_reimbursement: { zh: '异地报销', en: 'Reimbursement' },
  voucher_scheme: { zh: '创新券方案', en: 'Voucher scheme' },
};

/** Changes made by the platform itself (jobs, start-up) have no person behind them. */
export const AUDIT_SYSTEM_ACTOR: Label = { zh: '系统（自动任务）', en: 'System (automatic)' };

const pick = (label: Label | undefined, locale: Locale) =>
  label ? (locale === 'en-US' ? label.en : label.zh) : undefined;

/** The words for an action code; an unknown code (an older row) is shown as it was recorded. */
export function auditActionLabel(code: string, locale: Locale): string {
  return pick(AUDIT_ACTION_LABELS[code], locale) ?? code;
}

export function auditEntityLabel(code: string, locale: Locale): string {
  return pick(AUDIT_ENTITY_LABELS[code], locale) ?? code;
}

/** Who acted: a person's name (with their user number), or the system. */
export function auditActorLabel(actorId: number | null, actorName: string | null, locale: Locale): string {
  if (actorId === null) return pick(AUDIT_SYSTEM_ACTOR, locale) as string;
  return actorName ? `${actorName} (#${actorId})` : `#${actorId}`;
}
