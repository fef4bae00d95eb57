import { z } from 'zod';
import {
  dateSchema,
  instantSchema,
  pageOf,
  pageQuerySchema,
  reasonSchema,
  uploadHashSchema,
} from '../common/schemas.ts';
import {
  IP_ACQUISITIONS,
  IP_CLASSES,
  IP_EVENT_KINDS,
  IP_KIND_CODES,
  IP_LEGAL_STATUSES,
  IP_VERIFICATIONS,
  type IpKind,
  isPatentKind,
  patentTypeMatchesKind,
} from './kinds.ts';
import { parsePatentNumber } from './patent-number.ts';

/** A registration number other than a patent's (软著登记号 2023SR0123456, 品种权号, 国药证字…): tidied, not checked. */
export function normaliseOtherNumber(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

/** Why a number does not fit its kind, as an error code (`ip.invalid_number`, `ip.kind_mismatch`), or null. */
export function ipNumberProblem(kind: IpKind, number: string): 'ip.invalid_number' | 'ip.kind_mismatch' | null {
  if (!isPatentKind(kind)) {
    const n = normaliseOtherNumber(number);
    return n.length >= 2 && n.length <= 64 && !/\p{Cc}/u.test(n) ? null : 'ip.invalid_number';
  }
  const parsed = parsePatentNumber(number);
  if (!parsed.ok) return 'ip.invalid_number';
  return patentTypeMatchesKind(kind, parsed.value.type) ? null : 'ip.kind_mismatch';
}

/** The number as stored: a patent's normalised (`202310123456.6`), any other tidied. Call after `ipNumberProblem`. */
export function normaliseIpNumber(kind: IpKind, number: string): string {
  if (!isPatentKind(kind)) return normaliseOtherNumber(number);
  const parsed = parsePatentNumber(number);
  return parsed.ok ? parsed.value.normalised : number;
}

const optionalDate = dateSchema.nullish().transform((v) => v ?? null);

/** What a member enters for a record. The number is checked against the kind and stored normalised. */
export const ipRecordInputSchema = z
  .object({
    kind: z.enum(IP_KIND_CODES),
    number: z.string().max(80),
    title: z.string().trim().min(2).max(200),
    /** The holders as on the certificate: the enterprise, then any co-holders. */
    holders: z.string().trim().max(500).default(''),
    appliedOn: dateSchema,
    grantedOn: optionalDate,
    expiresOn: optionalDate,
    legalStatus: z.enum(IP_LEGAL_STATUSES),
    acquisition: z.enum(IP_ACQUISITIONS),
    /** The next annual fee (年费) due date; reminders go out 30 days before. */
    feeDueOn: optionalDate,
  })
  .superRefine((r, ctx) => {
    const problem = ipNumberProblem(r.kind, r.number);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['number'] });
    if (r.grantedOn && r.grantedOn < r.appliedOn)
      ctx.addIssue({ code: 'custom', message: 'ip.dates_order', path: ['grantedOn'] });
    if (r.expiresOn && r.expiresOn < (r.grantedOn ?? r.appliedOn))
      ctx.addIssue({ code: 'custom', message: 'ip.dates_order', path: ['expiresOn'] });
    if (r.legalStatus === 'valid' && !r.grantedOn)
      ctx.addIssue({ code: 'custom', message: 'ip.granted_required', path: ['grantedOn'] });
    if (r.legalStatus === 'pending' && r.grantedOn)
      ctx.addIssue({ code: 'custom', message: 'ip.pending_granted', path: ['legalStatus'] });
  })
  .transform((r) => ({ ...r, number: normaliseIpNumber(r.kind, r.number) }));
export type IpRecordInput = z.input<typeof ipRecordInputSchema>;
export type IpRecordInputParsed = z.output<typeof ipRecordInputSchema>;

export const ipEventSchema = z.object({
  id: z.number(),
  kind: z.enum(IP_EVENT_KINDS),
  occurredOn: z.string(),
  note: z.string(),
  createdAt: instantSchema,
});
export type IpEvent = z.infer<typeof ipEventSchema>;

export const ipEventInputSchema = z.object({
  kind: z.enum(IP_EVENT_KINDS),
  occurredOn: dateSchema,
  note: z.string().trim().max(1000).default(''),
});
export type IpEventInput = z.input<typeof ipEventInputSchema>;

export const ipCertificateInputSchema = z.object({ certificate: uploadHashSchema });

export const ipRecordSchema = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  kind: z.enum(IP_KIND_CODES),
  number: z.string(),
  /** Ⅰ类 / Ⅱ类 (null: never counted, e.g. trademarks). */
  ipClass: z.enum(IP_CLASSES).nullable(),
  title: z.string(),
  holders: z.string(),
  appliedOn: z.string(),
  grantedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  legalStatus: z.enum(IP_LEGAL_STATUSES),
  acquisition: z.enum(IP_ACQUISITIONS),
  feeDueOn: z.string().nullable(),
  certificate: z.string().nullable(),
  verification: z.enum(IP_VERIFICATIONS),
  rejectReason: z.string().nullable(),
  verifiedAt: instantSchema.nullable(),
  /** Whether the record counts toward the organisation's Ⅰ类/Ⅱ类 counts today (see the view ip_class_counts). */
  counted: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type IpRecord = z.infer<typeof ipRecordSchema>;

export const ipRecordDetailSchema = ipRecordSchema.extend({ events: z.array(ipEventSchema) });
export type IpRecordDetail = z.infer<typeof ipRecordDetailSchema>;

export const IP_SORTS = ['newest', 'appliedOn', '-appliedOn', 'feeDueOn', 'expiresOn', 'number'] as const;

export const ipListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(IP_KIND_CODES).optional(),
  legalStatus: z.enum(IP_LEGAL_STATUSES).optional(),
  verification: z.enum(IP_VERIFICATIONS).optional(),
  ipClass: z.enum(IP_CLASSES).optional(),
  /** Administrators: one organisation's records. Members always see their own organisation's. */
  orgId: z.coerce.number().int().positive().optional(),
  sort: z.enum(IP_SORTS).default('newest'),
});
export type IpListParams = z.input<typeof ipListQuerySchema>;

export const ipRecordPageSchema = pageOf(ipRecordSchema);
export type IpRecordPage = z.infer<typeof ipRecordPageSchema>;

export const ipVerificationBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('verify') }),
  z.object({ decision: z.literal('reject'), reason: reasonSchema.shape.reason }),
]);
export type IpVerificationBody = z.infer<typeof ipVerificationBodySchema>;

/** An organisation's counted Ⅰ类 and Ⅱ类 intellectual property, as the evaluations read it. */
export const ipClassCountsSchema = z.object({ orgId: z.number(), class1: z.number(), class2: z.number() });
export type IpClassCounts = z.infer<typeof ipClassCountsSchema>;

export const ipClassCountsQuerySchema = z.object({ orgId: z.coerce.number().int().positive().optional() });
