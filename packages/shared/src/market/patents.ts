/**
 * 专利超市 and 开放许可: the patents attached to published achievements, listed for transfer or licence, and the
 * holders' open-licence declarations (专利法 第五十至五十二条): anyone may use the patent on the published fee terms
 * after telling the holder in writing and paying; always a 普通许可 (never exclusive or sole), for at least one year;
 * 实用新型 and 外观设计 need the 专利权评价报告.
 */
import { z } from 'zod';
import { fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { PATENT_KINDS } from '../ip/kinds.ts';
import { patentTypeOf } from '../ip/patent-number.ts';
import { TRANSFER_MODE_CODES } from './achievements.ts';

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The patent kinds whose open licence needs a 专利权评价报告 (专利法 第五十条). */
export const OPEN_LICENCE_REPORT_KINDS = ['utility_model', 'design'] as const;

/**
 * Whether a patent's open licence needs the 专利权评价报告: a utility model or design, or a PCT application entering
 * the national phase as a utility model (type digit 9).
 */
export const openLicenceNeedsReport = (kind: string, number: string): boolean =>
  (OPEN_LICENCE_REPORT_KINDS as readonly string[]).includes(kind) || (kind === 'pct' && patentTypeOf(number) === '9');

/** The longest licence term taken at once, in years. */
export const MAX_LICENCE_YEARS = 20;

export const openLicenceInputSchema = z
  .object({
    ipRecordId: z.number().int().positive(),
    /** 许可使用费 per year, in fen (0 when only a royalty is charged). */
    annualFen: fenSchema.default(0),
    /** A royalty in per mille (‰) of the licensee's sales of the patented product; null for none. */
    royaltyPermille: z.number().int().min(1).max(500).nullable().default(null),
    /** 支付方式: when and how the fee is paid. */
    paymentTerms: z.string().trim().min(2).max(500),
    minYears: z.number().int().min(1).max(MAX_LICENCE_YEARS).default(1),
    evaluationReport: hashSchema.nullable().default(null),
    announcementNo: z.string().trim().min(2).max(60).nullable().default(null),
  })
  .refine((v) => v.annualFen > 0 || v.royaltyPermille !== null, {
    message: 'a yearly fee or a royalty',
    path: ['annualFen'],
  });
export type OpenLicenceInput = z.input<typeof openLicenceInputSchema>;

export const openLicenceWithdrawSchema = z.object({ reason: z.string().trim().min(2).max(500) });

export const openLicenceTakeSchema = z.object({
  years: z.number().int().min(1).max(MAX_LICENCE_YEARS),
  /** The written notice to the holder (专利法 第五十一条): how the licensee will use the patent. */
  message: z.string().trim().min(2).max(2_000),
});

export const openLicenceSchema = z.object({
  id: z.number().int(),
  achievementId: z.number().int(),
  ipRecordId: z.number().int(),
  annualFen: z.number().int(),
  royaltyPermille: z.number().int().nullable(),
  paymentTerms: z.string(),
  minYears: z.number().int(),
  evaluationReport: z.object({ hash: z.string(), name: z.string() }).nullable(),
  announcementNo: z.string().nullable(),
  status: z.enum(['declared', 'withdrawn']),
  declaredAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  /** Licences taken under it so far (deals opened). */
  taken: z.number().int(),
});
export type OpenLicence = z.infer<typeof openLicenceSchema>;

/** A patent on the market: the registry's facts, the achievement it is offered with, and its open licence. */
export const marketPatentSchema = z.object({
  ipRecordId: z.number().int(),
  kind: z.enum(PATENT_KINDS),
  number: z.string(),
  title: z.string(),
  holders: z.string(),
  grantedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  legalStatus: z.enum(['pending', 'valid', 'lapsed']),
  achievementId: z.number().int(),
  achievementTitle: z.string(),
  ownerOrgId: z.number().int(),
  ownerName: z.string(),
  field: z.string(),
  transferModes: z.array(z.enum(TRANSFER_MODE_CODES)),
  priceFen: z.number().int().nullable(),
  negotiable: z.boolean(),
  openLicence: openLicenceSchema.nullable(),
});
export type MarketPatent = z.infer<typeof marketPatentSchema>;

export const marketPatentQuerySchema = pageQuerySchema.extend({
  /** A fragment of the patent's title or number, or the holder's name. */
  q: z.string().trim().max(100).optional(),
  kind: z.enum(PATENT_KINDS).optional(),
  mode: z.enum(['transfer', 'licence']).optional(),
  /** Only patents with an open licence in force. */
  openLicence: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** The patents of one achievement (its page), published or the reader's own. */
  achievementId: z.coerce.number().int().positive().optional(),
});
export const marketPatentPageSchema = pageOf(marketPatentSchema);
