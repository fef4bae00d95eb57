import { INDUSTRY_CHAINS, INDUSTRY_SECTIONS, type OrgInputParsed, orgInputSchema, PARKS, usccSchema } from '@cz/shared';
import ExcelJS from 'exceljs';
import { zoneTimeCell } from '../../kernel/excel.ts';
import {
  type BilingualColumn,
  bilingualHeader,
  checkImportRow,
  type ImportError,
  parseImportWorkbook,
} from '../../kernel/excel-import.ts';
import type { OrgRow } from './org.table.ts';

/** Import template and export share these columns; the header row carries both languages. */
const IMPORT_COLUMNS: BilingualColumn[] = [
  { key: 'name', zh: '企业名称', en: 'Name', width: 30, required: true },
  { key: 'uscc', zh: '统一社会信用代码', en: 'USCC', width: 22, required: true },
  { key: 'legalRep', zh: '法定代表人', en: 'Legal representative', width: 12 },
  { key: 'contactName', zh: '联系人', en: 'Contact', width: 12 },
  { key: 'contactPhone', zh: '联系电话', en: 'Phone', width: 15 },
  { key: 'address', zh: '地址', en: 'Address', width: 30 },
  { key: 'park', zh: '园区', en: 'Park', width: 16 },
  { key: 'industry', zh: '行业门类(A–T)', en: 'Industry section (A–T)', width: 12 },
  { key: 'industryChain', zh: '产业链', en: 'Industry chain', width: 12 },
  { key: 'foundedOn', zh: '成立日期', en: 'Founded on', width: 12 },
  { key: 'registeredCapital', zh: '注册资本(万元)', en: 'Registered capital (10k yuan)', width: 14 },
  { key: 'isAboveScale', zh: '规上企业(是/否)', en: 'Above designated size (Y/N)', width: 10 },
  { key: 'hteCertNo', zh: '高企证书编号', en: 'HTE certificate no.', width: 18 },
  { key: 'hteValidFrom', zh: '高企有效期起', en: 'HTE valid from', width: 12 },
  { key: 'hteValidTo', zh: '高企有效期止', en: 'HTE valid to', width: 12 },
  { key: 'tsmeRegNo', zh: '科技型中小企业登记编号', en: 'TSME registration no.', width: 20 },
  { key: 'isSpecialized', zh: '专精特新(是/否)', en: 'Specialised SME (Y/N)', width: 10 },
];

const chainByName = new Map<string, string>(
  Object.entries(INDUSTRY_CHAINS).flatMap(([code, n]) => [
    [n.zh, code],
    [n.en.toLowerCase(), code],
    [code, code],
  ]),
);

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

export type { ImportError };

/** Reads the first sheet of an .xlsx; row 1 is the header. Returns parsed rows and every problem found. */
export type ParsedWorkbook = {
  rows: { row: number; value: OrgInputParsed }[];
  /** Every well-formed USCC with its row, also of rows with other problems, for the duplicate checks. */
  codes: { row: number; uscc: string }[];
  errors: ImportError[];
  total: number;
};

export async function parseOrgWorkbook(buffer: Buffer): Promise<ParsedWorkbook> {
  const codes: { row: number; uscc: string }[] = [];
  const parsed = await parseImportWorkbook(
    buffer,
    IMPORT_COLUMNS,
    (row) => {
      const { raw, row: rowNumber, errors: rowErrors } = row;
      const flag = (key: string) => {
        const v = (raw[key] ?? '').toLowerCase();
        if (YES.has(v)) return true;
        if (NO.has(v)) return false;
        rowErrors.push({ row: rowNumber, field: key, code: 'import.flag', message: `“${raw[key]}” is not 是/否` });
        return false;
      };
      const capital = raw.registeredCapital ? Number(raw.registeredCapital.replace(/,/g, '')) : null;
      if (capital !== null && (!Number.isFinite(capital) || capital < 0)) {
        rowErrors.push({
          row: rowNumber,
          field: 'registeredCapital',
          code: 'import.number',
          message: `“${raw.registeredCapital}” is not an amount`,
        });
      }
      const chain = raw.industryChain ? chainByName.get(raw.industryChain.toLowerCase()) : undefined;
      if (raw.industryChain && !chain) {
        rowErrors.push({
          row: rowNumber,
          field: 'industryChain',
          code: 'import.industry_chain',
          message: `unknown industry chain “${raw.industryChain}”`,
        });
      }
      const candidate = {
        kind: 'enterprise',
        name: raw.name,
        uscc: raw.uscc,
        legalRep: raw.legalRep,
        contactName: raw.contactName,
        contactPhone: raw.contactPhone,
        address: raw.address,
        park: raw.park,
        industry: raw.industry ? raw.industry.toUpperCase() : null,
        industryChain: chain ?? null,
        foundedOn: raw.foundedOn || null,
        registeredCapital:
          capital !== null && Number.isFinite(capital) && capital >= 0 ? Math.round(capital * 1_000_000) : null,
        isAboveScale: flag('isAboveScale'),
        hteCertNo: raw.hteCertNo,
        hteValidFrom: raw.hteValidFrom || null,
        hteValidTo: raw.hteValidTo || null,
        tsmeRegNo: raw.tsmeRegNo,
        isSpecialized: flag('isSpecialized'),
      };
      const uscc = usccSchema.safeParse(candidate.uscc);
      if (uscc.success) codes.push({ row: rowNumber, uscc: uscc.data });
      return checkImportRow(orgInputSchema, candidate, row, (field) =>
        field === 'uscc' ? 'org.invalid_uscc' : 'import.invalid',
      );
    },
    // Hyperlink and rich-text cells of this template have always been read untrimmed.
    { trimFormatted: false },
  );
  return { ...parsed, codes };
}

