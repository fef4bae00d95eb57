type Params = Record<string, string | number | null>;
type Text = (p: Params) => { zh: string; en: string };

const money = (fen: unknown) => (typeof fen === 'number' ? `${(fen / 100).toFixed(2)} 元` : '');
const at = (iso: unknown) =>
  typeof iso === 'string' ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';

/** One line per notification kind, in both languages, for emails (the web has its own, richer texts). */
const TEXTS: Record<string, Text> = {
  'account.password_reset': (p) => ({
    zh: `管理员为您签发了重设密码的一次性链接，${at(p.expiresAt)} 前有效`,
    en: `An administrator issued you a one-time link to set a new password, valid until ${at(p.expiresAt)}`,
  }),
  'booking.requested': (p) => ({
    zh: `新的仪器预约待审核：${p.instrument}，${at(p.start)}`,
    en: `New booking to approve: ${p.instrument}, ${at(p.start)}`,
  }),
  'booking.confirmed': (p) => ({
    zh: `仪器预约已确认：${p.instrument}，${at(p.start)}`,
    en: `Booking confirmed: ${p.instrument}, ${at(p.start)}`,
  }),
  'booking.rescheduled': (p) => ({
    zh: `仪器预约已改期：${p.instrument}，${at(p.start)}`,
    en: `Booking moved: ${p.instrument}, ${at(p.start)}`,
  }),
  'order.requested': (p) => ({ zh: `收到新的服务订单：${p.title}`, en: `New service order: ${p.title}` }),
  'order.quoted': (p) => ({
    zh: `订单已报价/确认金额，请确认：${p.title}`,
    en: `Order quoted; please accept: ${p.title}`,
  }),
  'order.accepted': (p) => ({ zh: `对方已接受订单金额：${p.title}`, en: `Order accepted: ${p.title}` }),
  'order.confirmed': (p) => ({
    zh: `服务方已确认预约，订单已确认：${p.title}`,
    en: `The provider confirmed your booking; order confirmed: ${p.title}`,
  }),
  'order.in_service': (p) => ({ zh: `订单服务已开始：${p.title}`, en: `Service started: ${p.title}` }),
  'order.delivered': (p) => ({
    zh: `订单已交付，请验收：${p.title}`,
    en: `Order delivered; please check and accept: ${p.title}`,
  }),
  'order.completed': (p) => ({ zh: `订单已完成：${p.title}`, en: `Order completed: ${p.title}` }),
  'order.cancelled': (p) => ({ zh: `订单已取消：${p.title}`, en: `Order cancelled: ${p.title}` }),
  'order.rejected': (p) => ({ zh: `订单被拒绝：${p.title}`, en: `Order declined: ${p.title}` }),
  'order.disputed': (p) => ({ zh: `订单有争议：${p.title}`, en: `Order disputed: ${p.title}` }),
  'order.rated': (p) => ({ zh: `订单获得评价：${p.rating} 星`, en: `Order rated ${p.rating} stars` }),
  'service.suspend': (p) => ({
    zh: `服务已被暂停：${p.title}（${p.reason}）`,
    en: `Listing suspended: ${p.title} (${p.reason})`,
  }),
  'service.reinstate': (p) => ({ zh: `服务已恢复：${p.title}`, en: `Listing reinstated: ${p.title}` }),
  'service.provider_suspend': (p) => ({
    zh: `贵机构的 ${p.count} 项服务已被暂停（${p.reason}）`,
    en: `${p.count} of your listings were suspended (${p.reason})`,
  }),
  'service.provider_reinstate': (p) => ({
    zh: `贵机构的 ${p.count} 项服务已恢复`,
    en: `${p.count} of your listings were reinstated`,
  }),
  'org.fact_change_approved': () => ({
    zh: '机构信息变更已审核通过，新的信息已生效',
    en: 'The change to your organisation’s verified details was approved and now applies',
  }),
  'org.fact_change_rejected': (p) => ({
    zh: `机构信息变更未获通过（${p.reason}）`,
    en: `The change to your organisation’s verified details was rejected (${p.reason})`,
  }),
  'org.registered': (p) => ({
    zh: `新注册机构待认证：${p.name}`,
    en: `New registration to verify: ${p.name}`,
  }),
  'voucher.applied': (p) => ({
    zh: `新的创新券申请待审核：${p.scheme}，${money(p.amount)}`,
    en: `New voucher application to review: ${p.scheme}, ${money(p.amount)}`,
  }),
  'settlement.submitted': (p) => ({
    zh: `新的创新券兑付申请待审核：订单 #${p.orderId}，${money(p.amount)}`,
    en: `New voucher claim to review: order #${p.orderId}, ${money(p.amount)}`,
  }),
  'reimbursement.submitted': (p) => ({
    zh: `新的创新券报销申请待审核：#${p.id}，${money(p.amount)}`,
    en: `New voucher reimbursement to review: #${p.id}, ${money(p.amount)}`,
  }),
  // An amount of null is decided in review (no fixed amount): the sentence says so rather than leaving a gap.
  'policy.eligible': (p) =>
    typeof p.amount === 'number'
      ? {
          zh: `您的企业符合政策事项：${p.title}，预计可获 ${money(p.amount)}（以审核为准）`,
          en: `Your enterprise qualifies for a policy item: ${p.title}, about ${money(p.amount)} (subject to review)`,
        }
      : {
          zh: `您的企业符合政策事项：${p.title}，支持金额经审核核定`,
          en: `Your enterprise qualifies for a policy item: ${p.title}; the amount is set in review`,
        },
  'policy.eligible_many': (p) =>
    typeof p.amount === 'number'
      ? {
          zh: `您的企业新符合 ${p.count} 项政策事项（如：${p.title}），合计约 ${money(p.amount)}`,
          en: `Your enterprise now qualifies for ${p.count} policy items (such as ${p.title}), about ${money(p.amount)} in all`,
        }
      : {
          zh: `您的企业新符合 ${p.count} 项政策事项（如：${p.title}），支持金额经审核核定`,
          en: `Your enterprise now qualifies for ${p.count} policy items (such as ${p.title}); the amounts are set in review`,
        },
  'policy.subscribed': (p) => ({
    zh: `您订阅的政策有新事项发布：${p.title}（${p.document}）${p.closesOn ? `，受理截止 ${p.closesOn}` : ''}`,
    en: `A new item of a policy you subscribe to: ${p.title} (${p.document})${p.closesOn ? `, open until ${p.closesOn}` : ''}`,
  }),
  'policy.application_submitted': (p) => ({
    zh: `新的政策申报待审核：${p.title}（${p.org}），申请 ${money(p.amount)}`,
    en: `New policy application to review: ${p.title} (${p.org}), ${money(p.amount)} requested`,
  }),
  'policy.application_resubmitted': (p) => ({
    zh: `政策申报已补正并重新提交：${p.title}（${p.org}）`,
    en: `Policy application corrected and handed in again: ${p.title} (${p.org})`,
  }),
  'policy.application_returned': (p) => ({
    zh: `您的政策申报被退回补正（${p.count} 项）：${p.title}`,
    en: `Your policy application was returned for correction (${p.count} points): ${p.title}`,
  }),
  'policy.application_approved': (p) => ({
    zh: `您的政策申报已批准：${p.title}，核定 ${money(p.amount)}`,
    en: `Your policy application was approved: ${p.title}, ${money(p.amount)}`,
  }),
  'policy.application_rejected': (p) => ({
    zh: `您的政策申报未获通过：${p.title}（${p.reason}）`,
    en: `Your policy application was not approved: ${p.title} (${p.reason})`,
  }),
  'policy.application_publicised': (p) => ({
    zh: `您的政策申报已进入公示，公示期至 ${p.endsOn}：${p.title}`,
    en: `Your policy application is on public notice until ${p.endsOn}: ${p.title}`,
  }),
  'policy.application_paid': (p) => ({
    zh: `政策资金已兑现 ${money(p.amount)}（${p.paidOn}）：${p.title}`,
    en: `Policy payment of ${money(p.amount)} made on ${p.paidOn}: ${p.title}`,
  }),
  'policy.auto_confirmed': (p) => ({
    zh: `免申即享：您的企业可获 ${money(p.amount)}，请确认并填写收款账户：${p.title}`,
    en: `Automatic benefit: your enterprise is to receive ${money(p.amount)}; please confirm and give the account: ${p.title}`,
  }),
  'policy.auto_accepted': (p) => ({
    zh: `企业已确认免申即享，待兑现 ${money(p.amount)}：${p.title}`,
    en: `An enterprise accepted an automatic benefit of ${money(p.amount)}, to be paid: ${p.title}`,
  }),
  'ip.fee_due': (p) => ({
    zh: `知识产权年费将于 ${p.dueOn} 到期，请及时缴纳：${p.title}（${p.number}）`,
    en: `Annual fee due on ${p.dueOn}: ${p.title} (${p.number})`,
  }),
  'ip.expiring': (p) => ({
    zh: `知识产权将于 ${p.dueOn} 届满：${p.title}（${p.number}）`,
    en: `IP right expires on ${p.dueOn}: ${p.title} (${p.number})`,
  }),
  'ip.verified': (p) => ({
    zh: `知识产权已核验：${p.title}（${p.number}）`,
    en: `IP record verified: ${p.title} (${p.number})`,
  }),
  'ip.rejected': (p) => ({
    zh: `知识产权核验未通过：${p.title}（${p.reason}）`,
    en: `IP record rejected: ${p.title} (${p.reason})`,
  }),
  'materials.expiring': (p) => ({
    zh: `企业材料将于 ${p.dueOn} 到期，请及时上传新版本：${p.title}`,
    en: `A material expires on ${p.dueOn}; please upload the renewed one: ${p.title}`,
  }),
  'materials.checked': (p) => ({ zh: `企业材料已核验：${p.title}`, en: `Material checked: ${p.title}` }),
  'materials.rejected': (p) => ({
    zh: `企业材料核验未通过：${p.title}（${p.reason}）`,
    en: `Material rejected: ${p.title} (${p.reason})`,
  }),
  'booking.usage_recorded': (p) => ({
    zh: `使用记录已登记，费用 ${money(p.fee)}`,
    en: `Usage recorded, fee ${money(p.fee)}`,
  }),
};

/** Params that fill every blank of a text with nothing: what a kind says whatever it is about. */
const BLANK = new Proxy({}, { get: () => '' }) as Params;

/** The kinds whose words (in either language, without their params) contain `fragment`, case aside. */
export function kindsSaying(fragment: string): string[] {
  const f = fragment.toLowerCase();
  return Object.entries(TEXTS)
    .filter(([, text]) => {
      const { zh, en } = text(BLANK);
      return zh.toLowerCase().includes(f) || en.toLowerCase().includes(f);
    })
    .map(([kind]) => kind);
}

export function notificationText(kind: string, params: Params): { zh: string; en: string } {
  return TEXTS[kind]?.(params) ?? { zh: `平台通知：${kind}`, en: `Platform notice: ${kind}` };
}
