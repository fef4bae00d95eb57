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
  isPerYear,
  MATERIAL_FILE_TYPES,
  MATERIAL_KIND_CODES,
  MATERIAL_REVIEWS,
  MATERIAL_STATUSES,
  MATERIAL_VALIDITIES,
  MISSING_REASONS,
} from './kinds.ts';

const kind = z.enum(MATERIAL_KIND_CODES);
const yearSchema = z.number().int().min(1980).max(2100);
const optionalDate = dateSchema.nullish().transform((v) => v ?? null);
const optionalYear = yearSchema.nullish().transform((v) => v ?? null);
const codeWord = z
  .string()
  .regex(/^[a-z][a-z_]{0,39}$/)
  .describe('a code word: lower case letters and underscores');

/** What a material is used by (or asked for by): an area's record, e.g. `{ area: 'policy', entity: 'application', id }`. */
export const materialUsedBySchema = z.object({
  area: codeWord,
  entity: codeWord,
  id: z.number().int().positive(),
});
export type MaterialUsedBy = z.infer<typeof materialUsedBySchema>;

/**
 * A material uploaded into the vault: an uploaded file (its content hash) with its kind, title, period and notes.
 * The period's shape for the kind (a year, or dates) is the database's rule (CHECK `materials_period`); forms check it
 * first with `periodProblems`. `replaces` names the material this one replaces (a kind held several at once);
 * `askedFor` the application that asked for it, when it did (the 'asked again' measure).
 */
export const materialInputSchema = z.object({
  kind,
  title: z.string().trim().min(2).max(200),
  year: optionalYear,
  validFrom: optionalDate,
  validTo: optionalDate,
  notes: z.string().trim().max(1000).default(''),
  file: uploadHashSchema,
  ipRecordId: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
  replaces: z.number().int().positive().optional(),
  askedFor: materialUsedBySchema.extend({ id: z.number().int().positive().nullable() }).optional(),
});
export type MaterialInput = z.input<typeof materialInputSchema>;
export type MaterialInputParsed = z.output<typeof materialInputSchema>;

/** A change of a material not yet used: its title, notes and period (a year, or dates). */
export const materialPatchSchema = z
  .object({
    title: z.string().trim().min(2).max(200),
    notes: z.string().trim().max(1000),
    year: yearSchema.nullable(),
    validFrom: dateSchema.nullable(),
    validTo: dateSchema.nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'materials.nothing_to_change');
export type MaterialPatch = z.infer<typeof materialPatchSchema>;

export const materialReviewSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('check') }),
  z.object({ decision: z.literal('reject'), reason: reasonSchema.shape.reason }),
]);
export type MaterialReviewBody = z.infer<typeof materialReviewSchema>;

export const materialSchema = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  kind,
  title: z.string(),
  year: z.number().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  notes: z.string(),
  file: z.string(),
  fileName: z.string(),
  ipRecordId: z.number().nullable(),
  status: z.enum(MATERIAL_STATUSES),
  supersededBy: z.number().nullable(),
  supersededAt: instantSchema.nullable(),
  review: z.enum(MATERIAL_REVIEWS),
  rejectReason: z.string().nullable(),
  reviewedAt: instantSchema.nullable(),
  /** Validity on the date the list was asked for (today unless told). */
  validity: z.enum(MATERIAL_VALIDITIES),
  /** Days until its end (negative once expired); null without an end. */
  daysLeft: z.number().nullable(),
  /** How many applications use it: a used material is never changed in place. */
  uses: z.number(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Material = z.infer<typeof materialSchema>;
export const materialPageSchema = pageOf(materialSchema);
export type MaterialPage = z.infer<typeof materialPageSchema>;

export const MATERIAL_SORTS = ['newest', 'validTo'] as const;

/** An enterprise's vault: current materials unless told, validity on `on` (today unless told). */
export const vaultQuerySchema = pageQuerySchema.extend({
  /** A fragment of the material's title. */
  q: z.string().trim().max(100).optional(),
  kind: kind.optional(),
  status: z.enum([...MATERIAL_STATUSES, 'all']).default('current'),
  on: dateSchema.optional(),
});
export type VaultParams = z.input<typeof vaultQuerySchema>;

/** The administration's list over every enterprise. */
export const materialListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the enterprise's name or the material's title. */
  q: z.string().trim().max(100).optional(),
  kind: kind.optional(),
  review: z.enum(MATERIAL_REVIEWS).optional(),
  validity: z.enum(['valid', 'expired', 'not_yet_valid']).optional(),
  /** Only materials whose end falls within this many days from today (today included). */
  expiringWithin: z.coerce.number().int().min(0).max(366).optional(),
  status: z.enum([...MATERIAL_STATUSES, 'all']).default('current'),
  orgId: z.coerce.number().int().positive().optional(),
  sort: z.enum(MATERIAL_SORTS).default('newest'),
});
export type MaterialListParams = z.input<typeof materialListQuerySchema>;

