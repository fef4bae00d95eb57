import { type SQL, sql } from 'drizzle-orm';
import { extensibleSegmenter, searchTokensWith } from '../../kernel/text/segmenter.ts';

/**
 * The market's words: jieba with the market's domain dictionary (光伏, 炭基新材料, 电子信息, 装备制造, 大健康 terms
 * that the general dictionary splits: 异质结, 针状焦, 硅碳负极, 液压支架…), plus the administration's terms and the
 * synonym table's words (match-words.ts loads them and rebuilds the vectors when they change).
 */
export const MARKET_DICTIONARY = new URL('./market.dict.txt', import.meta.url);

/** One segmenter per process, used by every request; its run-time terms are those of `marketWordsVersion()`. */
const segmenter = extensibleSegmenter(MARKET_DICTIONARY);
let wordsVersion = 0;
/** The database whose words those are: a process that serves another database (tests do) reads its own. */
let wordsSource: object | null = null;

/**
 * The version of the match's words this process segments with (0: the file's words only, nothing loaded yet); asked
 * for a database whose words these are not, -1, so that any version of its own is newer.
 */
export const marketWordsVersion = (source?: object) =>
  source === undefined || source === wordsSource ? wordsVersion : -1;

/** Segments with the file's words plus these (the terms and synonyms of `version` in the database `source`). */
export function useMarketWords(version: number, terms: Iterable<string>, source?: object) {
  segmenter.setTerms(terms);
  wordsVersion = version;
  wordsSource = source ?? null;
}

/**
 * Words every listing of the market uses whatever it is about (成果, 需求, 技术, 寻求…; 示例 of the demo's texts):
 * sharing them says nothing about a need and an achievement being about the same thing.
 */
export const MARKET_STOPWORDS = new Set([
  '示例',
  '成果',
  '需求',
  '技术',
  '寻求',
  '企业',
  '方法',
  '方案',
  '研究',
  '开发',
  '应用',
  '实现',
  '提供',
  '进行',
  '可以',
  '以及',
  '相关',
  '面向',
  '用于',
  '适用',
  '目前',
  '现有',
  '希望',
  '需要',
  '问题',
  '合作',
  '转化',
  '对接',
  '服务',
  '园区',
  '完成',
  '关键',
  '指标',
  '测试',
  '成套',
  '形成',
  '围绕',
  '开展',
  '一种',
  '以下',
  '以上',
  '不低',
  '低于',
  '高于',
  '不低于',
  '达到',
  '具有',
  '通过',
  '能够',
  '采用',
  '基于',
  '主要',
  '包括',
]);

/**
 * The words of a text the match compares: jieba's search tokens, without single characters, bare numbers and the
 * market's stop words (a shared 的, 200 or 技术 says nothing about two texts being about the same thing).
 */
export function matchTokens(text: string): string[] {
  return searchTokensWith(segmenter.jieba, text).filter(
    (t) => [...t].length >= 2 && !/^\d+(\.\d+)?$/.test(t) && !MARKET_STOPWORDS.has(t),
  );
}

/** What an achievement's match vector is built from. */
export type AchievementText = {
  title: string;
  keywords: readonly string[];
  summary: string;
  maturityEvidence: string;
};

/** The tokens of an achievement's sections: A its title and keywords, B its summary, C its maturity evidence. */
export function achievementMatchTokens(a: AchievementText) {
  return {
    A: matchTokens(`${a.title}\n${a.keywords.join('\n')}`),
    B: matchTokens(a.summary),
    C: matchTokens(a.maturityEvidence),
  };
}

/**
 * An achievement's match vector: A its title and keywords, B its summary, C its maturity evidence, each token as a
 * lexeme of PostgreSQL's 'simple' configuration; and its token count, BM25's document length.
 */
export function achievementMatchVector(a: AchievementText): { matchVector: SQL; matchLength: number } {
  const { A, B, C } = achievementMatchTokens(a);
  return {
    matchVector: sql`setweight(to_tsvector('simple', ${A.join(' ')}), 'A') || setweight(to_tsvector('simple', ${B.join(' ')}), 'B') || setweight(to_tsvector('simple', ${C.join(' ')}), 'C')`,
    matchLength: A.length + B.length + C.length,
  };
}

/**
 * The match vector and length of an achievement's text, as column values of an insert or update, with the version of
 * the words it was built with (an older one is built again by the re-index job).
 */
export function achievementMatchColumns(a: AchievementText) {
  const matchVersion = wordsVersion;
  const { matchVector, matchLength } = achievementMatchVector(a);
  return { matchVector: matchVector as unknown as string, matchLength, matchVersion };
}

/**
 * A need's words with their weight in the query: each occurrence counts, its title's and keywords' twice, capped at
 * three (a word repeated throughout a summary is what it is about, but not without end). Confidential details are
 * left out: the reasons shown to the other side must not quote them.
 */
export function needQueryWords(n: {
  title: string;
  keywords: readonly string[];
  summary: string;
  targets: readonly { indicator: string }[];
}): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (tokens: string[], w: number) => {
    for (const t of tokens) weights.set(t, Math.min(3, (weights.get(t) ?? 0) + w));
  };
  add(matchTokens(`${n.title}\n${n.keywords.join('\n')}`), 2);
  add(matchTokens(`${n.summary}\n${n.targets.map((x) => x.indicator).join('\n')}`), 1);
  return weights;
}
