/**
 * 先进适用技术指导目录: the yearly catalogue of advanced applicable technologies, compiled by the administration from
 * published achievements, in its order, each with a note; published as a page, a PDF and a workbook.
 */
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../common/schemas.ts';
import { ACHIEVEMENT_STAGE_CODES, TECH_FIELD_CODES, TRANSFER_MODE_CODES } from './achievements.ts';

export const CATALOGUE_STATUSES = ['draft', 'published'] as const;
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

export const catalogueInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(4).max(200),
  intro: z.string().trim().max(4_000).default(''),
});

export const catalogueEntryInputSchema = z.object({
  achievementId: z.number().int().positive(),
  note: z.string().trim().max(500).default(''),
});

/** The catalogue's text and its entries in their order (the whole list: what is not named leaves it). */
export const catalogueUpdateSchema = catalogueInputSchema.extend({
  entries: z
    .array(catalogueEntryInputSchema)
    .max(500)
    .refine((e) => new Set(e.map((x) => x.achievementId)).size === e.length, 'market.catalogue_duplicate'),
});
export type CatalogueUpdate = z.input<typeof catalogueUpdateSchema>;

export const catalogueEntrySchema = z.object({
  position: z.number().int(),
  achievementId: z.number().int(),
  title: z.string(),
  ownerName: z.string(),
  field: z.enum(TECH_FIELD_CODES),
  stage: z.enum(ACHIEVEMENT_STAGE_CODES),
  transferModes: z.array(z.enum(TRANSFER_MODE_CODES)),
  summary: z.string(),
  note: z.string(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  intro: z.string(),
  status: z.enum(CATALOGUE_STATUSES),
  publishedAt: z.string().nullable(),
  entryCount: z.number().int(),
  updatedAt: z.string(),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

export const catalogueDetailSchema = catalogueSchema.extend({ entries: z.array(catalogueEntrySchema) });
export type CatalogueDetail = z.infer<typeof catalogueDetailSchema>;

export const catalogueListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the catalogue's title or introduction, or its year. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(CATALOGUE_STATUSES).optional(),
});
export const cataloguePageSchema = pageOf(catalogueSchema);
