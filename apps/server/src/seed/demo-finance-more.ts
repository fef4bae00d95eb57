import { shanghaiDate } from '@cz/shared';
import { compensationOf, DEFAULT_POOL_PARAMS } from '@cz/shared/finance';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import {
  financeEventInvites,
  financeEvents,
  financeFundCommitments,
  financeFunds,
  financeInvestments,
  financeInvestorProfiles,
} from '../modules/finance/events.table.ts';
import { financePledges } from '../modules/finance/pledges.table.ts';
import { financePoolClaims, financePoolEntries, financePools } from '../modules/finance/pools.table.ts';

const DAY = 86_400_000;
const wan = (n: number) => n * 1_000_000;
type Row = Record<string, unknown>;

/**
 * The rest of the 科技金融 demo (all fictional): a risk-compensation pool with its whitelist and claims at every
 * step, IP pledges on the demo bank's loans, two 银企对接 events (one held with its meetings, one planned), and the
 * zone's guide fund with two sub-funds, an investor profile and investments.
 */
export async function seedFinanceMoreDemo(
  tx: Tx,
  ctx: { now: Date; officeUserId: number | null; financeUserId: number },
) {
  const office = ctx.officeUserId ?? ctx.financeUserId;
  const day = (d: number) => shanghaiDate(new Date(ctx.now.getTime() + d * DAY));
  const { rows: institutions } = await tx.execute(sql`
    SELECT i.org_id, i.kind, o.name FROM finance_institutions i JOIN organisations o ON o.id = i.org_id ORDER BY i.org_id`);
  const inst = institutions as { org_id: number; kind: string; name: string }[];
  const banks = inst.filter((i) => i.kind === 'bank').map((i) => Number(i.org_id));

  // The pool: 入库科技型中小企业 or 高新技术企业, the regional parameters, the banks' loans, 2,000万元.
  const [pool] = await tx
    .insert(financePools)
    .values({
      name: '示例高新区科技信贷风险补偿资金池',
      description: '对合作银行向入库科技型中小企业、高新技术企业发放贷款形成的损失给予补偿。',
      admission: {
        any: [
          { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
          { fact: 'cultivation.hteCertified', op: 'isTrue' },
        ],
      } as never,
      ...DEFAULT_POOL_PARAMS,
      institutionIds: banks,
      whitelistAt: ctx.now,
      createdBy: office,
      createdAt: new Date(ctx.now.getTime() - 200 * DAY),
      updatedAt: ctx.now,
    })
    .returning();
  const poolId = pool?.id as number;
  await tx
    .insert(financePoolEntries)
    .values({ poolId, kind: 'fund', amountFen: wan(2000), actorId: office, note: '示例年度预算' });
  // The whitelist as the rule gives it on the demo's registry (its tsme and 高企 marks).
  await tx.execute(sql`
    INSERT INTO finance_pool_members (pool_id, org_id, result, computed_at)
    SELECT ${poolId}, id, 'eligible', ${ctx.now.toISOString()} FROM organisations
    WHERE kind = 'enterprise' AND status = 'verified'
      AND (tsme_reg_no IS NOT NULL OR (hte_cert_no IS NOT NULL AND hte_valid_to >= ${day(0)}::date))`);
  const { rows: bad } = await tx.execute(sql`
    SELECT c.id, c.institution_org_id, c.disbursed_fen, n.org_id FROM finance_cases c
    JOIN finance_needs n ON n.id = c.need_id
    WHERE c.status = 'non_performing' AND c.institution_org_id = ANY(${sql.raw(`ARRAY[${banks.join(',') || 0}]::bigint[]`)})
      AND EXISTS (SELECT 1 FROM finance_pool_members m WHERE m.pool_id = ${poolId} AND m.org_id = n.org_id)
    ORDER BY c.id`);
  const steps = ['paid', 'approved', 'submitted'] as const;
  let claims = 0;
  for (const [k, c] of (bad as Row[]).entries()) {
    const status = steps[k % steps.length] as (typeof steps)[number];
    const loss = Math.round(Number(c.disbursed_fen) * 0.6);
    const flags = { guaranteed: false, firstLoan: true, pureCredit: k % 2 === 0, ipPledge: false };
    const comp = compensationOf(DEFAULT_POOL_PARAMS, { lossFen: loss, ...flags });
    const decided = status !== 'submitted';
    const [claim] = await tx
      .insert(financePoolClaims)
      .values({
        poolId,
        caseId: Number(c.id),
        institutionOrgId: Number(c.institution_org_id),
        lossFen: loss,
        ...flags,
        note: '示例：逾期九十天以上，已催收未果',
        status,
        pct: decided ? comp.pct : null,
        amountFen: decided ? comp.amountFen : null,
        submittedBy: ctx.financeUserId,
        submittedAt: new Date(ctx.now.getTime() - (20 - k) * DAY),
        reviewedBy: decided ? office : null,
        reviewedAt: decided ? new Date(ctx.now.getTime() - (15 - k) * DAY) : null,
        approvedBy: decided ? office : null,
        approvedAt: decided ? new Date(ctx.now.getTime() - (14 - k) * DAY) : null,
        paidBy: status === 'paid' ? office : null,
        paidAt: status === 'paid' ? new Date(ctx.now.getTime() - (10 - k) * DAY) : null,
      })
      .returning();
    claims++;
    if (decided && comp.amountFen > 0)
      await tx
        .insert(financePoolEntries)
        .values({ poolId, kind: 'commit', amountFen: comp.amountFen, claimId: claim?.id, actorId: office });
    if (status === 'paid' && comp.amountFen > 0)
      await tx
        .insert(financePoolEntries)
        .values({ poolId, kind: 'pay', amountFen: comp.amountFen, claimId: claim?.id, actorId: office });
  }

  // IP pledges on loans of enterprises that hold valid patents, one at each step the loan allows.
  const { rows: pledgeable } = await tx.execute(sql`
    SELECT c.id, c.status, c.institution_org_id, n.org_id, c.disbursed_on::text AS disbursed_on,
           (SELECT array_agg(ip.id ORDER BY ip.id) FROM ip_patents ip
             WHERE ip.org_id = n.org_id AND ip.legal_status = 'valid' AND NOT ip.transferred) AS patents
    FROM finance_cases c JOIN finance_needs n ON n.id = c.need_id
    WHERE EXISTS (SELECT 1 FROM ip_patents ip WHERE ip.org_id = n.org_id AND ip.legal_status = 'valid')
    ORDER BY c.id`);
  const plan: Record<string, 'valuation' | 'contracted' | 'disbursed' | 'released'> = {
    claimed: 'valuation',
    approved: 'contracted',
    disbursed: 'disbursed',
    repaid: 'released',
  };
  const used = new Set<string>();
  let pledges = 0;
  for (const c of pledgeable as Row[]) {
    const to = plan[String(c.status)];
    if (!to || used.has(to)) continue;
    used.add(to);
    const signed = day(-30);
    const valued = to !== 'valuation';
    const registered = to === 'disbursed' || to === 'released';
    await tx.insert(financePledges).values({
      caseId: Number(c.id),
      institutionOrgId: Number(c.institution_org_id),
      orgId: Number(c.org_id),
      patentIds: (c.patents as number[]).slice(0, 2).map(Number),
      status: to,
      valuationAgency: valued ? '示例资产评估事务所' : null,
      valuationFen: valued ? wan(800) : null,
      valuedOn: valued ? day(-35) : null,
      approvedFen: valued ? wan(500) : null,
      contractNo: valued ? `示例质押-2026-${String(pledges + 1).padStart(3, '0')}` : null,
      signedOn: valued ? signed : null,
      registrationDue: valued ? day(-16) : null,
      registrationNo: registered ? `Y2026${String(990000100 + pledges)}` : null,
      registeredOn: registered ? day(-25) : null,
      releasedOn: to === 'released' ? day(-2) : null,
      createdBy: ctx.financeUserId,
      createdAt: new Date(ctx.now.getTime() - 40 * DAY),
      updatedAt: ctx.now,
    });
    pledges++;
  }

  // Two events: one held three weeks ago with its meetings, one planned for next month.
  const { rows: ents } = await tx.execute(sql`
    SELECT id FROM organisations WHERE kind = 'enterprise' AND status = 'verified' ORDER BY id LIMIT 6`);
  const enterprises = (ents as Row[]).map((r) => Number(r.id));
  const heldStart = new Date(ctx.now.getTime() - 21 * DAY);
  heldStart.setUTCHours(1, 0, 0, 0); // 09:00 in Shanghai
  const [held] = await tx
    .insert(financeEvents)
    .values({
      title: '示例2026年秋季银企对接会',
      description: '合作银行、担保机构与入库科技型中小企业一对一洽谈。',
      venue: '示例 长治高新区双创服务中心二楼会议室',
      startsAt: heldStart,
      endsAt: new Date(heldStart.getTime() + 4 * 3_600_000),
      status: 'held',
      createdBy: office,
      createdAt: new Date(heldStart.getTime() - 14 * DAY),
      updatedAt: heldStart,
    })
    .returning();
  const planned = new Date(ctx.now.getTime() + 30 * DAY);
  planned.setUTCHours(6, 0, 0, 0); // 14:00 in Shanghai
  const [next] = await tx
    .insert(financeEvents)
    .values({
      title: '示例知识产权质押融资专场对接会',
      description: '面向持有发明专利的企业，银行、评估机构现场解读知识产权质押贷款。',
      venue: '示例 长治高新区金融服务中心',
      startsAt: planned,
      endsAt: new Date(planned.getTime() + 3 * 3_600_000),
      createdBy: office,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  const lenders = banks.slice(0, 3);
  for (const e of [held, next]) {
    await tx.insert(financeEventInvites).values([
      ...lenders.map((orgId) => ({
        eventId: e?.id as number,
        orgId,
        side: 'institution' as const,
        response: 'accepted' as const,
      })),
      ...enterprises.map((orgId, k) => ({
        eventId: e?.id as number,
        orgId,
        side: 'enterprise' as const,
        response: e === held || k % 2 === 0 ? ('accepted' as const) : ('pending' as const),
      })),
    ]);
  }
  const outcomes = ['interested', 'negotiating', 'no_fit', 'interested'] as const;
  for (let k = 0; k < 4; k++) {
    const start = new Date(heldStart.getTime() + k * 30 * 60_000);
    await tx.execute(sql`
      INSERT INTO finance_event_meetings (event_id, institution_org_id, enterprise_org_id, slot, status, outcome, note,
                                          follow_up_due, followed_up_at, follow_up_note)
      VALUES (${held?.id}, ${lenders[k % lenders.length]}, ${enterprises[k]},
              tstzrange(${start.toISOString()}::timestamptz, ${new Date(start.getTime() + 20 * 60_000).toISOString()}::timestamptz, '[)'),
              'held', ${outcomes[k]}, '示例：洽谈融资需求与产品', ${day(-14)},
              ${k < 2 ? new Date(ctx.now.getTime() - 16 * DAY).toISOString() : null},
              ${k < 2 ? '示例：已回访，企业准备材料' : null})`);
  }

  // The guide fund, two sub-funds it commits to, an investor's preferences and investments.
  const vc = inst.find((i) => i.kind === 'investment');
  const [guide] = await tx
    .insert(financeFunds)
    .values({
      name: '示例长治高新区产业引导基金',
      kind: 'guide',
      targetFen: wan(50_000),
      vintage: 2024,
      createdBy: office,
    })
    .returning();
  const subs = await tx
    .insert(financeFunds)
    .values([
      {
        name: '示例新材料产业子基金',
        kind: 'sub' as const,
        parentId: guide?.id as number,
        managerOrgId: vc ? Number(vc.org_id) : null,
        targetFen: wan(10_000),
        vintage: 2025,
        stages: ['early', 'growth'],
        fields: ['materials'],
        createdBy: office,
      },
      {
        name: '示例光伏与新能源子基金',
        kind: 'sub' as const,
        parentId: guide?.id as number,
        managerOrgId: vc ? Number(vc.org_id) : null,
        targetFen: wan(8_000),
        vintage: 2026,
        stages: ['growth'],
        fields: ['energy'],
        createdBy: office,
      },
    ])
    .returning();
  await tx.insert(financeFundCommitments).values([
    { fundId: guide?.id as number, lpName: '示例长治高新区管委会', amountFen: wan(20_000), committedOn: '2024-06-30' },
    ...subs.map((s, k) => ({
      fundId: s.id,
      lpFundId: guide?.id as number,
      lpName: '示例长治高新区产业引导基金',
      amountFen: wan(k === 0 ? 3_000 : 2_000),
      committedOn: k === 0 ? '2025-03-31' : '2026-01-15',
    })),
    ...subs.map((s) => ({
      fundId: s.id,
      lpName: '示例社会资本合伙人',
      amountFen: wan(4_000),
      committedOn: '2025-06-30',
    })),
  ]);
  if (vc) {
    await tx.insert(financeInvestorProfiles).values({
      institutionOrgId: Number(vc.org_id),
      stages: ['early', 'growth'],
      industries: ['C', 'I'],
      ticketMinFen: wan(200),
      ticketMaxFen: wan(3_000),
    });
    await tx.insert(financeInvestments).values(
      enterprises.slice(0, 2).map((orgId, k) => ({
        fundId: subs[k]?.id ?? null,
        institutionOrgId: Number(vc.org_id),
        orgId,
        amountFen: wan(k === 0 ? 1_500 : 800),
        investedOn: day(-90 + k * 30),
        round: k === 0 ? ('a' as const) : ('angel' as const),
        createdBy: ctx.financeUserId,
      })),
    );
  }
  return {
    financePools: 1,
    financePoolClaims: claims,
    financePledges: pledges,
    financeEvents: 2,
    financeFunds: 1 + subs.length,
  };
}
