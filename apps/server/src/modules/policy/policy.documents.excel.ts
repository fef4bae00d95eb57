import {
  INDUSTRY_CODES,
  INDUSTRY_SECTIONS,
  type IndustrySection,
  POLICY_ENTERPRISE_KIND_CODES,
  POLICY_ENTERPRISE_KINDS,
  POLICY_LEVEL_CODES,
  POLICY_LEVELS,
  POLICY_SUPPORT_KIND_CODES,
  POLICY_SUPPORT_KINDS,
  type PolicyDocState,
  type PolicyDocumentRow,
} from '@cz/shared';
import ExcelJS from 'exceljs';
import { zoneTimeCell } from '../../kernel/excel.ts';
import { type BilingualColumn, bilingualHeader } from '../../kernel/excel-import.ts';

/** The import template's columns: one document per row. Lists are separated by 、 , ; or new lines. */
export const POLICY_IMPORT_COLUMNS: BilingualColumn[] = [
  { key: 'title', zh: '标题', en: 'Title', width: 40, required: true },
  { key: 'docNumber', zh: '文号', en: 'Document number', width: 22 },
  { key: 'issuer', zh: '发文机关', en: 'Issuer', width: 24, required: true },
  { key: 'level', zh: '层级', en: 'Level', width: 10, required: true },
  { key: 'issuedOn', zh: '发布日期', en: 'Issued on', width: 14 },
  { key: 'effectiveFrom', zh: '施行日期', en: 'Effective from', width: 14 },
  { key: 'expiresOn', zh: '有效期至', en: 'Expires on', width: 14 },
  { key: 'department', zh: '责任部门', en: 'Responsible department', width: 16 },
  { key: 'supportKinds', zh: '支持方式', en: 'Support', width: 18 },
  { key: 'enterpriseKinds', zh: '适用对象', en: 'For', width: 22 },
  { key: 'industries', zh: '行业门类', en: 'Industries (GB/T 4754)', width: 16 },
  { key: 'topics', zh: '专题', en: 'Topics', width: 16 },
  { key: 'body', zh: '正文', en: 'Full text', width: 60 },
  { key: 'interpretation', zh: '政策解读', en: 'Interpretation', width: 50 },
  { key: 'faq', zh: '常见问题(问：…答：…)', en: 'FAQ (问：… 答：…)', width: 40 },
];

const STATE_ZH: Record<PolicyDocState, string> = {
  draft: '草稿',
  published: '有效',
  expired: '已失效',
  repealed: '已废止',
};

/** Cell words → codes: Chinese and English labels and the codes themselves. */
function lookup<T extends string>(codes: readonly T[], labels: Record<T, { zh: string; en: string }>) {
  const m = new Map<string, T>();
  for (const code of codes) {
    m.set(code.toLowerCase(), code);
    m.set(labels[code].zh, code);
    m.set(labels[code].en.toLowerCase(), code);
  }
  return (v: string) => m.get(v.trim()) ?? m.get(v.trim().toLowerCase());
}
export const levelOfCell = (() => {
  const base = lookup(POLICY_LEVEL_CODES, POLICY_LEVELS);
  const more: Record<string, (typeof POLICY_LEVEL_CODES)[number]> = {
    国家: 'national',
    国家级: 'national',
    省: 'province',
    省级: 'province',
    市: 'city',
    市级: 'city',
    区: 'zone',
    区级: 'zone',
    高新区: 'zone',
  };
  return (v: string) => base(v) ?? more[v.trim()];
})();
export const supportKindOfCell = lookup(POLICY_SUPPORT_KIND_CODES, POLICY_SUPPORT_KINDS);
export const enterpriseKindOfCell = lookup(POLICY_ENTERPRISE_KIND_CODES, POLICY_ENTERPRISE_KINDS);
export const industryOfCell = (() => {
  const base = lookup(INDUSTRY_CODES, INDUSTRY_SECTIONS);
  return (v: string) =>
    base(v) ?? (/^[A-Ta-t]$/.test(v.trim()) ? (v.trim().toUpperCase() as IndustrySection) : undefined);
})();

/**
 * The sections of an industries cell: names first (some have 、 inside, 信息传输、软件和信息技术服务业), then the
 * rest split as a list; `unknown` gets what is neither.
 */
