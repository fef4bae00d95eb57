import { randomInt } from 'node:crypto';
import {
  addDays,
  addWorkingDays,
  isWorkingDay,
  shanghaiDate,
  shanghaiInstant,
  type WorkCalendar,
  withUsccCheck,
} from '@cz/shared';
import {
  CONTRACT_KIND_INFO,
  type ContractKind,
  type OfferStatus,
  registrationDeadline,
  registrationNumber,
} from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { CONTRACT_FILES } from '../modules/market/deals.repository.ts';
import {
  marketContracts,
  marketDealMessages,
  marketDeals,
  marketRegistrations,
  type NonTechnicalLine,
  type PaymentLine,
} from '../modules/market/deals.table.ts';
import { loadSettings } from '../modules/market/settings.service.ts';
import { loadCalendar } from '../modules/policy/policy.applications.repository.ts';
import { attachUploads } from '../modules/upload/index.ts';
import { samplePdf, storeUpload } from './demo-materials.ts';

/** An organisation of the demo with an account: its id, its name and the member who acts for it. */
type Party = { orgId: number; userId: number; name: string };
type Achievement = { id: number; title: string };
type Side = 'seller' | 'buyer';
type Line = { side: Side; body: string; offerWan?: number; offer?: OfferStatus; at: Date };

const WAN = 1_000_000;
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const verifyCode = () => Array.from({ length: 10 }, () => CODE_CHARS[randomInt(CODE_CHARS.length)]).join('');

