import type { AchievementStage, OwnerRegion, TechField, TransferMode } from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/connection.ts';
import { lexemeQuery } from '../../kernel/text/segmenter.ts';
import { marketSynonyms } from './market.table.ts';

/** What BM25 needs of the published achievements: how many there are, their mean length, each word's document count. */
export type CorpusStats = { docs: number; avgLength: number; df: Map<string, number> };

export type Candidate = {
  id: number;
  title: string;
  ownerName: string;
  field: TechField;
  stage: AchievementStage;
  transferModes: TransferMode[];
  priceFen: number | null;
  negotiable: boolean;
  ownerRegion: OwnerRegion;
  bm25: number;
  /** Each matched word's share of the score. */
  parts: { term: string; score: number }[];
};

/** BM25's constants (Robertson's usual values) and how much a title or keyword occurrence weighs against the rest. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;
export const SECTION_WEIGHTS = { A: 3, B: 1, C: 0.5, D: 0.5 } as const;

export function createMatchingRepository({ db }: { db: Db }) {
  return {
    /** Document counts of every word of the published achievements, read by ts_stat. */
    async stats(): Promise<CorpusStats> {
      const [[totals], words] = await Promise.all([
        db
          .execute(
            sql`SELECT count(*)::int AS docs, coalesce(avg(match_length), 0)::float8 AS avg FROM market_achievements WHERE status = 'published'`,
          )
          .then((r) => r.rows as { docs: number; avg: number }[]),
        db
          .execute(
            sql`SELECT word, ndoc FROM ts_stat('SELECT match_vector FROM market_achievements WHERE status = ''published''')`,
          )
          .then((r) => r.rows as { word: string; ndoc: number }[]),
      ]);
      return {
        docs: totals?.docs ?? 0,
        avgLength: totals?.avg || 1,
        df: new Map(words.map((w) => [w.word, Number(w.ndoc)])),
      };
    },

    async synonymGroups(): Promise<string[][]> {
      const rows = await db.select({ terms: marketSynonyms.terms }).from(marketSynonyms);
      return rows.map((r) => r.terms);
    },

    /**
     * The published achievements sharing any of `terms`, ranked by BM25: for each word its idf (given), times the
     * weighted count of its occurrences (title and keywords ×3, summary ×1, evidence ×0.5) saturated by k1 and
     * normalised by the achievement's length against the mean. The index finds the candidates (`@@` an OR query);
     * the `prefilter` best of them by ts_rank are scored, so that a need of common words does not score thousands.
     */
    async rank(q: {
      terms: { term: string; idf: number; weight: number }[];
      avgLength: number;
      field?: TechField | undefined;
      region?: OwnerRegion | undefined;
      /** The zone's province and city codes (the market's settings), which place an owner's division. */
      zone: { provinceCode: string; cityCode: string };
      limit: number;
      prefilter: number;
      /**
       * Factors of achievements the need's owner answered (FEEDBACK_FACTORS), applied before the `limit` best are
       * kept: an achievement it is interested in is not cut off below others it now ranks above.
       */
      factors?: { id: number; factor: number }[];
    }): Promise<{
      items: Candidate[];
      fields: { field: TechField; count: number }[];
      regions: { region: OwnerRegion; count: number }[];
    }> {
      if (q.terms.length === 0) return { items: [], fields: [], regions: [] };
      const quoted = lexemeQuery(
        q.terms.map((t) => t.term),
        '|',
      );
      const field = q.field ? sql`AND a.field = ${q.field}` : sql``;
      const regionOf = sql`(SELECT CASE
          WHEN substr(o.division, 1, 2) = ${q.zone.provinceCode} AND substr(o.division, 3, 2) = ${q.zone.cityCode} THEN 'city'
          WHEN substr(o.division, 1, 2) = ${q.zone.provinceCode} THEN 'province'
          ELSE 'other' END FROM org_directory o WHERE o.id = a.owner_org_id)`;
      const region = q.region ? sql`AND ${regionOf} = ${q.region}` : sql``;
      const [rows, facets, regions] = await Promise.all([
        db.execute(sql`
          WITH q AS (
            SELECT * FROM json_to_recordset(${JSON.stringify(q.terms)}::json) AS q(term text, idf float8, weight float8)
          ), cand AS (
            SELECT a.id, a.match_vector, a.match_length FROM market_achievements a
            WHERE a.status = 'published' AND a.match_vector @@ to_tsquery('simple', ${quoted}) ${field} ${region}
            ORDER BY ts_rank(a.match_vector, to_tsquery('simple', ${quoted}), 0) DESC, a.id
            LIMIT ${q.prefilter}::int
          ), scored AS (
            SELECT c.id, q.term,
              q.weight * q.idf * (tf.w * ${sql.raw(String(BM25.k1 + 1))}) /
                (tf.w + ${sql.raw(String(BM25.k1))} * (${sql.raw(String(1 - BM25.b))} + ${sql.raw(String(BM25.b))} * c.match_length / ${q.avgLength}::float8)) AS score
            FROM cand c
            CROSS JOIN LATERAL unnest(c.match_vector) u
            JOIN q ON q.term = u.lexeme
            CROSS JOIN LATERAL (
              SELECT sum(CASE w WHEN 'A' THEN ${sql.raw(String(SECTION_WEIGHTS.A))} WHEN 'B' THEN ${sql.raw(String(SECTION_WEIGHTS.B))} ELSE ${sql.raw(String(SECTION_WEIGHTS.C))} END)::float8 AS w
              FROM unnest(u.weights) w
            ) tf
          ), fb AS (
            SELECT * FROM json_to_recordset(${JSON.stringify(q.factors ?? [])}::json) AS fb(id bigint, factor float8)
          ), ranked AS (
            SELECT s.id, sum(s.score) AS bm25,
              json_agg(json_build_object('term', s.term, 'score', s.score) ORDER BY s.score DESC) AS parts
            FROM scored s GROUP BY s.id
            ORDER BY sum(s.score) * coalesce((SELECT fb.factor FROM fb WHERE fb.id = s.id), 1) DESC, s.id
            LIMIT ${q.limit}::int
          )
          SELECT r.id::int, r.bm25, r.parts, a.title, o.name AS owner_name, a.field, a.stage, a.transfer_modes,
            a.price_fen::float8 AS price_fen, a.negotiable, ${regionOf} AS owner_region
          FROM ranked r JOIN market_achievements a ON a.id = r.id JOIN org_directory o ON o.id = a.owner_org_id
          ORDER BY r.bm25 DESC, r.id`),
        db.execute(sql`
          SELECT a.field, count(*)::int AS count FROM market_achievements a
          WHERE a.status = 'published' AND a.match_vector @@ to_tsquery('simple', ${quoted}) ${region}
          GROUP BY a.field ORDER BY count DESC, a.field`),
        db.execute(sql`
          SELECT ${regionOf} AS region, count(*)::int AS count FROM market_achievements a
          WHERE a.status = 'published' AND a.match_vector @@ to_tsquery('simple', ${quoted}) ${field}
          GROUP BY 1 ORDER BY count DESC, 1`),
      ]);
      return {
        items: (rows.rows as Record<string, unknown>[]).map((r) => ({
          id: Number(r.id),
          title: String(r.title),
          ownerName: String(r.owner_name),
          field: r.field as TechField,
          stage: r.stage as AchievementStage,
          transferModes: r.transfer_modes as TransferMode[],
          priceFen: r.price_fen === null ? null : Number(r.price_fen),
          negotiable: Boolean(r.negotiable),
          ownerRegion: r.owner_region as OwnerRegion,
          bm25: Number(r.bm25),
          parts: r.parts as { term: string; score: number }[],
        })),
        fields: facets.rows as { field: TechField; count: number }[],
        regions: regions.rows as { region: OwnerRegion; count: number }[],
      };
    },
  };
}
export type MatchingRepository = ReturnType<typeof createMatchingRepository>;
