import type {
  IndustrySection,
  PolicyDocStatus,
  PolicyEnterpriseKind,
  PolicyLevel,
  PolicySupportKind,
} from '@cz/shared';
import { and, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/connection.ts';
import { filterConditions, type PolicyFilter } from './policy.documents.repository.ts';
import { policyDocuments } from './policy.documents.table.ts';
import { type ParsedQuery, RANK_WEIGHTS } from './policy.search.ts';

const d = policyDocuments;

export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** A PostgreSQL array literal of texts (each quoted), for one parameter. */
export const textArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

export type SearchRow = {
  id: number;
  title: string;
  doc_number: string | null;
  issuer: string;
  level: PolicyLevel;
  issued_on: string | null;
  effective_from: string | null;
  expires_on: string | null;
  status: PolicyDocStatus;
  industries: IndustrySection[];
  enterprise_kinds: PolicyEnterpriseKind[];
  support_kinds: PolicySupportKind[];
  topics: string[];
  total: number;
  excerpt: string;
  cut_before: boolean;
  cut_after: boolean;
};

export type RelatedRow = Pick<
  SearchRow,
  'id' | 'title' | 'doc_number' | 'issuer' | 'level' | 'issued_on' | 'expires_on' | 'status'
>;

/**
 * Whether a document has every token of the query. The rank vector holds a part of the full vector's tokens, so a
 * document it matches matches; asked first, it spares reading the full vector (out of the row, compressed) of most
 * matches of a broad query: 企业 is in nearly every title, 解读 or opening.
 */
const matches = (query: ParsedQuery) =>
  sql`(${d.rankVector} @@ to_tsquery('simple', ${query.tsquery}) OR ${d.search} @@ to_tsquery('simple', ${query.tsquery}))`;

/** How long a snippet's source stretch is, and how much of it comes before the first match. */
const EXCERPT = 300;
const LEAD = 40;

export function createPolicySearchRepository({ db }: { db: Db }) {
  return {
    /**
     * One page of the library: the documents of the filter matching every token of the query (GIN index on the
     * vector), ranked by ts_rank with the weights A–D over the compact rank vector and the query's longest words,
     * or by date, with the total, and for each the stretch of its full text (else its 解读) around the first place a
     * query word occurs, for the snippet. The page is chosen first; only its rows are read in full.
     */
    async search(
      f: PolicyFilter,
      query: ParsedQuery | null,
      today: string,
      sort: SearchSort,
      page: { limit: number; offset: number },
    ): Promise<SearchRow[]> {
      const conditions = filterConditions({ ...f, publishedOnly: true }, today);
      if (query) conditions.push(matches(query));
      // ts_rank, not ts_rank_cd: a word scores by its best-weighted place with less and less for each further one
      // (repeating a word gains little), words of an AND query score more the closer they stand, and it costs a
      // quarter less than cover density on a broad query (企业 over 5,000 documents: 8.1–9.0 against 10.6–13.3 ms
      // per statement, pgbench with one client, docs/PERFORMANCE.md).
      const rank = query
        ? sql`ts_rank(${RANK_WEIGHTS}::float4[], ${d.rankVector}, to_tsquery('simple', ${query.rankQuery}), 0)`
        : sql`0::float4`;
      const byRank = sort === 'relevance' && query !== null;
      // By the output columns' names, so that the rank is computed once per match (written twice, the expression
      // would carry its query as two parameters, and PostgreSQL would compute both).
      const direction = sort === 'oldest' ? 'ASC' : 'DESC';
      const orderOf = (prefix: string) =>
        sql.raw(
          `${byRank ? `${prefix}rank DESC, ` : ''}${prefix}issued_on ${direction} NULLS LAST, ${prefix}id ${direction}`,
        );
      const terms = textArray(query?.terms ?? []);
      // The total is a window over every match, and the page their top by one heap sort. The matches' rank is
      // computed in their own scan (OFFSET 0 keeps the subquery apart), so that the window holds three small columns
      // per match and not the vectors the rank is computed from.
      const { rows } = await db.execute(sql`
        WITH hits AS (
          SELECT id, rank, issued_on, count(*) OVER () AS total
          FROM (
            SELECT ${d.id} AS id, ${rank} AS rank, ${d.issuedOn} AS issued_on
            FROM ${d}
            WHERE ${and(...conditions)}
            OFFSET 0
          ) matched
          ORDER BY ${orderOf('')}
          LIMIT ${page.limit} OFFSET ${page.offset}
        )
        SELECT p.id, p.title, p.doc_number, p.issuer, p.level, p.issued_on, p.effective_from, p.expires_on, p.status,
               p.industries, p.enterprise_kinds, p.support_kinds, p.topics, h.total::int AS total,
               substr(s.src, s.from_at, ${EXCERPT}) AS excerpt, s.from_at > 1 AS cut_before,
               length(s.src) >= s.from_at + ${EXCERPT} AS cut_after
        FROM hits h
        JOIN policy_documents p ON p.id = h.id
        -- The first places of the query's words, each found once per row: without OFFSET 0 the planner would pull
        -- the subqueries up into every expression that names their columns and search the text five times.
        CROSS JOIN LATERAL (
          SELECT b.body_at, CASE WHEN b.body_at IS NULL THEN (
            SELECT min(nullif(strpos(lower(p.interpretation_text), t), 0)) FROM unnest(${terms}::text[]) t) END AS interp_at
          FROM (
            SELECT (SELECT min(nullif(strpos(lower(p.body_text), t), 0)) FROM unnest(${terms}::text[]) t) AS body_at
            OFFSET 0
          ) b
          OFFSET 0
        ) m
        CROSS JOIN LATERAL (
          SELECT CASE WHEN m.body_at IS NOT NULL THEN p.body_text
                      WHEN m.interp_at IS NOT NULL OR p.interpretation_text <> '' THEN p.interpretation_text
                      ELSE p.body_text END AS src,
                 greatest(1, coalesce(m.body_at, m.interp_at, 1) - ${LEAD}) AS from_at
        ) s
        ORDER BY ${orderOf('h.')}`);
      return rows as unknown as SearchRow[];
    },

    /** How many documents a filter and query match (for a page past the end, which has no row to say it). */
    async count(f: PolicyFilter, query: ParsedQuery | null, today: string): Promise<number> {
      const conditions = filterConditions({ ...f, publishedOnly: true }, today);
      if (query) conditions.push(matches(query));
      const { rows } = await db.execute(sql`SELECT count(*)::int AS n FROM ${d} WHERE ${and(...conditions)}`);
      return Number(rows[0]?.n ?? 0);
    },

    /**
     * Published documents related to one: sharing its topics (3 points each), support kinds (2), applicant kinds
     * and industries (1 each), or its key words (ten times the text rank of any of them), best first.
     */
    async related(id: number, limit: number): Promise<RelatedRow[]> {
      const overlap = (column: string) =>
        sql.raw(`cardinality(ARRAY(SELECT unnest(p.${column}) INTERSECT SELECT unnest(m.${column})))`);
      const { rows } = await db.execute(sql`
        SELECT p.id, p.title, p.doc_number, p.issuer, p.level, p.issued_on, p.expires_on, p.status
        FROM policy_documents m
        CROSS JOIN LATERAL (
          SELECT CASE WHEN cardinality(m.key_terms) > 0 THEN to_tsquery('simple', (
            SELECT string_agg('''' || replace(k, '''', '''''') || '''', ' | ') FROM unnest(m.key_terms) k)) END AS query
        ) q
        JOIN policy_documents p ON p.status = 'published' AND p.id <> m.id
          AND (p.topics && m.topics OR p.support_kinds && m.support_kinds OR p.enterprise_kinds && m.enterprise_kinds
               OR p.industries && m.industries OR p.search @@ q.query)
        WHERE m.id = ${id}
        ORDER BY 3 * ${overlap('topics')} + 2 * ${overlap('support_kinds')} + ${overlap('enterprise_kinds')}
                 + ${overlap('industries')}
                 + 10 * coalesce(ts_rank(${RANK_WEIGHTS}::float4[], p.rank_vector, q.query, 0), 0) DESC,
                 p.issued_on DESC NULLS LAST, p.id DESC
        LIMIT ${limit}`);
      return rows as unknown as RelatedRow[];
    },
  };
}
export type PolicySearchRepository = ReturnType<typeof createPolicySearchRepository>;
