import {
  type AchievementStage,
  FEEDBACK_FACTORS,
  type PushAnswer,
  priceFit,
  type SuggestionList,
  type suggestionQuerySchema,
  type TechField,
} from '@cz/shared/market';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { marketErrors } from './market.errors.ts';
import { needQueryWords } from './market.match-text.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import type { CorpusStats, MatchingRepository } from './matching.repository.ts';
import type { NeedRepository } from './needs.repository.ts';
import type { PushRepository } from './pushes.repository.ts';
import { loadSettings } from './settings.service.ts';

/** How long the word statistics and synonyms are kept before they are read again (a publication clears them). */
export const STATS_TTL_MS = 60_000;
/** A word in more than this share of the achievements says little; it is dropped once there are 20 or more. */
export const COMMON_SHARE = 0.5;
/** At most this many of the need's words (the rarest, by weight) go into the query. */
export const MAX_TERMS = 40;
/** How many candidates the index's ts_rank hands to BM25. */
export const PREFILTER = 400;
/** A synonym's weight against the need's own word. */
export const SYNONYM_WEIGHT = 0.8;

/** The factors after BM25: the same field, a later stage, a price within the budget rank higher. */
export const FACTORS = {
  sameField: 1.3,
  stage: { early: 0.9, middle: 1, mature: 1.1 } satisfies Record<AchievementStage, number>,
  price: { within: 1.1, above: 0.85, negotiable: 1 },
} as const;

/** What the match reads of a need. */
export type MatchedNeed = Parameters<typeof needQueryWords>[0] & {
  field: TechField;
  budgetMaxFen: number | null;
};

/** BM25's idf (with the +1 that keeps it positive). */
export const idf = (docs: number, df: number) => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

/**
 * Suggests published achievements for a need, each with its reasons: the words they share (through a synonym when
 * it came so), whether the field is the same, the stage, and how the price sits against the budget.
 */
export function createMatchingService({
  db,
  matching,
  needs,
  pushes,
  clock,
}: {
  db: Db;
  matching: MatchingRepository;
  needs: NeedRepository;
  pushes: PushRepository;
  clock: Clock;
}) {
  let cache: { at: number; stats: CorpusStats; synonyms: string[][] } | undefined;
  async function corpus() {
    const now = clock.now().getTime();
    if (!cache || now - cache.at > STATS_TTL_MS) {
      const [stats, synonyms] = await Promise.all([matching.stats(), matching.synonymGroups()]);
      cache = { at: now, stats, synonyms };
    }
    return cache;
  }

  /** The query's words: the need's own with their weights, then their synonyms (`via` the need's word). */
  function queryTerms(words: Map<string, number>, synonyms: string[][], stats: CorpusStats) {
    const all = new Map<string, { weight: number; via: string | null }>();
    for (const [t, w] of words) all.set(t, { weight: w, via: null });
    for (const group of synonyms) {
      const own = group.find((t) => words.has(t));
      if (!own) continue;
      for (const t of group) if (!all.has(t)) all.set(t, { weight: (words.get(own) ?? 1) * SYNONYM_WEIGHT, via: own });
    }
    const { docs, df } = stats;
    return [...all]
      .map(([term, x]) => ({ term, ...x, df: df.get(term) ?? 0 }))
      .filter((x) => x.df > 0 && (docs < 20 || x.df / docs <= COMMON_SHARE))
      .map((x) => ({ ...x, idf: idf(docs, x.df) }))
      .sort((a, b) => b.idf * b.weight - a.idf * a.weight || a.term.localeCompare(b.term))
      .slice(0, MAX_TERMS);
  }

  const service = {
    /** Word statistics and synonyms are read again on the next match (after a publication or withdrawal). */
    invalidate() {
      cache = undefined;
    },

    async suggest(
      actor: Actor | null,
      needId: number,
      q: z.output<typeof suggestionQuerySchema>,
    ): Promise<SuggestionList> {
      const need = await needs.view(db, needId);
      const mayRead =
        need &&
        (can(actor, MARKET_ACTIONS.readAll) ||
          actor?.orgId === need.ownerOrgId ||
          (can(actor, MARKET_ACTIONS.broker) && (await pushes.isBroker(db, (actor as Actor).userId))));
      if (!need || !mayRead) throw marketErrors.needNotFound();
      return service.rankFor(need, q, needId);
    },

    /** The suggestions for a need's content (what `suggest` answers once the reader may see them). */
    async rankFor(
      need: MatchedNeed,
      q: z.output<typeof suggestionQuerySchema>,
      needId?: number,
    ): Promise<SuggestionList> {
      // What the need's owner answered to pushed achievements moves them (FEEDBACK_FACTORS), in the SQL's cut too.
      const [{ stats, synonyms }, feedback] = await Promise.all([
        corpus(),
        needId === undefined ? new Map<number, PushAnswer | 'waiting'>() : pushes.feedbackFor(db, needId),
      ]);
      const terms = queryTerms(needQueryWords(need), synonyms, stats);
      const via = new Map(terms.map((t) => [t.term, t.via]));
      const factorOf = (answer: PushAnswer | 'waiting' | null) =>
        answer && answer !== 'waiting' ? FEEDBACK_FACTORS[answer] : 1;
      const ranked = await matching.rank({
        terms: terms.map(({ term, idf, weight }) => ({ term, idf, weight })),
        avgLength: stats.avgLength,
        field: q.field,
        region: q.region,
        zone: await loadSettings(db),
        limit: q.limit * 3,
        prefilter: PREFILTER,
        factors: [...feedback].map(([id, answer]) => ({ id, factor: factorOf(answer) })).filter((f) => f.factor !== 1),
      });
      const items = ranked.items
        .map((c) => {
          const answer = feedback.get(c.id) ?? null;
          const fit = priceFit(c, need);
          const sameField = c.field === need.field;
          const score =
            c.bm25 *
            (sameField ? FACTORS.sameField : 1) *
            FACTORS.stage[c.stage] *
            FACTORS.price[fit] *
            factorOf(answer);
          return {
            achievement: {
              id: c.id,
              title: c.title,
              ownerName: c.ownerName,
              field: c.field,
              stage: c.stage,
              transferModes: c.transferModes,
              priceFen: c.priceFen,
              negotiable: c.negotiable,
              ownerRegion: c.ownerRegion,
            },
            score: Math.round(score * 1000) / 1000,
            reasons: {
              sharedTerms: c.parts.slice(0, 6).map((p) => ({ term: p.term, via: via.get(p.term) ?? null })),
              sameField,
              stage: c.stage,
              priceFit: fit,
              feedback: answer,
            },
          };
        })
        .sort((a, b) => b.score - a.score || a.achievement.id - b.achievement.id)
        .slice(0, q.limit);
      return { items, terms: terms.map((t) => t.term), fields: ranked.fields, regions: ranked.regions };
    },
  };
  return service;
}
export type MatchingService = ReturnType<typeof createMatchingService>;
