/**
 * An enterprise's subscription to kinds of policy (政策订阅): told in the app, and by email when SMTP is set, of every
 * newly published item of a document that carries any of the tags it chose (a support kind, an applicant kind or a
 * level: any one is enough).
 */
import { z } from 'zod';
import { POLICY_ENTERPRISE_KIND_CODES, POLICY_LEVEL_CODES, POLICY_SUPPORT_KIND_CODES } from '../policy-docs/labels.ts';

const tags = <T extends [string, ...string[]]>(codes: T) =>
  z
    .array(z.enum(codes))
    .max(codes.length)
    .transform((v) => [...new Set(v)]);

export const policySubscriptionInputSchema = z.object({
  supportKinds: tags(POLICY_SUPPORT_KIND_CODES),
  enterpriseKinds: tags(POLICY_ENTERPRISE_KIND_CODES),
  levels: tags(POLICY_LEVEL_CODES),
});
export type PolicySubscriptionInput = z.input<typeof policySubscriptionInputSchema>;
export type PolicySubscriptionInputParsed = z.output<typeof policySubscriptionInputSchema>;

export const policySubscriptionSchema = z.object({
  orgId: z.number().int(),
  supportKinds: z.array(z.enum(POLICY_SUPPORT_KIND_CODES)),
  enterpriseKinds: z.array(z.enum(POLICY_ENTERPRISE_KIND_CODES)),
  levels: z.array(z.enum(POLICY_LEVEL_CODES)),
  /** Null: never saved (no tags, told of nothing but what it qualifies for). */
  updatedAt: z.string().nullable(),
});
export type PolicySubscription = z.infer<typeof policySubscriptionSchema>;
