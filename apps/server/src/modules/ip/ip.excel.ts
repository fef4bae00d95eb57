import {
  IP_ACQUISITIONS,
  IP_KINDS,
  IP_LEGAL_STATUSES,
  type IpKind,
  type IpRecord,
  type IpRecordInputParsed,
  ipRecordInputSchema,
} from '@cz/shared';
import ExcelJS from 'exceljs';
import { zoneTimeCell } from '../../kernel/excel.ts';
import {
  type BilingualColumn,
  bilingualHeader,
  checkImportRow,
  type ImportError,
  parseImportWorkbook,
} from '../../kernel/excel-import.ts';

/** The import template's columns; the export starts with the same ones. */
const IMPORT_COLUMNS: BilingualColumn[] = [
  { key: 'kind', zh: '类型', en: 'Kind', width: 16, required: true },
  { key: 'number', zh: '申请号/登记号', en: 'Application / registration no.', width: 22, required: true },
  { key: 'title', zh: '名称', en: 'Title', width: 30, required: true },
  { key: 'holders', zh: '权利人(含共有人)', en: 'Holders (with co-holders)', width: 28 },
  { key: 'appliedOn', zh: '申请日', en: 'Filed on', width: 12, required: true },
  { key: 'grantedOn', zh: '授权/登记日', en: 'Granted / registered on', width: 12 },
  { key: 'expiresOn', zh: '届满日', en: 'Expires on', width: 12 },
  { key: 'legalStatus', zh: '法律状态', en: 'Legal status', width: 10, required: true },
  { key: 'acquisition', zh: '获得方式', en: 'Acquired by', width: 10, required: true },
  { key: 'feeDueOn', zh: '年费缴纳截止日', en: 'Annual fee due on', width: 14 },
];

const STATUS_ZH: Record<string, string> = { pending: '审中', valid: '有效', lapsed: '失效' };
const ACQUISITION_ZH: Record<string, string> = { own: '自主研发', transfer: '受让', licence: '许可' };
const VERIFICATION_ZH: Record<string, string> = { pending: '待核验', verified: '已核验', rejected: '已驳回' };

/** Cell words → codes: the Chinese and English labels and the codes themselves. */
function lookup<T extends string>(codes: readonly T[], labels: Record<string, { zh: string; en: string } | string>) {
  const m = new Map<string, T>();
  for (const code of codes) {
    const l = labels[code];
    m.set(code.toLowerCase(), code);
    if (typeof l === 'string') m.set(l, code);
    else if (l) {
      m.set(l.zh, code);
      m.set(l.en.toLowerCase(), code);
    }
  }
  return (v: string) => m.get(v) ?? m.get(v.toLowerCase());
}
const kindOf = lookup(Object.keys(IP_KINDS) as IpKind[], IP_KINDS);
const statusOf = lookup(IP_LEGAL_STATUSES, STATUS_ZH);
const acquisitionOf = lookup(IP_ACQUISITIONS, ACQUISITION_ZH);

export type { ImportError };
export type ParsedIpWorkbook = {
  rows: { row: number; value: IpRecordInputParsed }[];
  errors: ImportError[];
  total: number;
};

/** Reads the first sheet of an .xlsx (row 1 the header): every row checked as the form checks it. */
export function parseIpWorkbook(buffer: Buffer): Promise<ParsedIpWorkbook> {
  return parseImportWorkbook(buffer, IMPORT_COLUMNS, (row) => {
    const { raw } = row;
    const coded = <T>(key: string, read: (v: string) => T | undefined, code: string) => {
      const v = raw[key] ?? '';
      const found = v ? read(v) : undefined;
      if (!found) row.errors.push({ row: row.row, field: key, code, message: `“${v}” is not a known value` });
      return found;
    };
    const kind = coded('kind', kindOf, 'import.ip_kind');
    const legalStatus = coded('legalStatus', statusOf, 'import.ip_status');
    const acquisition = coded('acquisition', acquisitionOf, 'import.ip_acquisition');
    const candidate = {
      ...raw,
      kind,
      legalStatus,
      acquisition,
      grantedOn: raw.grantedOn || null,
      expiresOn: raw.expiresOn || null,
      feeDueOn: raw.feeDueOn || null,
    };
    return checkImportRow(ipRecordInputSchema, candidate, row, (_field, message) =>
      /^ip\.[a-z_]+$/.test(message) ? message : 'import.invalid',
    );
  });
}

export async function ipImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('知识产权 IP');
  bilingualHeader(sheet, IMPORT_COLUMNS);
  sheet.addRow([
    IP_KINDS.invention.zh,
    'ZL202310123456.6',
    '示例光伏组件封装方法',
    '示例科技有限公司',
    '2023-03-01',
    '2025-06-10',
    '2043-02-28',
    '有效',
    '自主研发',
    '2026-03-01',
  ]);
  const help = wb.addWorksheet('说明 Notes');
  help.columns = [{ width: 24 }, { width: 80 }];
  help.addRow([
    '类型 Kind',
    Object.values(IP_KINDS)
      .map((k) => k.zh)
      .join('、'),
  ]);
  help.addRow([
    '专利申请号 Patent no.',
    '12 位(或 2004 年前的 8 位)数字 + "." + 校验位，如 202310123456.6；可带 ZL/CN 前缀。12 digits (8 before 2004), "." and the check character.',
  ]);
  help.addRow(['法律状态 Legal status', '审中、有效、失效 (pending, valid, lapsed)']);
  help.addRow(['获得方式 Acquired by', '自主研发、受让、许可 (own, transfer, licence)']);
  help.addRow(['日期 Dates', 'YYYY-MM-DD']);
  help.addRow([
    '说明 Note',
    '删除示例行后填写；第 1 行为表头。导入的记录待管理员核验证书。Delete the sample row; imported records wait for verification.',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The export of a list: the template's columns, then class, verification and dates of the record. */
export async function ipExportWorkbook(items: IpRecord[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('知识产权 IP');
  bilingualHeader(sheet, [
    { key: 'id', zh: '编号', en: 'ID', width: 8 },
    { key: 'orgName', zh: '企业', en: 'Organisation', width: 28 },
    ...IMPORT_COLUMNS,
    { key: 'ipClass', zh: '类别', en: 'Class', width: 8 },
    { key: 'counted', zh: '计入评价', en: 'Counted', width: 10 },
    { key: 'verification', zh: '核验', en: 'Verification', width: 10 },
    { key: 'rejectReason', zh: '驳回原因', en: 'Rejection reason', width: 24 },
    { key: 'createdAt', zh: '登记时间', en: 'Registered at', width: 20 },
  ]);
  for (const r of items)
    sheet.addRow({
      ...r,
      kind: IP_KINDS[r.kind].zh,
      legalStatus: STATUS_ZH[r.legalStatus],
      acquisition: ACQUISITION_ZH[r.acquisition],
      ipClass: r.ipClass === 'I' ? 'Ⅰ类' : r.ipClass === 'II' ? 'Ⅱ类' : '—',
      counted: r.counted ? '是' : '否',
      verification: VERIFICATION_ZH[r.verification],
      rejectReason: r.rejectReason ?? '',
      grantedOn: r.grantedOn ?? '',
      expiresOn: r.expiresOn ?? '',
      feeDueOn: r.feeDueOn ?? '',
      createdAt: zoneTimeCell(r.createdAt),
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
