import {
  INDUSTRY_SECTIONS,
  type IndustrySection,
  POLICY_ENTERPRISE_KINDS,
  POLICY_SUPPORT_KINDS,
  type PolicyEnterpriseKind,
  type PolicyFaq,
  type PolicySupportKind,
  type SnippetPart,
} from '@cz/shared';
import { type SQL, sql } from 'drizzle-orm';
import {
  dictionaryTerms,
  lexemeQuery,
  normalise,
  searchTokensWith,
  segmenterWith,
  WORD_RUN,
} from '../../kernel/text/segmenter.ts';

/**
 * The domain dictionary: terms of Chinese innovation policy that jieba's general dictionary splits or misses
 * (科技型中小企业, 加计扣除, 揭榜挂帅…), one per line as `term frequency tag`. Long terms get a high frequency so
 * that they win; two-character ones a modest one, so that 提高企业 stays 提高 / 企业 and does not yield 高企.
 */
export const DOMAIN_DICTIONARY = new URL('./policy.search.dict.txt', import.meta.url);

let terms: string[] | undefined;

/** The segmenter with the policy terms (kernel/text/segmenter.ts). */
const segmenter = () => segmenterWith(DOMAIN_DICTIONARY);

/** The terms of the domain dictionary, normalised. */
export function domainTerms(): string[] {
  terms ??= dictionaryTerms(DOMAIN_DICTIONARY);
  return terms;
}

export { normalise };

/** The search tokens of a text (kernel/text/segmenter.ts says how), with the policy terms. */
export const searchTokens = (text: string): string[] => searchTokensWith(segmenter(), text);

/** What the vector is built from. */
export type SearchSource = {
  title: string;
  docNumber: string | null;
  issuer: string;
  industries: readonly IndustrySection[];
  enterpriseKinds: readonly PolicyEnterpriseKind[];
  supportKinds: readonly PolicySupportKind[];
  topics: readonly string[];
  interpretationText: string;
  faq: readonly PolicyFaq[];
  bodyText: string;
};

/** The words of a document's tags, in Chinese as readers search for them. */
export function tagWords(
  d: Pick<SearchSource, 'industries' | 'enterpriseKinds' | 'supportKinds' | 'topics'>,
): string[] {
  return [
    ...d.supportKinds.map((k) => POLICY_SUPPORT_KINDS[k].zh),
    ...d.enterpriseKinds.map((k) => POLICY_ENTERPRISE_KINDS[k].zh),
    ...d.industries.map((k) => INDUSTRY_SECTIONS[k].zh),
    ...d.topics,
  ];
}

/**
 * How many tokens of the full text the rank vector keeps (its opening, where a document says what it is for), and of
 * the 解读 and FAQ. Being bounded, the rank vector needs no length normalisation: ts_rank runs with 0, which spares
 * counting every position of every match (a third of a broad query's time).
 */
export const RANK_BODY_TOKENS = 40;
export const RANK_PLAIN_TOKENS = 120;

/**
 * The `search` column: the tokens of each part space-joined and weighted, A the title, 文号 and issuer, B the tags, C
 * the 解读 and FAQ, D the full text, in PostgreSQL's 'simple' configuration (which keeps each token as it is). And
 * `rank_vector`, the same but for the full text's opening only: ranking reads it for every match, and a broad query
 * (企业) matches thousands; ranking the full vectors took three times as long (docs/PERFORMANCE.md).
 */
export function searchVectorsOf(d: SearchSource): { search: SQL; rank: SQL } {
  const part = (...texts: string[]) => searchTokens(texts.join('\n')).join(' ');
  const a = part(d.title, d.docNumber ?? '', d.issuer);
  const b = part(...tagWords(d));
  const plain = searchTokens([d.interpretationText, ...d.faq.flatMap((f) => [f.question, f.answer])].join('\n'));
  const body = searchTokens(d.bodyText);
  const vector = (c: string[], dd: string[]) =>
    sql`setweight(to_tsvector('simple', ${a}), 'A') || setweight(to_tsvector('simple', ${b}), 'B') || setweight(to_tsvector('simple', ${c.join(' ')}), 'C') || setweight(to_tsvector('simple', ${dd.join(' ')}), 'D')`;
  return {
    search: vector(plain, body),
    rank: vector(plain.slice(0, RANK_PLAIN_TOKENS), body.slice(0, RANK_BODY_TOKENS)),
  };
}