export function industriesOfCell(v: string, unknown: (item: string) => void): IndustrySection[] {
  let rest = v;
  const out: IndustrySection[] = [];
  for (const code of INDUSTRY_CODES)
    if (rest.includes(INDUSTRY_SECTIONS[code].zh)) {
      out.push(code);
      rest = rest.replace(INDUSTRY_SECTIONS[code].zh, ' ');
    }
  for (const item of listCell(rest)) {
    const code = industryOfCell(item);
    if (code) out.push(code);
    else unknown(item);
  }
  return [...new Set(out)].sort();
}

/** The items of a list cell. */
export const listCell = (v: string) =>
  v
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export async function policyImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('政策文件 Policies');
  bilingualHeader(sheet, POLICY_IMPORT_COLUMNS);
  sheet.addRow([
    '示例关于印发《长治高新区示例科技创新券管理办法》的通知',
    '示例长高新发〔2026〕1号',
    '示例长治高新区管理委员会',
    '区级',
    '2026年3月1日',
    '2026-03-01',
    '2028-02-29',
    '科技创新部',
    '资金补贴',
    '科技型中小企业、初创企业',
    'M、I',
    '创新券',
    '第一条 为鼓励企业购买科技服务……',
    '科技型中小企业购买检验检测等服务，可用创新券抵扣部分费用。',
    '问：谁可以申领？\n答：在高新区注册的科技型中小企业。',
  ]);
  const help = wb.addWorksheet('说明 Notes');
  help.columns = [{ width: 24 }, { width: 90 }];
  help.addRow(['层级 Level', '国家级、省级、市级、区级 (national, province, city, zone)']);
  help.addRow([
    '支持方式 Support',
    Object.values(POLICY_SUPPORT_KINDS)
      .map((k) => k.zh)
      .join('、'),
  ]);
  help.addRow([
    '适用对象 For',
    Object.values(POLICY_ENTERPRISE_KINDS)
      .map((k) => k.zh)
      .join('、'),
  ]);
  help.addRow(['行业门类 Industries', 'GB/T 4754 门类字母 A–T 或门类名称，如 C、制造业 (section letters or names)']);
  help.addRow(['日期 Dates', '2026-03-01 或 2026年3月1日 (YYYY-MM-DD or the Chinese form)']);
  help.addRow(['文号 Number', '如 长高新发〔2026〕12号；同一发文机关的文号不能重复 (unique per issuer)']);
  help.addRow([
    '说明 Note',
    '删除示例行后填写，每行一份文件；预览后确认导入，导入的文件为草稿，发布后公开。Delete the sample row; imported documents are drafts until published.',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The administration's list as Excel. */
export async function policyExportWorkbook(items: PolicyDocumentRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('政策文件 Policies');
  bilingualHeader(sheet, [
    { key: 'id', zh: '编号', en: 'ID', width: 8 },
    { key: 'title', zh: '标题', en: 'Title', width: 44 },
    { key: 'docNumber', zh: '文号', en: 'Document number', width: 22 },
    { key: 'issuer', zh: '发文机关', en: 'Issuer', width: 24 },
    { key: 'level', zh: '层级', en: 'Level', width: 10 },
    { key: 'department', zh: '责任部门', en: 'Responsible department', width: 16 },
    { key: 'issuedOn', zh: '发布日期', en: 'Issued on', width: 12 },
    { key: 'expiresOn', zh: '有效期至', en: 'Expires on', width: 12 },
    { key: 'state', zh: '状态', en: 'State', width: 10 },
    { key: 'supportKinds', zh: '支持方式', en: 'Support', width: 20 },
    { key: 'publishedAt', zh: '发布时间', en: 'Published at', width: 20 },
    { key: 'updatedAt', zh: '更新时间', en: 'Updated at', width: 20 },
  ]);
  for (const r of items)
    sheet.addRow({
      ...r,
      docNumber: r.docNumber ?? '',
      level: POLICY_LEVELS[r.level].zh,
      issuedOn: r.issuedOn ?? '',
      expiresOn: r.expiresOn ?? '',
      state: STATE_ZH[r.state],
      supportKinds: r.supportKinds.map((k) => POLICY_SUPPORT_KINDS[k].zh).join('、'),
      publishedAt: zoneTimeCell(r.publishedAt),
      updatedAt: zoneTimeCell(r.updatedAt),
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
