import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';
import { ACHIEVEMENT_STAGE_CODES, TECH_FIELD_CODES, TRANSFER_MODE_CODES } from './achievements.ts';

/**
 * Where an achievement's owner is, read from its USCC's administrative division (positions 3–8) against the zone's
 * province and city codes in the market's settings: in the zone's city, elsewhere in the province, or outside it.
 */
export const OWNER_REGIONS = ['city', 'province', 'other'] as const;
export type OwnerRegion = (typeof OWNER_REGIONS)[number];

/**
 * How an achievement's price sits against a need's budget: within it (at or below its upper end), above it, or not
 * comparable because either side is 面议.
 */
export const PRICE_FITS = ['within', 'above', 'negotiable'] as const;
export type PriceFit = (typeof PRICE_FITS)[number];

export function priceFit(
  a: { priceFen: number | null; negotiable: boolean },
  n: { budgetMaxFen: number | null },
): PriceFit {
  if (a.negotiable || a.priceFen === null || n.budgetMaxFen === null) return 'negotiable';
  return a.priceFen <= n.budgetMaxFen ? 'within' : 'above';
}

/** A word the need and the achievement share; `via` names the need's word when the match came through a synonym. */
export const sharedTermSchema = z.object({ term: z.string(), via: z.string().nullable() });
export type SharedTerm = z.infer<typeof sharedTermSchema>;

export const suggestionSchema = z.object({
  achievement: z.object({
    id: z.number().int(),
    title: z.string(),
    ownerName: z.string(),
    field: z.enum(TECH_FIELD_CODES),
    stage: z.enum(ACHIEVEMENT_STAGE_CODES),
    transferModes: z.array(z.enum(TRANSFER_MODE_CODES)),
    priceFen: z.number().int().nullable(),
    negotiable: z.boolean(),
    ownerRegion: z.enum(OWNER_REGIONS),
  }),
  /** The rank's score: BM25 over the shared words, times the field, stage and price factors. */
  score: z.number(),
  reasons: z.object({
    /** The shared words that weigh most, heaviest first. */
    sharedTerms: z.array(sharedTermSchema),
    sameField: z.boolean(),
    stage: z.enum(ACHIEVEMENT_STAGE_CODES),
    priceFit: z.enum(PRICE_FITS),
    /** The need owner's answer when a broker pushed it already (null: not pushed; 'waiting': no answer yet). */
    feedback: z.enum(['waiting', 'interested', 'not_now', 'not_relevant']).nullable(),
  }),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionListSchema = z.object({
  items: z.array(suggestionSchema),
  /** The need's words the match used (synonyms included), rarest first. */
  terms: z.array(z.string()),
  /** How many published achievements share at least one word, by field: the facet of the suggestions. */
  fields: z.array(z.object({ field: z.enum(TECH_FIELD_CODES), count: z.number().int() })),
  /** The same by the owner's region (within the field chosen). */
  regions: z.array(z.object({ region: z.enum(OWNER_REGIONS), count: z.number().int() })),
});
export type SuggestionList = z.infer<typeof suggestionListSchema>;

export const suggestionQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  field: z.enum(TECH_FIELD_CODES).optional(),
  region: z.enum(OWNER_REGIONS).optional(),
});

/** The need owner's answer to a pushed suggestion. */
export const PUSH_ANSWERS = ['interested', 'not_now', 'not_relevant'] as const;
export type PushAnswer = (typeof PUSH_ANSWERS)[number];

/** How an answer moves the pair in later rankings: up when interested, down when not now, far down when not relevant. */
export const FEEDBACK_FACTORS: Record<PushAnswer, number> = { interested: 1.5, not_now: 0.9, not_relevant: 0.2 };

export const pushInputSchema = z.object({
  achievementId: z.number().int().positive(),
  note: z.string().trim().max(500).default(''),
});

export const pushAnswerSchema = z
  .object({ answer: z.enum(PUSH_ANSWERS), reason: z.string().trim().max(500).default('') })
  .refine((a) => a.answer !== 'not_relevant' || a.reason.length >= 2, {
    path: ['reason'],
    message: 'market.reason_required',
  });

export const pushSchema = z.object({
  id: z.number().int(),
  needId: z.number().int(),
  needTitle: z.string(),
  achievementId: z.number().int(),
  achievementTitle: z.string(),
  achievementOwnerName: z.string(),
  note: z.string(),
  pushedAt: z.string(),
  answer: z.enum(PUSH_ANSWERS).nullable(),
  answerReason: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type Push = z.infer<typeof pushSchema>;
export const pushListSchema = z.object({ items: z.array(pushSchema) });

/** A group of words that mean the same in the market's texts; compared in lower case and half-width forms. */
export const synonymInputSchema = z.object({
  terms: z
    .array(z.string().trim().min(1).max(30))
    .min(2)
    .max(20)
    .transform((ts) => [...new Set(ts.map((t) => t.normalize('NFKC').toLowerCase()))])
    .refine((ts) => ts.length >= 2, 'market.synonyms_distinct'),
  note: z.string().trim().max(200).default(''),
});
export type SynonymInput = z.input<typeof synonymInputSchema>;
export const synonymSchema = z.object({
  id: z.number().int(),
  terms: z.array(z.string()),
  note: z.string(),
  updatedAt: z.string(),
});
export type Synonym = z.infer<typeof synonymSchema>;
export const synonymListSchema = pageOf(synonymSchema);
/** The synonym table a page at a time, found by one of its words or its note. */
export const synonymListQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });

/** An expert of the platform and whether the administration named it 技术经理人. */
export const brokerCandidateSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  broker: z.boolean(),
  since: z.string().nullable(),
});
export type BrokerCandidate = z.infer<typeof brokerCandidateSchema>;
export const brokerListSchema = pageOf(brokerCandidateSchema);
/** The experts a page at a time, found by a fragment of the name or user name. */
export const brokerListQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });
export const brokerInputSchema = z.object({ broker: z.boolean() });