/**
 * What an application needs of the vault: a kind, for per-year kinds the year(s) (`latest` = the last completed
 * fiscal year, `last2`/`last3` it and the years before; default `latest`), for the others the date on which the
 * material must be valid (default: the resolution's date).
 */
export const requirementSchema = z
  .object({
    kind,
    year: z.union([yearSchema, z.enum(['latest', 'last2', 'last3'])]).optional(),
    validOn: dateSchema.optional(),
  })
  .superRefine((r, ctx) => {
    if (isPerYear(r.kind) && r.validOn !== undefined)
      ctx.addIssue({ code: 'custom', message: 'materials.requirement_shape', path: ['validOn'] });
    if (!isPerYear(r.kind) && r.year !== undefined)
      ctx.addIssue({ code: 'custom', message: 'materials.requirement_shape', path: ['year'] });
  });
export type MaterialRequirement = z.infer<typeof requirementSchema>;

export const resolveBodySchema = z.object({
  requirements: z.array(requirementSchema).min(1).max(50),
  /** The date the requirements are checked on (Asia/Shanghai today unless told). */
  onDate: dateSchema.optional(),
});
export type ResolveBody = z.input<typeof resolveBodySchema>;

export const resolutionSchema = z.object({
  requirement: requirementSchema,
  satisfied: z.boolean(),
  /** The valid current materials that satisfy it. */
  materials: z.array(materialSchema),
  missing: z.array(z.object({ year: z.number().nullable(), reason: z.enum(MISSING_REASONS) })),
});
export type Resolution = z.infer<typeof resolutionSchema>;

export const resolveResultSchema = z.object({
  onDate: z.string(),
  /** Every requirement is supplied by the vault. */
  complete: z.boolean(),
  items: z.array(resolutionSchema),
});
export type ResolveResult = z.infer<typeof resolveResultSchema>;

export const materialKindInfoSchema = z.object({
  code: kind,
  zh: z.string(),
  en: z.string(),
  period: z.enum(['year', 'validity']),
  end: z.enum(['optional', 'required']).nullable(),
  termYears: z.number().nullable(),
  multiple: z.boolean(),
  files: z.array(z.enum(Object.keys(MATERIAL_FILE_TYPES) as ['pdf', 'image', 'zip', 'docx'])),
  mimes: z.array(z.string()),
  linksIpRecord: z.boolean(),
  personal: z.boolean(),
});
export type MaterialKindInfo = z.infer<typeof materialKindInfoSchema>;
export const materialKindsSchema = z.object({ items: z.array(materialKindInfoSchema) });

/** The measure the zone watches: uploads asked for although a valid material of the kind was in the vault. */
export const materialMetricsSchema = z.object({
  asked: z.number().int(),
  askedAgain: z.number().int(),
});
export type MaterialMetrics = z.infer<typeof materialMetricsSchema>;
export const materialMetricsQuerySchema = z.object({ from: dateSchema.optional(), to: dateSchema.optional() });