export async function orgImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('企业 Enterprises');
  bilingualHeader(sheet, IMPORT_COLUMNS);
  sheet.addRow([
    '示例科技有限公司',
    '91140400MA0XXXXXXX (18 位 / 18 characters)',
    '示例甲',
    '示例乙',
    '0355-0000000',
    '长治高新区示例路1号',
    PARKS[0],
    'C',
    INDUSTRY_CHAINS.photovoltaic.zh,
    '2018-05-20',
    500,
    '否',
    '',
    '',
    '',
    '',
    '否',
  ]);
  const help = wb.addWorksheet('说明 Notes');
  help.columns = [{ width: 24 }, { width: 70 }];
  help.addRow([
    '行业门类 Industry section',
    Object.entries(INDUSTRY_SECTIONS)
      .map(([k, v]) => `${k} ${v.zh}`)
      .join('；'),
  ]);
  help.addRow([
    '产业链 Industry chain',
    Object.values(INDUSTRY_CHAINS)
      .map((v) => v.zh)
      .join('、'),
  ]);
  help.addRow(['园区 Park', PARKS.join('、')]);
  help.addRow(['日期 Dates', 'YYYY-MM-DD']);
  help.addRow(['说明 Note', '删除示例行后填写；第 1 行为表头。Delete the sample row; row 1 is the header.']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const KIND_ZH: Record<string, string> = {
  enterprise: '企业',
  provider: '服务机构',
  finance: '金融机构',
  university: '高校院所',
  incubator: '孵化载体',
};
const STATUS_ZH: Record<string, string> = { pending: '待审核', verified: '已认证', rejected: '已驳回' };

/** Writes the export workbook row batch by row batch; phones are masked unless `showPhones`. */
export async function orgExportWorkbook(
  batches: AsyncIterable<OrgRow[]>,
  opts: { showPhones: boolean; mask: (p: string | null) => string | null },
) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('机构 Organisations');
  const columns: BilingualColumn[] = [
    { key: 'id', zh: '编号', en: 'ID', width: 8 },
    { key: 'kind', zh: '类型', en: 'Kind', width: 10 },
    ...IMPORT_COLUMNS,
    { key: 'status', zh: '状态', en: 'Status', width: 10 },
    { key: 'createdAt', zh: '登记时间', en: 'Registered at', width: 20 },
  ];
  bilingualHeader(sheet, columns);
  for await (const rows of batches) {
    for (const r of rows) {
      sheet.addRow({
        ...r,
        kind: KIND_ZH[r.kind] ?? r.kind,
        industryChain: r.industryChain
          ? (INDUSTRY_CHAINS[r.industryChain as keyof typeof INDUSTRY_CHAINS]?.zh ?? r.industryChain)
          : '',
        contactPhone: opts.showPhones ? r.contactPhone : opts.mask(r.contactPhone),
        registeredCapital: r.registeredCapital === null ? null : r.registeredCapital / 1_000_000,
        isAboveScale: r.isAboveScale ? '是' : '否',
        isSpecialized: r.isSpecialized ? '是' : '否',
        status: STATUS_ZH[r.status] ?? r.status,
        createdAt: zoneTimeCell(r.createdAt),
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
