import { z } from 'zod';
import { INDUSTRY_CODES } from '../common/enums.ts';
import { policyDocumentInputSchema, policyFaqSchema } from './documents.ts';
import { POLICY_ENTERPRISE_KIND_CODES, POLICY_LEVEL_CODES, POLICY_SUPPORT_KIND_CODES } from './labels.ts';

/** What the import recognised of one document: every field of the form, empty where nothing was found. */
export const policyImportDraftSchema = z.object({
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string(),
  level: z.enum(POLICY_LEVEL_CODES).nullable(),
  department: z.string(),
  issuedOn: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  expiresOn: z.string().nullable(),
  bodyHtml: z.string(),
  interpretationHtml: z.string(),
  faq: z.array(policyFaqSchema),
  industries: z.array(z.enum(INDUSTRY_CODES)),
  enterpriseKinds: z.array(z.enum(POLICY_ENTERPRISE_KIND_CODES)),
  supportKinds: z.array(z.enum(POLICY_SUPPORT_KIND_CODES)),
  topics: z.array(z.string()),
});
export type PolicyImportDraft = z.infer<typeof policyImportDraftSchema>;

/** A problem of a row (a workbook's row number; 1 for a Word or text file), by field and code. */
export const policyImportProblemSchema = z.object({
  row: z.number().int(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type PolicyImportProblem = z.infer<typeof policyImportProblemSchema>;

export const POLICY_IMPORT_SOURCES = ['docx', 'xlsx', 'text'] as const;

/** The answer of a preview: nothing is stored. */
export const policyImportPreviewSchema = z.object({
  source: z.enum(POLICY_IMPORT_SOURCES),
  documents: z.array(
    z.object({
      row: z.number().int(),
      draft: policyImportDraftSchema,
      /** The fields read from the file (the others are empty or defaults). */
      recognised: z.array(z.string()),
      problems: z.array(policyImportProblemSchema),
    }),
  ),
});
export type PolicyImportPreview = z.infer<typeof policyImportPreviewSchema>;

/** The documents of a preview as corrected by the administrator, stored as drafts all together or not at all. */
export const policyImportCommitSchema = z.object({ documents: z.array(policyDocumentInputSchema).min(1).max(200) });
export type PolicyImportCommit = z.input<typeof policyImportCommitSchema>;

export const policyImportResultSchema = z.object({ created: z.number().int(), ids: z.array(z.number().int()) });
export type PolicyImportResult = z.infer<typeof policyImportResultSchema>;
