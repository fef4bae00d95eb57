import type { MatchIndexStatus } from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/connection.ts';
import { achievementMatchTokens, marketWordsVersion, useMarketWords } from './market.match-text.ts';

/** How long a process segments with the words it read before it asks the database for their version again. */
export const WORDS_TTL_MS = 10_000;
/** Achievements whose vector one batch of the re-index builds again (about 60 ms of segmenting). */
export const REINDEX_BATCH = 100;

/**
 * The match's words in this process and the vectors built with them. The words are the dictionary file's plus the
 * administration's terms and the synonyms' words, at the version the database keeps (moved by triggers with every
 * change): a process reads the version at most every WORDS_TTL_MS (requests to the market wait for it only when it
 * is due) and the words only when the version moved. The re-index rebuilds, in batches, the vectors of the
 * achievements built with an older version; the market's job runs it every minute on some instance, and the instance
 * that took a change runs it at once. Needs have no stored vector: their words are segmented at each match.
 */
export function createMatchWords({ db, onReindexed }: { db: Db; onReindexed: () => void }) {
  let checkedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<void> | null = null;
  let draining: Promise<number> | null = null;
  let again = false;

  async function load() {
    const { rows } = await db.execute(sql`SELECT version FROM market_match_words`);
    const version = Number((rows[0] as { version: number } | undefined)?.version ?? 0);
    // Versions only grow: a read that finished after a later one changes nothing.
    if (version <= marketWordsVersion(db)) return;
    // The version and its words in one statement, so that they belong together.
    const { rows: words } = await db.execute(sql`
      SELECT w.version,
        ARRAY(SELECT term FROM market_terms) AS terms,
        ARRAY(SELECT DISTINCT t FROM market_synonyms s CROSS JOIN LATERAL unnest(s.terms) t) AS synonyms
      FROM market_match_words w`);
    const r = words[0] as { version: number; terms: string[]; synonyms: string[] } | undefined;
    if (!r || r.version <= marketWordsVersion(db)) return;
    useMarketWords(r.version, [...r.terms, ...r.synonyms], db);
  }

  function refresh(force = false): Promise<void> {
    if (!force && pending) return pending;
    if (!force && performance.now() - checkedAt < WORDS_TTL_MS) return Promise.resolve();
    checkedAt = performance.now();
    const p = load().finally(() => {
      if (pending === p) pending = null;
    });
    pending = p;
    return p;
  }

  /** Builds again the vectors of one batch of achievements built with older words; how many it built. */
  async function reindexBatch(): Promise<number> {
    await refresh(true);
    const version = marketWordsVersion(db);
    const built = await db.transaction(async (tx) => {
      const { rows } = await tx.execute(sql`
        SELECT id::int, title, keywords, summary, maturity_evidence FROM market_achievements
        WHERE match_version < ${version} ORDER BY id LIMIT ${REINDEX_BATCH}::int FOR UPDATE SKIP LOCKED`);
      if (rows.length === 0) return 0;
      const values = (
        rows as { id: number; title: string; keywords: string[]; summary: string; maturity_evidence: string }[]
      ).map((r) => {
        const { A, B, C } = achievementMatchTokens({ ...r, maturityEvidence: r.maturity_evidence });
        return { id: r.id, a: A.join(' '), b: B.join(' '), c: C.join(' '), n: A.length + B.length + C.length };
      });
      await tx.execute(sql`
        UPDATE market_achievements m SET
          match_vector = setweight(to_tsvector('simple', v.a), 'A') || setweight(to_tsvector('simple', v.b), 'B')
            || setweight(to_tsvector('simple', v.c), 'C'),
          match_length = v.n,
          match_version = ${version}
        FROM json_to_recordset(${JSON.stringify(values)}::json) AS v(id bigint, a text, b text, c text, n int)
        WHERE m.id = v.id`);
      return rows.length;
    });
    return built;
  }

  /**
   * Re-indexes until no achievement is left at an older version (one run per process at a time; a call during a
   * run has it look once more when it would end), then has the match read its word statistics again. Resolves to
   * the number of vectors built; a failure stops the run (the job takes it up again within a minute).
   */
  function drain(): Promise<number> {
    again = true;
    if (!draining)
      draining = (async () => {
        let total = 0;
        try {
          while (again) {
            again = false;
            for (let n = await reindexBatch(); n > 0; n = await reindexBatch()) total += n;
          }
        } catch {
          // Left for the next run; the progress shows what is done.
        } finally {
          draining = null;
          if (total > 0) onReindexed();
        }
        return total;
      })();
    return draining;
  }

  return {
    /** Reads the words again when their version is due to be checked (or at once, `force`). */
    refresh,
    /** Whether the words were checked within WORDS_TTL_MS (no request needs to wait for them). */
    fresh: () => !pending && performance.now() - checkedAt < WORDS_TTL_MS,
    reindexBatch,
    drain,

    /**
     * After a change of the words was committed here: this instance segments with them before it answers, and the
     * vectors are built again in the background.
     */
    async changed() {
      await refresh(true).catch(() => undefined);
      void drain();
    },

    /** The words' version and how many achievements have a vector built with it. */
    async status(): Promise<MatchIndexStatus> {
      const { rows } = await db.execute(sql`
        SELECT w.version, w.changed_at, count(a.id)::int AS total,
          (count(a.id) FILTER (WHERE a.match_version >= w.version))::int AS indexed
        FROM market_match_words w LEFT JOIN market_achievements a ON true
        GROUP BY w.version, w.changed_at`);
      const r = rows[0] as { version: number; changed_at: Date | string; total: number; indexed: number };
      return {
        version: Number(r.version),
        changedAt: new Date(r.changed_at).toISOString(),
        total: r.total,
        indexed: r.indexed,
        running: draining !== null,
      };
    },
  };
}
export type MatchWords = ReturnType<typeof createMatchWords>;
