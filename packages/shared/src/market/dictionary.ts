import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';

/**
 * A term of the match's domain dictionary (领域词典), kept by the administration beside the repository's word list:
 * a word the segmenter must keep whole (钽铌锂, 硅碳负极) so that a need and an achievement that both use it match on
 * it. Compared in lower case and half-width forms; letters and digits only, since one term is one search token.
 */
export const termInputSchema = z.object({
  term: z
    .string()
    .trim()
    .min(2)
    .max(30)
    .transform((t) => t.normalize('NFKC').toLowerCase())
    .refine((t) => /^[\p{L}\p{N}]{2,30}$/u.test(t), 'market.term_word'),
  note: z.string().trim().max(200).default(''),
});
export type TermInput = z.input<typeof termInputSchema>;

export const termSchema = z.object({
  id: z.number().int(),
  term: z.string(),
  note: z.string(),
  updatedAt: z.string(),
});
export type Term = z.infer<typeof termSchema>;
export const termPageSchema = pageOf(termSchema);

export const termListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the term or its note. */
  q: z.string().trim().max(50).optional(),
});
export type TermListQuery = z.input<typeof termListQuerySchema>;

/**
 * How far the match's vectors are built with the current words: after a change of the terms or synonyms, the
 * achievements are re-indexed in the background (`indexed` of `total`).
 */
export const matchIndexStatusSchema = z.object({
  /** The version of the words; every change of the terms or the synonyms moves it. */
  version: z.number().int(),
  changedAt: z.string(),
  total: z.number().int(),
  indexed: z.number().int(),
  /** Whether this server is re-indexing now (another one may be). */
  running: z.boolean(),
});
export type MatchIndexStatus = z.infer<typeof matchIndexStatusSchema>;
