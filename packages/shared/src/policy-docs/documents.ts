import { z } from 'zod';
import { INDUSTRY_CODES } from '../common/enums.ts';
import { dateSchema, instantSchema, itemsOf, pageOf, pageQuerySchema, uploadHashSchema } from '../common/schemas.ts';
import { normaliseDocNumber } from './doc-number.ts';
import {
  POLICY_DOC_STATES,
  POLICY_DOC_STATUSES,
  POLICY_ENTERPRISE_KIND_CODES,
  POLICY_LEVEL_CODES,
  POLICY_SUPPORT_KIND_CODES,
} from './labels.ts';

const optionalDate = dateSchema.nullish().transform((v) => v ?? null);
/** A list of tags: each value once, in the order given. */
const tags = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .default([])
    .transform((v) => [...new Set(v)] as z.output<T>[]);

/** One question of a document's FAQ (常见问题) and its answer, as plain text. */
export const policyFaqSchema = z.object({
  question: z.string().trim().min(2).max(300),
  answer: z.string().trim().min(1).max(3000),
});
export type PolicyFaq = z.infer<typeof policyFaqSchema>;

/** An attached file (the original, an application form…): an upload named for readers. */
export const policyAttachmentSchema = z.object({ hash: uploadHashSchema, name: z.string().trim().min(1).max(200) });
export type PolicyAttachment = z.infer<typeof policyAttachmentSchema>;

/**
 * A document as an administrator writes it. The rich texts (full text and 解读) arrive as HTML and are stored
 * sanitised; a 文号 is stored normalised and is unique per issuer.
 */
export const policyDocumentInputSchema = z
  .object({
    title: z.string().trim().min(2).max(300),
    /** 发文字号, e.g. 长高新发〔2026〕12号; none for documents without one. */
    docNumber: z
      .string()
      .trim()
      .max(100)
      .nullish()
      .transform((v) => (v ? normaliseDocNumber(v) : null)),
    /** 发文机关. */
    issuer: z.string().trim().min(2).max(100),
    level: z.enum(POLICY_LEVEL_CODES),
    /** The responsible department of the administration (free text for now). */
    department: z.string().trim().max(100).default(''),
    issuedOn: optionalDate,
    effectiveFrom: optionalDate,
    expiresOn: optionalDate,
    bodyHtml: z.string().max(500_000).default(''),
    /** 解读: the document in plain language. */
    interpretationHtml: z.string().max(100_000).default(''),
    faq: z.array(policyFaqSchema).max(50).default([]),
    /** GB/T 4754 sections (门类). */
    industries: tags(z.enum(INDUSTRY_CODES), 20),
    enterpriseKinds: tags(z.enum(POLICY_ENTERPRISE_KIND_CODES), POLICY_ENTERPRISE_KIND_CODES.length),
    supportKinds: tags(z.enum(POLICY_SUPPORT_KIND_CODES), POLICY_SUPPORT_KIND_CODES.length),
    /** Free topics (专题): 数字化转型, 人才引进… */
    topics: tags(z.string().trim().min(1).max(30), 20),
  })
  .superRefine((d, ctx) => {
    if (d.expiresOn && d.effectiveFrom && d.expiresOn < d.effectiveFrom)
      ctx.addIssue({ code: 'custom', message: 'policy_docs.dates_order', path: ['expiresOn'] });
    else if (d.expiresOn && d.issuedOn && d.expiresOn < d.issuedOn)
      ctx.addIssue({ code: 'custom', message: 'policy_docs.dates_order', path: ['expiresOn'] });
  });
export type PolicyDocumentInput = z.input<typeof policyDocumentInputSchema>;
export type PolicyDocumentInputParsed = z.output<typeof policyDocumentInputSchema>;

/** Another document as a link: the replacing one, the ones it replaced, related ones. */
export const policyDocumentRefSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string(),
  level: z.enum(POLICY_LEVEL_CODES),
  issuedOn: z.string().nullable(),
  state: z.enum(POLICY_DOC_STATES),
});
export type PolicyDocumentRef = z.infer<typeof policyDocumentRefSchema>;

/** A document with everything a reader sees (public: published ones only) and its administration's facts. */
export const policyDocumentSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string(),
  level: z.enum(POLICY_LEVEL_CODES),
  department: z.string(),
  issuedOn: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  status: z.enum(POLICY_DOC_STATUSES),
  /** The status as readers are told it: a published document past its expiry date is `expired`. */
  state: z.enum(POLICY_DOC_STATES),
  bodyHtml: z.string(),
  interpretationHtml: z.string(),
  faq: z.array(policyFaqSchema),
  industries: z.array(z.enum(INDUSTRY_CODES)),
  enterpriseKinds: z.array(z.enum(POLICY_ENTERPRISE_KIND_CODES)),
  supportKinds: z.array(z.enum(POLICY_SUPPORT_KIND_CODES)),
  topics: z.array(z.string()),
  attachments: z.array(policyAttachmentSchema),
  /** Set when repealed: the date, the document that replaces it (if any) and a note. */
  repealedOn: z.string().nullable(),
  repealNote: z.string(),
  replacedBy: policyDocumentRefSchema.nullable(),
  /** The published or repealed documents this one replaced. */
  replaces: z.array(policyDocumentRefSchema),
  publishedAt: instantSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;

