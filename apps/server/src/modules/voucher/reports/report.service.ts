import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../kernel/actor.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { datedXlsxName } from '../../../kernel/excel.ts';
import { authorize } from '../../../kernel/policy.ts';
import { accountSql } from '../ledger/accounts.ts';
import { VOUCHER_ACTIONS } from '../voucher.permissions.ts';

/** The plan's targets (一.2): SMEs supported and service contract value, cumulative from 2021. */
export const PLAN_TARGETS = [
  { year: 2021, smes: 20, contractValue: 500 * 1_000_000 },
  { year: 2022, smes: 30, contractValue: 1000 * 1_000_000 },
  { year: 2023, smes: 50, contractValue: 1500 * 1_000_000 },
];

const yearOf = (col: ReturnType<typeof sql.raw>) => sql`extract(year FROM ${col} AT TIME ZONE 'Asia/Shanghai')::int`;

/**
 * The year's voucher results from the ledger: redeemed = consumed holds (orders here, reimbursements, partner
 * regions' providers); SMEs supported = distinct enterprises whose vouchers paid something; contract value = the
 * amounts of the orders (and reimbursed services) vouchers paid part of.
 */
export async function voucherYear(db: Db, year: number) {
  const redeemed = await db.execute(sql`
    WITH consumed AS (
      SELECT e.amount, e.at,
             coalesce(h.voucher_id, x.voucher_id, r.voucher_id) AS voucher_id,
             h.order_id, r.id AS reimbursement_id
      FROM ledger_entries e
      LEFT JOIN voucher_holds h ON e.from_account = ${accountSql.hold('h.id')}
      LEFT JOIN interop_holds x ON e.from_account = ${accountSql.partnerHold('x.id')}
      LEFT JOIN voucher_reimbursements r ON e.from_account = ${accountSql.reimbursementHold('r.id')}
      WHERE e.kind = 'consume' AND ${yearOf(sql.raw('e.at'))} = ${year}
    )
    SELECT c.amount, c.order_id, c.reimbursement_id, v.org_id,
           coalesce(s.category, r.category, 'other') AS category,
           coalesce(p.name, r.provider_name, '伙伴地区 partner region') AS provider,
           coalesce(o.amount, r.paid_amount, 0) AS contract
    FROM consumed c
    JOIN vouchers v ON v.id = c.voucher_id
    LEFT JOIN order_records o ON o.id = c.order_id
    LEFT JOIN catalog_listings s ON s.id = o.service_id
    LEFT JOIN org_directory p ON p.id = o.provider_id
    LEFT JOIN voucher_reimbursements r ON r.id = c.reimbursement_id`);
  const rows = redeemed.rows as {
    amount: number;
    order_id: number | null;
    reimbursement_id: number | null;
    org_id: number;
    category: string;
    provider: string;
    contract: number;
  }[];
  // An order paid by two vouchers counts its contract value once.
  const contracts = new Map<string, { value: number; category: string; provider: string }>();
  for (const r of rows) {
    const key = r.order_id ? `o${r.order_id}` : r.reimbursement_id ? `r${r.reimbursement_id}` : null;
    if (key) contracts.set(key, { value: Number(r.contract), category: r.category, provider: r.provider });
  }
  const group = (by: 'category' | 'provider') => {
    const out = new Map<string, { redeemed: number; contractValue: number }>();
    for (const r of rows) {
      const g = out.get(r[by]) ?? { redeemed: 0, contractValue: 0 };
      g.redeemed += Number(r.amount);
      out.set(r[by], g);
    }
    for (const c of contracts.values()) {
      const g = out.get(c[by]);
      if (g) g.contractValue += c.value;
    }
    return [...out.entries()].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.redeemed - a.redeemed);
  };
  const { rows: issued } = await db.execute(sql`
    SELECT count(*)::int AS n, coalesce(sum(amount), 0)::bigint AS amount FROM vouchers WHERE ${yearOf(sql.raw('issued_at'))} = ${year}`);
  const { rows: expired } = await db.execute(sql`
    SELECT coalesce(sum(amount), 0)::bigint AS amount FROM ledger_entries WHERE kind = 'expire' AND ${yearOf(sql.raw('at'))} = ${year}`);
  return {
    year,
    smesSupported: new Set(rows.map((r) => Number(r.org_id))).size,
    contractValue: [...contracts.values()].reduce((n, c) => n + c.value, 0),
    vouchersIssued: Number(issued[0]?.n ?? 0),
    issuedAmount: Number(issued[0]?.amount ?? 0),
    redeemedAmount: rows.reduce((n, r) => n + Number(r.amount), 0),
    expiredAmount: Number(expired[0]?.amount ?? 0),
    byCategory: group('category'),
    byProvider: group('provider'),
  };
}

