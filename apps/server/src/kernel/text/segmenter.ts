import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Chinese word segmentation (jieba) shared by the areas that search text: each area brings its domain dictionary
 * (`term frequency tag` per line) and gets a segmenter with jieba's general dictionary plus those terms, loaded once
 * per process and dictionary (the general dictionary takes about 0.2 s).
 */
const segmenters = new Map<string, Jieba>();

/** A new jieba with the general dictionary and a domain dictionary file (about 0.3 s). */
const jiebaWith = (dictionary: URL): Jieba => {
  const j = Jieba.withDict(dict);
  j.loadDict(readFileSync(dictionary));
  return j;
};

export function segmenterWith(dictionary: URL): Jieba {
  const key = dictionary.href;
  let j = segmenters.get(key);
  if (!j) {
    j = jiebaWith(dictionary);
    segmenters.set(key, j);
  }
  return j;
}

/** How often a term added at run time counts: the strongest words of the domain dictionaries', so that it wins. */
export const ADDED_TERM_FREQUENCY = 50_000;

/** Whether a word can be a dictionary entry and one search token: letters and digits only, two or more. */
export const isDictionaryWord = (w: string) => /^[\p{L}\p{N}]{2,}$/u.test(w);

/**
 * A segmenter with a domain dictionary file plus terms that change while the process runs (a table that
 * administrators edit), built on first use. New terms are loaded into the running instance (well under a
 * millisecond); a removed one needs a new instance (about 0.3 s, then swapped in), since jieba cannot forget a word:
 * a zero frequency keeps it out of the best cut but not out of full mode, which long words are also cut with.
 */
export function extensibleSegmenter(dictionary: URL) {
  let jieba: Jieba | undefined;
  let loaded = new Set<string>();
  const lines = (terms: Iterable<string>) =>
    Buffer.from([...terms].map((t) => `${t} ${ADDED_TERM_FREQUENCY} n\n`).join(''));
  return {
    get jieba(): Jieba {
      if (!jieba) jieba = jiebaWith(dictionary);
      return jieba;
    },
    /** The run-time terms in use, normalised. */
    get terms(): ReadonlySet<string> {
      return loaded;
    },
    /** Uses exactly these run-time terms (normalised; those that cannot be one token are left out). */
    setTerms(terms: Iterable<string>) {
      const next = new Set([...terms].map(normalise).filter(isDictionaryWord));
      const removed = [...loaded].some((t) => !next.has(t));
      if (removed || !jieba) {
        const j = jiebaWith(dictionary);
        if (next.size) j.loadDict(lines(next));
        jieba = j;
      } else {
        const added = [...next].filter((t) => !loaded.has(t));
        if (added.length) jieba.loadDict(lines(added));
      }
      loaded = next;
    },
  };
}
export type ExtensibleSegmenter = ReturnType<typeof extensibleSegmenter>;

/** The terms of a domain dictionary, normalised. */
export function dictionaryTerms(dictionary: URL): string[] {
  return readFileSync(dictionary, 'utf8')
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean)
    .map(normalise);
}

/** Full-width forms as half-width, lower case: how documents and queries are compared. */
export const normalise = (s: string) => s.normalize('NFKC').toLowerCase();

/** A run of letters and digits: what one search token is. */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;

/**
 * The search tokens of a text: jieba's search mode (overlapping: 科技型中小企业 also gives 科技, 中小, 企业, 科技型,
 * 小企业), lower case, punctuation and spaces dropped. Search mode adds only the two- and three-character words
 * inside a long one, so a word of four or more characters also brings every dictionary word in it (full mode):
 * 研发费用加计扣除 gives 研发费用 and 加计扣除 too, and 科技型中小企业 gives 中小企业, so that a search for the shorter
 * term finds the longer one. A token is a run of letters and digits only, so PostgreSQL's parser keeps it as one
 * lexeme and no token can be an operator of a tsquery.
 */
export function searchTokensWith(j: Jieba, text: string): string[] {
  if (!text.trim()) return [];
  const out: string[] = [];
  for (const token of j.cutForSearch(normalise(text), true))
    for (const run of token.match(WORD_RUN) ?? []) {
      out.push(run);
      if ([...run].length >= 4 && /\p{Script=Han}/u.test(run))
        for (const inner of j.cutAll(run)) if (inner !== run && [...inner].length >= 4) out.push(inner);
    }
  return out;
}

/** A lexeme quoted for to_tsquery (search tokens are letters and digits only; quoting is the second guard). */
export const quotedLexeme = (t: string) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The text of to_tsquery('simple', …) that needs every one (`&`) or any one (`|`) of the tokens. */
export const lexemeQuery = (tokens: readonly string[], op: '&' | '|') => tokens.map(quotedLexeme).join(` ${op} `);