export type ParsedQuery = {
  /** The text of to_tsquery('simple', …): every token of the query, AND-ed. */
  tsquery: string;
  /**
   * What ranking uses: the `terms` AND-ed. A document that has a term has the tokens inside it at the same places,
   * so ranking by them too only repeats the score, at the cost of reading every position of every short word.
   */
  rankQuery: string;
  /**
   * The words to show matched, longest first: the tokens not inside a longer token of the query (for 加计扣除 that
   * is 加计扣除 alone, not 加计 and 扣除, which every match has too).
   */
  terms: string[];
};

/** A query tokenised as documents are; null when it has no word at all (only punctuation or operators). */
export function parseQuery(q: string): ParsedQuery | null {
  const tokens = [...new Set(searchTokens(q))];
  if (tokens.length === 0) return null;
  const terms = tokens
    .filter((t) => !tokens.some((u) => u !== t && u.includes(t)))
    .sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  return { tsquery: lexemeQuery(tokens, '&'), rankQuery: lexemeQuery(terms, '&'), terms };
}

/** A tsquery matching any of the words (for related documents). */
export const anyOf = (words: readonly string[]) => lexemeQuery(words, '|');

/** The weights of ts_rank, in PostgreSQL's order {D, C, B, A}. */
export const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

const TITLE_STOP_WORDS = new Set(
  '关于 印发 通知 办法 实施 细则 意见 若干 措施 管理 暂行 试行 修订 有关 工作 进一步 加快 推进 促进 支持 做好 开展 通告 公告 决定 方案 政策 规定 文件 示例 年度 长治 高新区 长治高新区 山西省 国家'.split(
    ' ',
  ),
);

/**
 * A document's key words for finding related ones: the domain terms it uses most (the title counting three times),
 * then the words of its title, ten at most.
 */
export function keyTermsOf(d: { title: string; interpretationText: string; bodyText: string }): string[] {
  const title = normalise(d.title);
  const text = `${title}\n${title}\n${title}\n${normalise(d.interpretationText)}\n${normalise(d.bodyText.slice(0, 20_000))}`;
  const counted = domainTerms()
    .map((t) => ({ t, n: text.split(t).length - 1 }))
    .filter((x) => x.n > 0 && !TITLE_STOP_WORDS.has(x.t))
    .sort((x, y) => y.n - x.n || y.t.length - x.t.length);
  const out: string[] = counted.slice(0, 6).map((x) => x.t);
  for (const token of segmenter().cut(title, true))
    for (const run of token.match(WORD_RUN) ?? [])
      if (run.length >= 2 && !/^\d+$/.test(run) && !TITLE_STOP_WORDS.has(run) && !out.includes(run)) out.push(run);
  return out.slice(0, 10);
}

/**
 * The text normalised, character for character: normalising may change a character's length (rarely: ½, ㈠), and
 * then it is kept as it is, so that places in the normalised text are places in the text.
 */
function normalisedPerChar(text: string): string {
  const whole = normalise(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const c of text) {
    const n = normalise(c);
    out += n.length === c.length ? n : c;
  }
  return out;
}

/**
 * A snippet of `text` around the first place any of `terms` occurs, with every occurrence in it marked (`hit`);
 * the start of the text when none does. `offset` says whether the text was cut before (a leading …).
 */
export function snippetOf(
  text: string,
  terms: readonly string[],
  opts: { length?: number; before?: number; cutBefore?: boolean; cutAfter?: boolean } = {},
): SnippetPart[] {
  const length = opts.length ?? 120;
  const before = opts.before ?? 24;
  const flat = text.replace(/\s+/g, ' ');
  const lower = normalisedPerChar(flat);
  const ranges: [number, number][] = [];
  for (const t of terms) {
    if (!t) continue;
    for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) ranges.push([at, at + t.length]);
  }
  ranges.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const first = merged[0];
  const start = first ? Math.max(0, first[0] - before) : 0;
  const end = Math.min(flat.length, Math.max(start + length, first ? first[1] : 0));
  const parts: SnippetPart[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += s;
    else parts.push({ text: s, hit });
  };
  if (start > 0 || opts.cutBefore) push('…', false);
  let at = start;
  for (const [s, e] of merged) {
    if (e <= start || s >= end) continue;
    push(flat.slice(at, Math.max(at, s)), false);
    push(flat.slice(Math.max(at, s), Math.min(e, end)), true);
    at = Math.min(e, end);
  }
  push(flat.slice(at, end), false);
  if (end < flat.length || opts.cutAfter) push('…', false);
  return parts;
}
