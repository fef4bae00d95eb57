import { z } from 'zod';
import { dateSchema, fenSchema } from '../common/schemas.ts';
import type { Explanation } from '../rules/rule-pack.ts';

/** A count of people or items: a non-negative integer. */
export const countSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const wordsSchema = z.object({ zh: z.string(), en: z.string() });
export const citationSchema = z.object({ document: z.string(), article: z.string() });

/** One explained line of a result (the `Explanation` of rules/rule-pack.ts). */
export const explanationSchema = z.object({
  code: z.string(),
  values: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  points: z.number().nullable(),
  outcome: z.enum(['met', 'not_met', 'needs_data', 'scored']),
  rule: wordsSchema,
  cite: citationSchema,
});

// The schema and the type describe the same line.
const _explanationMatches: z.infer<typeof explanationSchema> extends Explanation
  ? Explanation extends z.infer<typeof explanationSchema>
    ? true
    : never
  : never = true;
void _explanationMatches;

export const verdictSchema = z.enum(['eligible', 'not_eligible', 'needs_data']);

export { dateSchema, fenSchema };
