import { addDays, type IpEventKind, type IpKind, patentCheckChar, shanghaiDate } from '@cz/shared';
import { recordAudit } from '../kernel/audit/audit.ts';
import type { Tx } from '../kernel/db/connection.ts';
import { remindDue } from '../modules/ip/ip.jobs.ts';
import { ipEvents, ipRecords } from '../modules/ip/ip.table.ts';

/** A fictional application number with its true check character (ZC 0006-2003); serials 0555xxx mark demo data. */
const demoPatentNo = (year: number, type: string, n: number) => {
  const digits = `${year}${type}0555${String(n).padStart(3, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
};

type DemoRecord = {
  org: number;
  kind: IpKind;
  number: string;
  title: string;
  appliedOn: string;
  grantedOn?: string;
  expiresOn?: string;
  legalStatus: 'pending' | 'valid' | 'lapsed';
  acquisition?: 'own' | 'transfer' | 'licence';
  feeDueOn?: string;
  verified?: boolean;
  events?: { kind: IpEventKind; occurredOn: string; note: string }[];
};

/**
 * The IP of a few fictional 示例 enterprises: verified and pending records of several kinds, one lapsed after a
 * termination, a pledge and a licence filing, and an annual fee due within the reminder window — whose reminder is
 * sent here, so the demo enterprise finds it among its notifications on first start.
 */
export async function seedIpDemo(
  tx: Tx,
  ctx: { now: Date; enterprises: { id: number; name: string }[]; adminUserId: number | null },
) {
  const today = shanghaiDate(ctx.now);
  const [first, second, third] = ctx.enterprises;
  if (!first || !second || !third) return { ipRecords: 0 };
  const records: DemoRecord[] = [
    {
      org: first.id,
      kind: 'invention',
      number: demoPatentNo(2021, '1', 1),
      title: '示例高精度柔性电路板激光切割方法',
      appliedOn: '2021-04-12',
      grantedOn: '2023-08-22',
      expiresOn: '2041-04-11',
      legalStatus: 'valid',
      feeDueOn: addDays(today, 18),
      verified: true,
      events: [{ kind: 'pledge', occurredOn: '2024-03-15', note: '向示例科技银行长治分行质押融资 300 万元' }],
    },
    {
      org: first.id,
      kind: 'utility_model',
      number: demoPatentNo(2022, '2', 2),
      title: '示例连接器防松脱结构',
      appliedOn: '2022-06-01',
      grantedOn: '2022-11-18',
      expiresOn: '2032-05-31',
      legalStatus: 'valid',
      feeDueOn: addDays(today, 120),
      verified: true,
      events: [
        { kind: 'licence_filing', occurredOn: '2024-09-10', note: '普通许可示例锦程智能装备有限公司实施，已备案' },
      ],
    },
    {
      org: first.id,
      kind: 'software_copyright',
      number: '2024SR0555003',
      title: '示例精密电子生产执行系统V1.0',
      appliedOn: '2024-02-20',
      grantedOn: '2024-04-02',
      legalStatus: 'valid',
    },
    {
      org: first.id,
      kind: 'design',
      number: demoPatentNo(2019, '3', 4),
      title: '示例智能终端外壳',
      appliedOn: '2019-05-08',
      grantedOn: '2019-12-03',
      expiresOn: '2029-05-07',
      legalStatus: 'lapsed',
      verified: true,
      events: [{ kind: 'termination', occurredOn: '2023-05-08', note: '未缴纳年费，专利权终止' }],
    },
    {
      org: first.id,
      kind: 'pct',
      number: demoPatentNo(2025, '8', 5),
      title: '示例微型传感器封装工艺(PCT)',
      appliedOn: '2025-07-01',
      legalStatus: 'pending',
    },
    {
      org: first.id,
      kind: 'trademark',
      number: '第55500006号',
      title: '示例恒远',
      appliedOn: '2020-03-01',
      grantedOn: '2021-01-07',
      expiresOn: '2031-01-06',
      legalStatus: 'valid',
      verified: true,
    },
    {
      org: second.id,
      kind: 'invention',
      number: demoPatentNo(2020, '1', 7),
      title: '示例数控机床主轴热误差补偿方法',
      appliedOn: '2020-09-15',
      grantedOn: '2022-10-11',
      expiresOn: '2040-09-14',
      legalStatus: 'valid',
      acquisition: 'transfer',
      feeDueOn: addDays(today, 200),
      verified: true,
    },
    {
      org: second.id,
      kind: 'utility_model',
      number: demoPatentNo(2017, '2', 8),
      title: '示例液压夹具快换装置',
      appliedOn: addDays(addDays(today, 60), -3653),
      grantedOn: addDays(addDays(today, 60), -3400),
      expiresOn: addDays(today, 60),
      legalStatus: 'valid',
      verified: true,
    },
    {
      org: third.id,
      kind: 'invention',
      number: demoPatentNo(2024, '1', 9),
      title: '示例钙钛矿光伏电池钝化方法',
      appliedOn: '2024-01-18',
      legalStatus: 'pending',
    },
  ];
  for (const r of records) {
    const [row] = await tx
      .insert(ipRecords)
      .values({
        orgId: r.org,
        kind: r.kind,
        number: r.number,
        title: r.title,
        holders: ctx.enterprises.find((e) => e.id === r.org)?.name ?? '',
        appliedOn: r.appliedOn,
        grantedOn: r.grantedOn ?? null,
        expiresOn: r.expiresOn ?? null,
        legalStatus: r.legalStatus,
        acquisition: r.acquisition ?? 'own',
        feeDueOn: r.feeDueOn ?? null,
        verification: r.verified ? 'verified' : 'pending',
        verifiedAt: r.verified ? ctx.now : null,
        verifiedBy: r.verified ? ctx.adminUserId : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) continue;
    for (const e of r.events ?? []) await tx.insert(ipEvents).values({ recordId: row.id, ...e, createdAt: ctx.now });
    await recordAudit(tx, null, { action: 'ip.create', entity: 'ip_record', entityId: row.id, after: row });
  }
  const reminders = await remindDue(tx, ctx.now);
  return { ipRecords: records.length, ipReminders: reminders };
}