/** SMEs supported and contract value cumulative from the plan's first year to `year`, against the plan's targets. */
export async function voucherProgress(db: Db, year: number) {
  const { rows } = await db.execute(sql`
    SELECT count(DISTINCT v.org_id)::int AS smes
    FROM ledger_entries e
    LEFT JOIN voucher_holds h ON e.from_account = ${accountSql.hold('h.id')}
    LEFT JOIN interop_holds x ON e.from_account = ${accountSql.partnerHold('x.id')}
    LEFT JOIN voucher_reimbursements r ON e.from_account = ${accountSql.reimbursementHold('r.id')}
    JOIN vouchers v ON v.id = coalesce(h.voucher_id, x.voucher_id, r.voucher_id)
    WHERE e.kind = 'consume' AND ${yearOf(sql.raw('e.at'))} BETWEEN 2021 AND ${year}`);
  let contractValue = 0;
  for (let y = 2021; y <= year; y++) contractValue += (await voucherYear(db, y)).contractValue;
  const target = PLAN_TARGETS.find((t) => t.year === year) ?? null;
  return { year, smesSupported: Number(rows[0]?.smes ?? 0), contractValue, target };
}

/** The year's voucher results and their Excel workbook, for the administration. */
export function createReportService({ db }: { db: Db }) {
  return {
    async year(actor: Actor | null, year: number) {
      authorize(actor, VOUCHER_ACTIONS.readReports);
      return { ...(await voucherYear(db, year)), progress: await voucherProgress(db, year) };
    },

    async workbook(actor: Actor | null, year: number) {
      authorize(actor, VOUCHER_ACTIONS.readReports);
      const r = await voucherYear(db, year);
      const wb = new ExcelJS.Workbook();
      const summary = wb.addWorksheet(`汇总 Summary ${r.year}`);
      summary.columns = [
        { header: '指标 Measure', key: 'k', width: 36 },
        { header: '数值 Value', key: 'v', width: 18 },
      ];
      summary.addRows([
        { k: '支持中小企业数 SMEs supported', v: r.smesSupported },
        { k: '服务合同额(元) Contract value', v: r.contractValue / 100 },
        { k: '发放张数 Vouchers issued', v: r.vouchersIssued },
        { k: '发放金额(元) Issued', v: r.issuedAmount / 100 },
        { k: '兑付金额(元) Redeemed', v: r.redeemedAmount / 100 },
        { k: '过期金额(元) Expired', v: r.expiredAmount / 100 },
      ]);
      for (const [title, list] of [
        ['按服务类别 By category', r.byCategory],
        ['按服务机构 By provider', r.byProvider],
      ] as const) {
        const sheet = wb.addWorksheet(title);
        sheet.columns = [
          { header: '名称 Name', key: 'name', width: 30 },
          { header: '兑付(元) Redeemed', key: 'redeemed', width: 16 },
          { header: '合同额(元) Contract value', key: 'contractValue', width: 18 },
        ];
        for (const g of list)
          sheet.addRow({ name: g.name, redeemed: g.redeemed / 100, contractValue: g.contractValue / 100 });
        sheet.getRow(1).font = { bold: true };
      }
      summary.getRow(1).font = { bold: true };
      return { name: datedXlsxName(`voucher-report-${r.year}`), body: Buffer.from(await wb.xlsx.writeBuffer()) };
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
