import {
  chineseNumber,
  findChineseDates,
  findDocNumber,
  halfWidth,
  normaliseDocNumber,
  type PolicyLevel,
} from '@cz/shared';

/** The fields read from a document's text, and the line its body starts after (the title's). */
export type Recognised = {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  level: PolicyLevel | null;
  issuedOn: string | null;
  effectiveFrom: string | null;
  expiresOn: string | null;
  /** Index (in `lines`) of the last line before the body: the title's, or -1 when there is no title. */
  titleLine: number;
};

/** How titles of Chinese official documents end (关于印发《…》的通知, …管理办法, …若干措施). */
const TITLE_END =
  /(通知|办法|意见|细则|规定|方案|公告|通告|决定|措施|指引|指南|政策|规划|计划|清单|目录|批复|条例|规则|通报|函|纲要|若干条)[》」）)]*$/;
/** How the names of issuing bodies end. */
const ISSUER_END = /(委员会|管委会|人民政府|政府|办公室|办公厅|厅|局|部|委|中心|院|总局|银行|协会)$/;
const DATE_ONLY = /^[\d〇零O一二三四五六七八九十年月日\s]+$/;

/** The level a document's issuer (or its 文号's agency code) says: 高新区 zone, 市 city, 省/晋 province, else national. */
export function levelOf(issuer: string | null, docNumber: string | null): PolicyLevel | null {
  const who = issuer ?? '';
  if (/高新区|高新技术产业开发区|开发区|管委会|示范区/.test(who)) return 'zone';
  if (/市/.test(who)) return 'city';
  if (/省|自治区|山西/.test(who)) return 'province';
  if (/国务院|中共中央|国家|全国|部$|部[\s、]|总局|中国人民银行|委员会$/.test(who)) return 'national';
  const agency = docNumber?.split('〔')[0] ?? '';
  if (/^(国发|国办|财税|财|税总|国科|工信|科技部|人社部)/.test(agency)) return 'national';
  if (/^晋/.test(agency)) return 'province';
  if (/^长高新/.test(agency)) return 'zone';
  if (/^长/.test(agency)) return 'city';
  return null;
}

/** The day before the same date `n` years later: the last day of a validity of n years (29 Feb → 28 Feb). */
function yearsLater(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y + n, m - 1, d));
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0);
  else t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

const isDateLine = (line: string) => DATE_ONLY.test(line) && findChineseDates(line).length === 1;

/**
 * Reads a document's header, dates and signature from its lines (trimmed, empty ones dropped): the title (the first
 * header line that ends like a title), the 文号, the issuer (the header's `…文件` line, the signature above the last
 * date, or the words before 关于 in the title), the date of issue (the signature's date), the effective date (自…起施行)
 * and the expiry (有效期至…, or 有效期N年 from the effective date).
 */
export function recogniseLines(lines: string[]): Recognised {
  const text = lines.join('\n');
  const header = lines.slice(0, 8);
  const docNumber = findDocNumber(text);
  const numberLine = lines.findIndex((l) => docNumber !== null && normaliseDocNumber(l) === docNumber);

  let issuer: string | null = null;
  const fileLine = header.findIndex((l) => /^\S{2,40}文件$/.test(l.replace(/\s+/g, '')));
  if (fileLine >= 0) issuer = (header[fileLine] as string).replace(/\s+/g, '').replace(/文件$/, '');

  const eligible = (l: string, i: number) =>
    i !== fileLine && i !== numberLine && !isDateLine(l) && !/^(主送|抄送|附件)[:：]/.test(l) && l.length <= 120;
  const endsLikeTitle = header.findIndex((l, i) => eligible(l, i) && TITLE_END.test(l));
  const titleLine =
    endsLikeTitle >= 0
      ? endsLikeTitle
      : header.findIndex((l, i) => eligible(l, i) && l.length <= 60 && !/[。；]$/.test(l));
  let title = titleLine >= 0 ? (lines[titleLine] as string) : null;
  // A long title broken over two lines: the first has its 关于, the second its end.
  const previous = lines[titleLine - 1];
  if (
    title &&
    previous &&
    eligible(previous, titleLine - 1) &&
    /关于/.test(previous) &&
    !/关于/.test(title) &&
    !/[。；：:，,]$/.test(previous) &&
    `${previous}${title}`.length <= 120
  )
    title = `${previous}${title}`;

  // The signature: the last line that is only a date, and the line above it.
  let issuedOn: string | null = null;
  for (let i = lines.length - 1; i > titleLine; i--) {
    const line = lines[i] as string;
    if (!isDateLine(line)) continue;
    issuedOn = findChineseDates(line)[0]?.date ?? null;
    const above = lines[i - 1];
    if (!issuer && above && i - 1 > titleLine && above.length <= 40 && !/[。；，：,;:]$/.test(above))
      issuer = above.replace(/\s+/g, ' ');
    break;
  }
  if (!issuedOn) {
    const labelled = /(?:印发|发布|成文|发文)日期[:：]?\s*(.+)$/m.exec(text);
    issuedOn = labelled ? (findChineseDates(labelled[1] as string)[0]?.date ?? null) : null;
  }
  if (!issuedOn) {
    const headerDate = header.find((l) => isDateLine(l));
    issuedOn = headerDate ? (findChineseDates(headerDate)[0]?.date ?? null) : null;
  }
  if (!issuer) {
    const labelled = /(?:发文机关|发布机构|发文单位|印发单位)[:：]\s*(\S{2,40})/.exec(text);
    if (labelled) issuer = labelled[1] as string;
  }
  if (!issuer && title) {
    const before = /^(.{2,40}?)关于/.exec(title)?.[1]?.replace(/\s+/g, '');
    if (before && ISSUER_END.test(before)) issuer = before;
  }

  const flat = halfWidth(text);
  const dateAt = (at: number) => findChineseDates(flat.slice(at, at + 24))[0];
  let effectiveFrom: string | null = null;
  const from = /自\s*(?=[\d〇零一二三四五六七八九]{4}\s*年)/.exec(flat);
  if (from) {
    const d = dateAt(from.index + from[0].length);
    if (d && /^\s*起/.test(flat.slice(from.index + from[0].length + d.end))) effectiveFrom = d.date;
  }
  if (!effectiveFrom && /自(印发|发布|公布)之日起(施行|执行|实施|生效)/.test(flat)) effectiveFrom = issuedOn;

  let expiresOn: string | null = null;
  const until = /有效期(?:至|到|截至|截止到?)\s*/.exec(flat);
  if (until) expiresOn = dateAt(until.index + until[0].length)?.date ?? null;
  const years = /有效期(?:为)?\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*年/.exec(flat);
  const start = effectiveFrom ?? issuedOn;
  if (!expiresOn && years && start) {
    const n = chineseNumber(years[1] as string);
    if (Number.isInteger(n) && n > 0) expiresOn = yearsLater(start, n);
  }

  return {
    title,
    docNumber,
    issuer,
    level: levelOf(issuer, docNumber),
    issuedOn,
    effectiveFrom,
    expiresOn,
    titleLine,
  };
}
