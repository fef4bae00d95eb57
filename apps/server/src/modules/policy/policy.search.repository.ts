import type {
  IndustrySection,
  PolicyDocStatus,
  PolicyEnterpriseKind,
  PolicyLevel,
  PolicySupportKind,
} from '@cz/shared';
import { and, type SQL, sql } from 'drizzle-orm';
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

/** How long a snippet's source stretch is, and how much of it comes before the first match. */
const EXCERPT = 300;
const LEAD = 40;

export function createPolicySearchRepository({ db }: { db: Db }) {
  return {
    /**
     * One page of the library: the documents of the filter matching every word of the query (GIN index on the
     * vector), ranked by ts_rank_cd with the weights A–D or by date, with the total, and for each the stretch of its
     * full text (else its 解读) around the first place a query word occurs, for the snippet. The page is chosen
     * first; only its rows are read in full.
     */
    async search(
      f: PolicyFilter,
      query: ParsedQuery | null,
      today: string,
      sort: SearchSort,
      page: { limit: number; offset: number },
    ): Promise<SearchRow[]> {
      const tsquery = query ? sql`to_tsquery('simple', ${query.tsquery})` : null;
      const conditions = filterConditions({ ...f, publishedOnly: true }, today);
      if (tsquery) conditions.push(sql`${d.search} @@ ${tsquery}`);
      const rank = tsquery ? sql`ts_rank_cd(${RANK_WEIGHTS}::float4[], ${d.search}, ${tsquery}, 1)` : sql`0::float4`;
      const byDate =
        sort === 'oldest'
          ? sql`${d.issuedOn} ASC NULLS LAST, ${d.id} ASC`
          : sql`${d.issuedOn} DESC NULLS LAST, ${d.id} DESC`;
      const order: SQL = sort === 'relevance' && tsquery ? sql`${rank} DESC, ${byDate}` : byDate;
      const terms = textArray(query?.terms ?? []);
      const { rows } = await db.execute(sql`
        WITH hits AS (
          SELECT ${d.id} AS id, row_number() OVER (ORDER BY ${order}) AS ord, count(*) OVER () AS total
          FROM ${d}
          WHERE ${and(...conditions)}
          ORDER BY ${order}
          LIMIT ${page.limit} OFFSET ${page.offset}
        )
        SELECT p.id, p.title, p.doc_number, p.issuer, p.level, p.issued_on, p.effective_from, p.expires_on, p.status,
               p.industries, p.enterprise_kinds, p.support_kinds, p.topics, h.total::int AS total,
               substr(s.src, s.from_at, ${EXCERPT}) AS excerpt, s.from_at > 1 AS cut_before,
               length(s.src) >= s.from_at + ${EXCERPT} AS cut_after
        FROM hits h
        JOIN policy_documents p ON p.id = h.id
        CROSS JOIN LATERAL (
          SELECT (SELECT min(nullif(strpos(lower(p.body_text), t), 0)) FROM unnest(${terms}::text[]) t) AS body_at,
                 (SELECT min(nullif(strpos(lower(p.interpretation_text), t), 0))
                  FROM unnest(${terms}::text[]) t) AS interp_at
        ) m
        CROSS JOIN LATERAL (
          SELECT CASE WHEN m.body_at IS NOT NULL THEN p.body_text
                      WHEN m.interp_at IS NOT NULL OR p.interpretation_text <> '' THEN p.interpretation_text
                      ELSE p.body_text END AS src,
                 greatest(1, coalesce(m.body_at, m.interp_at, 1) - ${LEAD}) AS from_at
        ) s
        ORDER BY h.ord`);
      return rows as unknown as SearchRow[];
    },

    /** How many documents a filter and query match (for a page past the end, which has no row to say it). */
    async count(f: PolicyFilter, query: ParsedQuery | null, today: string): Promise<number> {
      const conditions = filterConditions({ ...f, publishedOnly: true }, today);
      if (query) conditions.push(sql`${d.search} @@ to_tsquery('simple', ${query.tsquery})`);
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
                 + 10 * coalesce(ts_rank_cd(${RANK_WEIGHTS}::float4[], p.search, q.query, 1), 0) DESC,
                 p.issued_on DESC NULLS LAST, p.id DESC
        LIMIT ${limit}`);
      return rows as unknown as RelatedRow[];
    },
  };
}
export type PolicySearchRepository = ReturnType<typeof createPolicySearchRepository>;