/** The `n`-th working day before `date` (the day itself not counted). */
function workingDaysBefore(date: string, n: number, cal: WorkCalendar): string {
  let d = date;
  for (let left = n, guard = 0; left > 0 && guard < 3660; guard++) {
    d = addDays(d, -1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/**
 * The technology market from inquiry to registration, between the organisations of the demo that have accounts (the
 * demo enterprise, 示例理工学院 — a public institution, whose agreed prices go on notice — the provider and the
 * bank):
 *
 * - the demo enterprise negotiating with 示例理工学院, the institute's counter-offer waiting for its answer;
 * - an agreed price of 示例理工学院 on public notice (公示) to the demo enterprise;
 * - a price agreed with the demo enterprise as seller, the contract still to be drafted; an inquiry cancelled;
 * - a contract drafted and confirmed by 示例理工学院 only, for the demo enterprise to confirm;
 * - signed contracts of the five kinds, with the signed scans as uploads both sides read, some with non-technical
 *   costs, and their registrations: two registered (one above 500万元 技术交易额, with the 30-working-day limit), one
 *   refused, one waiting for the registration point, one returned for materials; one signed contract not applied
 *   for yet, for the demo enterprise to apply.
 *
 * Every name and text is fictional (示例); dates are relative to `now` on the zone's calendar.
 */
export async function seedMarketDealsDemo(
  tx: Tx,
  ctx: {
    now: Date;
    adminUserId: number | null;
    /** The demo enterprise (the `enterprise` account's organisation). */
    enterprise: Party;
    /** 示例理工学院 (the `university` account's organisation). */
    university: Party;
    provider: Party;
    finance: Party;
    uploadDir?: string | undefined;
  },
) {
  const none = { marketDeals: 0, marketContracts: 0, marketRegistrations: 0 };
  const admin = ctx.adminUserId;
  if (!admin) return none;
  const today = shanghaiDate(ctx.now);
  const cal = await loadCalendar(tx);
  const settings = await loadSettings(tx);
  const at = (date: string, hour = 10, minute = 0) => shanghaiInstant(date, hour * 60 + minute);

  const published = async (orgId: number): Promise<Achievement[]> => {
    const { rows } = await tx.execute(sql`
      SELECT id, title FROM market_achievements WHERE owner_org_id = ${orgId} AND status = 'published' ORDER BY id`);
    return rows.map((r) => ({ id: Number(r.id), title: String(r.title) }));
  };
  const ofUniversity = await published(ctx.university.orgId);
  const ofEnterprise = await published(ctx.enterprise.orgId);
  if (ofUniversity.length < 8 || ofEnterprise.length < 4) return none;
  const pick = (list: Achievement[], i: number) => list[i % list.length] as Achievement;

  let deals = 0;
  /** A deal with its thread: each line by the member of its side. */
  async function deal(d: {
    achievement: Achievement;
    seller: Party;
    buyer: Party;
    status: 'negotiating' | 'notice' | 'agreed' | 'contracted' | 'cancelled';
    agreed?: { fen: number; at: Date };
    notice?: { from: string; until: string };
    cancelReason?: string;
    lines: Line[];
    updatedAt: Date;
  }) {
    const first = d.lines[0] as Line;
    const [row] = await tx
      .insert(marketDeals)
      .values({
        achievementId: d.achievement.id,
        sellerOrgId: d.seller.orgId,
        buyerOrgId: d.buyer.orgId,
        sellerPublic: d.seller.orgId === ctx.university.orgId,
        status: d.status,
        agreedFen: d.agreed?.fen ?? null,
        agreedAt: d.agreed?.at ?? null,
        noticeFrom: d.notice?.from ?? null,
        noticeUntil: d.notice?.until ?? null,
        cancelReason: d.cancelReason ?? null,
        openedBy: d.buyer.userId,
        createdAt: first.at,
        updatedAt: d.updatedAt,
      })
      .returning({ id: marketDeals.id });
    const id = (row as { id: number }).id;
    await tx.insert(marketDealMessages).values(
      d.lines.map((l) => ({
        dealId: id,
        side: l.side,
        authorId: (l.side === 'seller' ? d.seller : d.buyer).userId,
        body: l.body,
        offerFen: l.offerWan === undefined ? null : l.offerWan * WAN,
        offerStatus: l.offerWan === undefined ? null : (l.offer ?? 'superseded'),
        createdAt: l.at,
      })),
    );
    deals++;
    return id;
  }

  /** The usual thread of a deal that came to a price: inquiry, first offer, the buyer's offer the seller accepted. */
  const agreedThread = (title: string, openedOn: string, askWan: number, agreedWan: number): Line[] => [
    {
      side: 'buyer',
      body: `示例：我方对“${title}”很感兴趣，想了解技术成熟度、知识产权状况和可选的转化方式。`,
      at: at(openedOn, 9, 30),
    },
    {
      side: 'seller',
      body: '示例：该成果已完成中试验证，可提供检测报告和技术资料，并派员现场指导。报价如下。',
      offerWan: askWan,
      at: at(addDays(openedOn, 2), 15),
    },
    {
      side: 'buyer',
      body: '示例：结合我方预算与实施计划，还价如下，付款可分期。',
      offerWan: agreedWan,
      offer: 'accepted',
      at: at(addDays(openedOn, 6), 11),
    },
  ];

  // ——— Negotiating: 示例理工学院's counter-offer waits for the demo enterprise's answer ———
  const talking = pick(ofUniversity, 0);
  await deal({
    achievement: talking,
    seller: ctx.university,
    buyer: ctx.enterprise,
    status: 'negotiating',
    lines: [
      {
        side: 'buyer',
        body: `示例：贵院“${talking.title}”与我司产品线相关，希望了解转化方式、知识产权状况和报价。`,
        at: at(addDays(today, -9), 9, 40),
      },
      {
        side: 'seller',
        body: '示例：成果已有两项发明专利，可独占许可或转让；按转让方式报价如下，含三个月技术指导。',
        offerWan: 95,
        at: at(addDays(today, -7), 14, 20),
      },
      {
        side: 'buyer',
        body: '示例：我方预算有限，希望以许可方式合作，还价如下。',
        offerWan: 70,
        at: at(addDays(today, -4), 10, 5),
      },
      {
        side: 'seller',
        body: '示例：经学院技术转移中心研究，可按独占许可五年合作，报价调整如下，请贵司确认。',
        offerWan: 82,
        offer: 'open',
        at: new Date(ctx.now.getTime() - 3 * 3_600_000),
      },
    ],
    updatedAt: new Date(ctx.now.getTime() - 3 * 3_600_000),
  });

  // ——— On notice: 示例理工学院's agreed price, published 5 days ago for the configured period ———
  const noticed = pick(ofUniversity, 1);
  const noticeFrom = addDays(today, -5);
  await deal({
    achievement: noticed,
    seller: ctx.university,
    buyer: ctx.enterprise,
    status: 'notice',
    agreed: { fen: 120 * WAN, at: at(noticeFrom, 16) },
    notice: { from: noticeFrom, until: addDays(noticeFrom, settings.noticeDays) },
    lines: [
      {
        side: 'buyer',
        body: `示例：我司计划引进“${noticed.title}”，请介绍成果的试验数据与转化条件。`,
        at: at(addDays(noticeFrom, -12), 9),
      },
      {
        side: 'seller',
        body: '示例：试验数据见附件说明；按技术转让方式报价如下。',
        offerWan: 130,
        at: at(addDays(noticeFrom, -9), 15),
      },
      {
        side: 'buyer',
        body: '示例：我方还价如下，并希望贵院协助完成首批样品试制。',
        offerWan: 110,
        at: at(addDays(noticeFrom, -6), 10),
      },
      {
        side: 'seller',
        body: '示例：可协助试制，最终报价如下；成交后按规定进行协议定价公示。',
        offerWan: 120,
        offer: 'accepted',
        at: at(addDays(noticeFrom, -2), 11),
      },
    ],
    updatedAt: at(noticeFrom, 16),
  });

  // ——— Agreed: the demo enterprise sold to the provider; either side may draft the contract ———
  const sold = pick(ofEnterprise, 3);
  const agreedOn = addDays(today, -2);
  await deal({
    achievement: sold,
    seller: ctx.enterprise,
    buyer: ctx.provider,
    status: 'agreed',
    agreed: { fen: 36 * WAN, at: at(agreedOn, 15) },
    lines: agreedThread(sold.title, addDays(agreedOn, -7), 42, 36),
    updatedAt: at(agreedOn, 15),
  });

  // ——— Cancelled: the bank's inquiry, withdrawn ———
  const dropped = pick(ofUniversity, 2);
  await deal({
    achievement: dropped,
    seller: ctx.university,
    buyer: ctx.finance,
    status: 'cancelled',
    cancelReason: '示例：我行相关科技金融产品方案调整，暂缓合作。',
    lines: [
      {
        side: 'buyer',
        body: `示例：我行拟围绕“${dropped.title}”设计知识产权质押融资产品，想先了解成果价值评估情况。`,
        at: at(addDays(today, -30), 10),
      },
      {
        side: 'seller',
        body: '示例：可提供成果评价报告；技术咨询服务报价如下。',
        offerWan: 15,
        at: at(addDays(today, -27), 14),
      },
    ],
    updatedAt: at(addDays(today, -20), 9),
  });

  // ——— Contracts ———
  let contracts = 0;
  async function contract(c: {
    dealId: number;
    kind: ContractKind;
    title: string;
    seller: Party;
    buyer: Party;
    amountWan: number;
    nonTechnical?: NonTechnicalLine[];
    withTransferOrDevelopment?: boolean;
    createdBy: Party;
    createdOn: string;
    /** The sides' confirmations; both signed it. */
    sellerConfirmed: Date | null;
    buyerConfirmed: Date | null;
    /** The signed paper's scan, uploaded by the seller. */
    scan: boolean;
  }) {
    const amountFen = c.amountWan * WAN;
    const nonTechnical = c.nonTechnical ?? [];
    const first = Math.round((amountFen * 0.4) / WAN) * WAN;
    const payments: PaymentLine[] = [
      { dueOn: addDays(c.createdOn, 20), amountFen: first, note: '示例：合同签订后支付' },
      { dueOn: addDays(c.createdOn, 180), amountFen: amountFen - first, note: '示例：技术验收合格后支付' },
    ];
    const signed = c.sellerConfirmed !== null && c.buyerConfirmed !== null;
    const confirmed = [c.sellerConfirmed, c.buyerConfirmed].filter((d): d is Date => d !== null);
    const signedAt = confirmed.length ? new Date(Math.max(...confirmed.map((d) => d.getTime()))) : at(c.createdOn);
    let signedFile: string | null = null;
    if (c.scan) {
      const words = CONTRACT_KIND_INFO[c.kind].zh;
      const lines = [
        `合同类型：${words}（${CONTRACT_KIND_INFO[c.kind].article}）`,
        `卖方（技术提供方）：${c.seller.name}`,
        `买方（技术接受方）：${c.buyer.name}`,
        `成交额：${c.amountWan} 万元`,
        `签订日期：${shanghaiDate(signedAt)}`,
        '本文件为平台演示用示例合同扫描件，内容虚构。',
      ];
      signedFile = await storeUpload(tx, ctx.uploadDir, samplePdf(c.title, lines), `${c.title}（签字盖章）.pdf`, {
        userId: c.seller.userId,
        orgId: c.seller.orgId,
      });
    }
    const [row] = await tx
      .insert(marketContracts)
      .values({
        dealId: c.dealId,
        kind: c.kind,
        title: c.title,
        sellerOrgId: c.seller.orgId,
        buyerOrgId: c.buyer.orgId,
        amountFen,
        nonTechnical,
        nonTechnicalFen: nonTechnical.reduce((a, l) => a + l.amountFen, 0),
        payments,
        withTransferOrDevelopment: c.withTransferOrDevelopment ?? false,
        signedFile,
        status: signed ? 'signed' : 'draft',
        sellerConfirmedAt: c.sellerConfirmed,
        buyerConfirmedAt: c.buyerConfirmed,
        createdBy: c.createdBy.userId,
        createdAt: at(c.createdOn, 9, 30),
        updatedAt: signedAt,
      })
      .returning({ id: marketContracts.id });
    const id = (row as { id: number }).id;
    if (signedFile)
      await attachUploads(
        tx,
        { userId: c.seller.userId, role: 'enterprise', orgId: c.seller.orgId, ip: null, requestId: 'demo-seed' },
        { kind: CONTRACT_FILES, id, orgIds: [c.seller.orgId, c.buyer.orgId] },
        [signedFile],
      );
    contracts++;
    return { id, techTradeFen: amountFen - nonTechnical.reduce((a, l) => a + l.amountFen, 0) };
  }

  /**
   * A deal that came to a contract signed on `signedOn`: agreed a week before the draft, and for 示例理工学院 on public
   * notice for the configured days before it.
   */
  async function signedDeal(s: {
    achievement: Achievement;
    seller: Party;
    buyer: Party;
    kind: ContractKind;
    amountWan: number;
    askWan: number;
    nonTechnical?: NonTechnicalLine[];
    withTransferOrDevelopment?: boolean;
    signedOn: string;
    confirmed?: Side[];
    draftedBy?: Side;
  }) {
    const createdOn = addDays(s.signedOn, -4);
    const isPublic = s.seller.orgId === ctx.university.orgId;
    const noticeUntil = addDays(createdOn, -1);
    const noticeFrom = addDays(noticeUntil, -settings.noticeDays);
    const agreedOn = isPublic ? noticeFrom : addDays(createdOn, -7);
    const openedOn = addDays(agreedOn, -8);
    const confirmed = s.confirmed ?? ['seller', 'buyer'];
    const dealId = await deal({
      achievement: s.achievement,
      seller: s.seller,
      buyer: s.buyer,
      status: 'contracted',
      agreed: { fen: s.amountWan * WAN, at: at(agreedOn, 16) },
      ...(isPublic ? { notice: { from: noticeFrom, until: noticeUntil } } : {}),
      lines: agreedThread(s.achievement.title, openedOn, s.askWan, s.amountWan),
      updatedAt: at(createdOn, 9, 30),
    });
    return contract({
      dealId,
      kind: s.kind,
      // 示例…制备技术 + 技术开发合同: one 技术.
      title: `${s.achievement.title.replace(/技术$/, '')}${CONTRACT_KIND_INFO[s.kind].zh}合同`,
      seller: s.seller,
      buyer: s.buyer,
      amountWan: s.amountWan,
      ...(s.nonTechnical ? { nonTechnical: s.nonTechnical } : {}),
      ...(s.withTransferOrDevelopment !== undefined ? { withTransferOrDevelopment: s.withTransferOrDevelopment } : {}),
      createdBy: s.draftedBy === 'seller' ? s.seller : s.buyer,
      createdOn,
      sellerConfirmed: confirmed.includes('seller') ? at(addDays(s.signedOn, -1), 15) : null,
      buyerConfirmed: confirmed.includes('buyer') ? at(s.signedOn, 10, 20) : null,
      scan: confirmed.length === 2,
    });
  }

  // Submission days on the zone's calendar, counted back from today in working days.
  const submitted = {
    big: workingDaysBefore(today, 45, cal),
    licence: workingDaysBefore(today, 25, cal),
    refused: workingDaysBefore(today, 20, cal),
    returned: workingDaysBefore(today, 8, cal),
    waiting: workingDaysBefore(today, 3, cal),
  };
  const before = (d: string) => addDays(d, -3);

  const big = await signedDeal({
    achievement: pick(ofUniversity, 3),
    seller: ctx.university,
    buyer: ctx.enterprise,
    kind: 'transfer',
    amountWan: 620,
    askWan: 700,
    nonTechnical: [
      { kind: 'equipment', description: '示例中试反应釜一套', amountFen: 60 * WAN },
      { kind: 'instruments', description: '示例在线检测仪两台', amountFen: 20 * WAN },
    ],
    signedOn: before(submitted.big),
  });
  const licence = await signedDeal({
    achievement: pick(ofEnterprise, 1),
    seller: ctx.enterprise,
    buyer: ctx.provider,
    kind: 'licence',
    amountWan: 45,
    askWan: 50,
    signedOn: before(submitted.licence),
  });
  const refused = await signedDeal({
    achievement: pick(ofUniversity, 4),
    seller: ctx.university,
    buyer: ctx.enterprise,
    kind: 'development',
    amountWan: 150,
    askWan: 180,
    nonTechnical: [
      { kind: 'materials', description: '示例试验原材料', amountFen: 12 * WAN },
      { kind: 'parts', description: '示例样机零部件', amountFen: 6 * WAN },
    ],
    signedOn: before(submitted.refused),
  });
  const waiting = await signedDeal({
    achievement: pick(ofUniversity, 5),
    seller: ctx.university,
    buyer: ctx.provider,
    kind: 'service',
    amountWan: 28,
    askWan: 32,
    withTransferOrDevelopment: false,
    signedOn: before(submitted.waiting),
  });
  const returned = await signedDeal({
    achievement: pick(ofUniversity, 6),
    seller: ctx.university,
    buyer: ctx.finance,
    kind: 'consulting',
    amountWan: 18,
    askWan: 20,
    signedOn: before(submitted.returned),
  });
  // Signed, its scan there, not applied for yet: the demo enterprise may apply for registration.
  await signedDeal({
    achievement: pick(ofEnterprise, 0),
    seller: ctx.enterprise,
    buyer: ctx.university,
    kind: 'development',
    amountWan: 66,
    askWan: 75,
    nonTechnical: [{ kind: 'parts', description: '示例样机控制板', amountFen: 4 * WAN }],
    signedOn: addDays(today, -6),
  });
  // Drafted by 示例理工学院 and confirmed by it only: the demo enterprise has the text to confirm.
  await signedDeal({
    achievement: pick(ofUniversity, 7),
    seller: ctx.university,
    buyer: ctx.enterprise,
    kind: 'licence',
    amountWan: 54,
    askWan: 60,
    signedOn: addDays(today, -1),
    confirmed: ['seller'],
    draftedBy: 'seller',
  });

  // ——— Registrations ———
  const limits = {
    workingDays: settings.workingDays,
    reviewWorkingDays: settings.reviewWorkingDays,
    reviewThresholdFen: settings.reviewThresholdFen,
  };
  const serialWidth = (/S+$/.exec(settings.numberLayout)?.[0] ?? '').length;
  /** The next number of the registration point in the year of `on` (serials per year, from 1). */
  async function nextNumber(on: string) {
    const parts = {
      year: Number(on.slice(0, 4)),
      province: settings.provinceCode,
      city: settings.cityCode,
      point: settings.pointCode,
    };
    const probe = registrationNumber({ ...parts, serial: 1 }, settings.numberLayout);
    const prefix = probe.slice(0, probe.length - serialWidth);
    const { rows } = await tx.execute(sql`
      SELECT coalesce(max(right(number, ${serialWidth})::int), 0) + 1 AS n FROM market_registrations
      WHERE number LIKE ${`${prefix}%`} AND length(number) = ${probe.length}`);
    return registrationNumber({ ...parts, serial: Number(rows[0]?.n ?? 1) }, settings.numberLayout);
  }
  // 合同主要条款不全 of the default reasons (the first reason should the zone have removed it).
  const incomplete = settings.refusalReasons.some((r) => r.code === 'incomplete_terms')
    ? 'incomplete_terms'
    : (settings.refusalReasons[0]?.code as string);
  let registrations = 0;
  async function registration(
    c: { id: number; techTradeFen: number },
    seller: Party,
    on: string,
    outcome:
      | { status: 'submitted' }
      | { status: 'returned'; onDay: number; note: string }
      | { status: 'registered'; onDay: number }
      | { status: 'refused'; onDay: number; reasonCode: string; note: string },
  ) {
    const deadline = registrationDeadline({ submittedOn: on, techTradeFen: c.techTradeFen }, cal, limits);
    const decidedOn = outcome.status === 'submitted' ? on : addWorkingDays(on, outcome.onDay, cal);
    const decidedAt = at(decidedOn, 15, 30);
    const decided = outcome.status === 'registered' || outcome.status === 'refused';
    await tx.insert(marketRegistrations).values({
      contractId: c.id,
      sellerOrgId: seller.orgId,
      status: outcome.status,
      submittedOn: on,
      dueOn: deadline.dueOn,
      limitWorkingDays: deadline.workingDays,
      review: deadline.review,
      returnNote: outcome.status === 'returned' ? outcome.note : null,
      reasonCode: outcome.status === 'refused' ? outcome.reasonCode : null,
      reasonNote: outcome.status === 'refused' ? outcome.note : null,
      number: outcome.status === 'registered' ? await nextNumber(decidedOn) : null,
      verifyCode: outcome.status === 'registered' ? verifyCode() : null,
      registeredOn: outcome.status === 'registered' ? decidedOn : null,
      decidedBy: decided ? admin : null,
      decidedAt: decided ? decidedAt : null,
      createdAt: at(on, 9, 15),
      updatedAt: outcome.status === 'submitted' ? at(on, 9, 15) : decidedAt,
    });
    registrations++;
  }
  // In the order of their decisions, so that the serials follow the days.
  await registration(big, ctx.university, submitted.big, { status: 'registered', onDay: 26 });
  await registration(licence, ctx.enterprise, submitted.licence, { status: 'registered', onDay: 9 });
  await registration(refused, ctx.university, submitted.refused, {
    status: 'refused',
    onDay: 11,
    reasonCode: incomplete,
    note: '示例：合同未约定研究开发成果的归属与验收标准，请双方补充约定后重新签订。',
  });
  await registration(returned, ctx.university, submitted.returned, {
    status: 'returned',
    onDay: 3,
    note: '示例：请补充上传合同附件《技术咨询报告提纲》及双方盖章页。',
  });
  await registration(waiting, ctx.university, submitted.waiting, { status: 'submitted' });

  // A contract 示例理工学院 signed on paper with a buyer outside the platform (in 太原), recorded with its scan and
  // registered: the registration point registers contracts wherever they were negotiated.
  {
    const signedOn = workingDaysBefore(today, 32, cal);
    const amountFen = 120 * WAN;
    const title = '示例粉煤灰提取氧化铝工艺技术转让合同（线下签订）';
    const scan = await storeUpload(
      tx,
      ctx.uploadDir,
      samplePdf(title, [
        '合同类型：技术转让（民法典第八百六十二条）',
        `卖方（技术提供方）：${ctx.university.name}`,
        '买方（技术接受方）：示例太原建材有限公司',
        '成交额：120 万元',
        `签订日期：${signedOn}`,
        '本文件为平台演示用示例合同扫描件，内容虚构。',
      ]),
      `${title}（签字盖章）.pdf`,
      { userId: ctx.university.userId, orgId: ctx.university.orgId },
    );
    const [row] = await tx
      .insert(marketContracts)
      .values({
        dealId: null,
        offline: true,
        kind: 'transfer',
        title,
        sellerOrgId: ctx.university.orgId,
        buyerOrgId: null,
        buyerName: '示例太原建材有限公司',
        buyerUscc: withUsccCheck('91140100MA0DEM00X'),
        field: 'environment',
        amountFen,
        nonTechnical: [],
        nonTechnicalFen: 0,
        payments: [{ dueOn: addDays(signedOn, 30), amountFen, note: '示例：合同签订后一次支付' }],
        signedFile: scan,
        status: 'signed',
        sellerConfirmedAt: at(signedOn, 11),
        createdBy: ctx.university.userId,
        createdAt: at(signedOn, 11),
        updatedAt: at(signedOn, 11),
      })
      .returning({ id: marketContracts.id });
    const id = (row as { id: number }).id;
    contracts++;
    await attachUploads(
      tx,
      {
        userId: ctx.university.userId,
        role: 'enterprise',
        orgId: ctx.university.orgId,
        ip: null,
        requestId: 'demo-seed',
      },
      { kind: CONTRACT_FILES, id, orgIds: [ctx.university.orgId] },
      [scan],
    );
    await registration({ id, techTradeFen: amountFen }, ctx.university, addDays(signedOn, 2), {
      status: 'registered',
      onDay: 10,
    });
  }

  // The trade target of the statistics page: a fictional base of the year before, to be four times as much three
  // years on (a deployed zone enters its own base and years at /admin/market/settings).
  const year = Number(shanghaiDate(ctx.now).slice(0, 4));
  await tx.execute(sql`
    UPDATE market_settings
    SET trade_base_year = ${year - 1}, trade_base_fen = ${1_200 * 1_000_000}, trade_target_multiple = 4,
        trade_target_year = ${year + 2}
    WHERE id = 1`);

  return { marketDeals: deals, marketContracts: contracts, marketRegistrations: registrations };
}
