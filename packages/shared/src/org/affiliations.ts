import { z } from 'zod';
import { pgTimestampSchema } from '../common/schemas.ts';

/** Affiliations (隶属、共建、产权纽带): related parties, whose use of each other's services is not open sharing. */
export const AFFILIATION_KINDS = ['subordinate', 'co_built', 'ownership'] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];

export const affiliationInputSchema = z.object({
  orgId: z.number().int().positive(),
  kind: z.enum(AFFILIATION_KINDS),
  note: z.string().trim().max(500).default(''),
});
export type AffiliationInput = z.input<typeof affiliationInputSchema>;

/** The other organisation of an affiliation, seen from one of the two. */
export const affiliationSchema = z.object({
  orgId: z.number(),
  orgName: z.string(),
  kind: z.enum(AFFILIATION_KINDS),
  note: z.string(),
  createdAt: pgTimestampSchema,
});
export type Affiliation = z.infer<typeof affiliationSchema>;
