import { sql } from 'drizzle-orm';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of a Chinese (or mixed) text, lower-cased, for a 'simple' tsvector: no server-side Chinese parser needed. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (s.isWordLike) out.push(s.segment.toLowerCase().replace(/[':&|!()\\]/g, ''));
  }
  return out.filter(Boolean);
}

/** A tsvector of the given texts, weighted A for the first (the title) and B for the rest. */
export function searchVector(title: string, ...rest: string[]) {
  const a = words(title).join(' ');
  const b = words(rest.join(' ')).join(' ');
  return sql`setweight(to_tsvector('simple', ${a}), 'A') || setweight(to_tsvector('simple', ${b}), 'B')`;
}

/** A tsquery that needs every word of the query (prefix match on each), or null for an empty query. */
export function searchQuery(q: string) {
  const w = words(q);
  if (w.length === 0) return null;
  return sql`to_tsquery('simple', ${w.map((x) => `${x}:*`).join(' & ')})`;
}

/** `%q%` with LIKE wildcards escaped, so that a user's % or _ is matched literally. */
export const likeFragment = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
