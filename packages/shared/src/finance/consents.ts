import { z } from 'zod';
import { dateSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import type { FactKey } from '../policy/facts.ts';

/**
 * What an enterprise may let an institution read of it: its reported indicators, its IP, its evaluations
 * (科技型中小企业, 高企, 专精特新), its credit record (declarations, infringement found). Nothing is shared without a
 * consent; a consent names the institutions and ends on a date or when revoked; every read is logged for the
 * enterprise to see.
 */
export const FACT_SCOPES = ['indicators', 'ip', 'evaluations', 'credit'] as const;
export type FactScope = (typeof FACT_SCOPES)[number];

/** The scope each of the platform's facts belongs to (by the area that owns it). */
export function scopeOfFact(key: FactKey): FactScope {
  // A finding of wilful infringement is a credit record (ip_credit_records), not part of the IP portfolio.
  if (key === 'ip.wilfulInfringement3y') return 'credit';
  if (key.startsWith('ip.')) return 'ip';
  if (key.startsWith('cultivation.')) return 'evaluations';
  if (key.startsWith('declaration.')) return 'credit';
  return 'indicators';
}

export const consentInputSchema = z.object({
  institutionOrgIds: z.array(z.number().int().positive()).min(1).max(20),
  scopes: z.array(z.enum(FACT_SCOPES)).min(1).max(FACT_SCOPES.length),
  validUntil: dateSchema,
  /** The need it is given for, when it is. */
  needId: z.number().int().positive().nullable().default(null),
});
export type ConsentInput = z.input<typeof consentInputSchema>;

export const consentSchema = z.object({
  id: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  institutionOrgId: z.number().int(),
  institutionName: z.string(),
  scopes: z.array(z.enum(FACT_SCOPES)),
  validUntil: z.string(),
  needId: z.number().int().nullable(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  /** In force today: not revoked and not past its date. */
  active: z.boolean(),
  reads: z.number().int(),
});
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.object({ items: z.array(consentSchema) });

export const consentPageSchema = pageOf(consentSchema);

export const consentListQuerySchema = pageQuerySchema.extend({
  /** `mine`: consents my enterprise gave; `received`: consents given to my institution. */
  scope: z.enum(['mine', 'received']),
  /** A part of the other side's name: the institution's (mine) or the enterprise's (received). */
  q: z.string().trim().max(100).optional(),
  /** The consents given for one need. */
  needId: z.coerce.number().int().positive().optional(),
});

export const factReadSchema = z.object({
  id: z.number().int(),
  consentId: z.number().int(),
  institutionName: z.string(),
  readerName: z.string(),
  scopes: z.array(z.enum(FACT_SCOPES)),
  readAt: z.string(),
});
export const factReadPageSchema = pageOf(factReadSchema);
export const factReadQuerySchema = pageQuerySchema.extend({
  /** The reads under one consent. */
  consentId: z.coerce.number().int().positive().optional(),
  /** A part of the reading institution's or the reader's name. */
  q: z.string().trim().max(100).optional(),
});

/** What an institution reads: the facts of the scopes it was given, and the consent it reads them under. */
export const sharedFactsSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  consentId: z.number().int(),
  validUntil: z.string(),
  scopes: z.array(z.enum(FACT_SCOPES)),
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
  /** Closed rights cases that found the enterprise a wilful infringer (with the credit scope). */
  creditRecords: z.array(z.object({ caseId: z.number().int(), kind: z.string(), foundAt: z.string() })),
});
export type SharedFacts = z.infer<typeof sharedFactsSchema>;