/** A row of the administration's list. */
export const policyDocumentRowSchema = policyDocumentSchema.pick({
  id: true,
  title: true,
  docNumber: true,
  issuer: true,
  level: true,
  department: true,
  issuedOn: true,
  expiresOn: true,
  status: true,
  state: true,
  supportKinds: true,
  publishedAt: true,
  updatedAt: true,
});
export type PolicyDocumentRow = z.infer<typeof policyDocumentRowSchema>;
export const policyDocumentRowPageSchema = pageOf(policyDocumentRowSchema);
export type PolicyDocumentRowPage = z.infer<typeof policyDocumentRowPageSchema>;

/** A stretch of a snippet: matched words (`hit`) are shown highlighted. */
export const snippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

/** A search result card: the document's facts and tags, and a snippet around the first words that matched. */
export const policySearchHitSchema = policyDocumentSchema
  .pick({
    id: true,
    title: true,
    docNumber: true,
    issuer: true,
    level: true,
    issuedOn: true,
    effectiveFrom: true,
    expiresOn: true,
    state: true,
    industries: true,
    enterpriseKinds: true,
    supportKinds: true,
    topics: true,
  })
  .extend({
    snippet: z.array(snippetPartSchema),
    /** The words of the query as matched, longest first (a word inside a longer one left out): to highlight. */
    terms: z.array(z.string()),
  });
export type PolicySearchHit = z.infer<typeof policySearchHitSchema>;
export const policySearchPageSchema = pageOf(policySearchHitSchema);
export type PolicySearchPage = z.infer<typeof policySearchPageSchema>;

export const POLICY_SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export const POLICY_ADMIN_SORTS = ['updated', 'newest', 'oldest'] as const;

const filters = {
  level: z.enum(POLICY_LEVEL_CODES).optional(),
  issuer: z.string().trim().max(100).optional(),
  supportKind: z.enum(POLICY_SUPPORT_KIND_CODES).optional(),
  enterpriseKind: z.enum(POLICY_ENTERPRISE_KIND_CODES).optional(),
  industry: z.enum(INDUSTRY_CODES).optional(),
  /** Issued in this calendar year. */
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  /** In force on this date: effective (or issued) by then, not expired, not repealed. */
  inForceOn: dateSchema.optional(),
};

/**
 * The public library: published documents only. `q` is segmented as the documents are and every word must match;
 * results are ranked by relevance (the default while searching) or by date.
 */
export const policySearchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  ...filters,
  /** Published documents in force (not past their expiry), or the expired ones. */
  status: z.enum(['published', 'expired']).optional(),
  sort: z.enum(POLICY_SEARCH_SORTS).optional(),
});
export type PolicySearchParams = z.input<typeof policySearchQuerySchema>;
export type PolicySearchQuery = z.output<typeof policySearchQuerySchema>;

/** The administration's list: every state; `q` is a fragment of the title, the 文号 or the issuer. */
export const policyAdminQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  ...filters,
  status: z.enum(POLICY_DOC_STATES).optional(),
  sort: z.enum(POLICY_ADMIN_SORTS).default('updated'),
});
export type PolicyAdminParams = z.input<typeof policyAdminQuerySchema>;
export type PolicyAdminQuery = z.output<typeof policyAdminQuerySchema>;

/** 废止: from a date, optionally replaced by another published document. */
export const policyRepealBodySchema = z.object({
  repealedOn: dateSchema,
  replacedBy: z.number().int().positive().nullish(),
  note: z.string().trim().max(500).default(''),
});
export type PolicyRepealBody = z.input<typeof policyRepealBodySchema>;

export const policyAttachmentsBodySchema = z.object({ attachments: z.array(policyAttachmentSchema).max(20) });
export type PolicyAttachmentsBody = z.infer<typeof policyAttachmentsBodySchema>;

/** The issuers of published documents, with how many each has: the choices of the issuer filter. */
export const policyIssuersSchema = itemsOf(z.object({ issuer: z.string(), count: z.number().int() }));
export type PolicyIssuers = z.infer<typeof policyIssuersSchema>;

export const policyRelatedSchema = itemsOf(policyDocumentRefSchema);
export type PolicyRelated = z.infer<typeof policyRelatedSchema>;
