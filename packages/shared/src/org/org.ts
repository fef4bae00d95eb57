import { z } from 'zod';
import { INDUSTRY_CHAIN_CODES, INDUSTRY_CODES, ORG_FLAGS, ORG_KINDS, ORG_STATUSES } from '../common/enums.ts';
import { csvOf, dateSchema, fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { isValidUscc, normaliseUscc } from '../common/uscc.ts';

export const usccSchema = z.string().transform(normaliseUscc).refine(isValidUscc, 'uscc.invalid');

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullish();

/** What a person may set on an organisation (status and verification are not among them). */
export const orgInputSchema = z
  .object({
    kind: z.enum(ORG_KINDS).default('enterprise'),
    name: text(200).min(2),
    uscc: usccSchema,
    legalRep: optionalText(64),
    contactName: optionalText(64),
    contactPhone: optionalText(32),
    contactEmail: z
      .email()
      .max(128)
      .nullish()
      .or(z.literal('').transform(() => null)),
    address: optionalText(200),
    park: optionalText(64),
    industry: z.enum(INDUSTRY_CODES).nullish(),
    industryChain: z.enum(INDUSTRY_CHAIN_CODES).nullish(),
    foundedOn: dateSchema.nullish(),
    registeredCapital: fenSchema.nullish(),
    isAboveScale: z.boolean().default(false),
    hteCertNo: optionalText(64),
    hteValidFrom: dateSchema.nullish(),
    hteValidTo: dateSchema.nullish(),
    tsmeRegNo: optionalText(64),
    isSpecialized: z.boolean().default(false),
  })
  .refine((o) => !o.hteValidFrom || !o.hteValidTo || o.hteValidTo > o.hteValidFrom, {
    message: 'org.hte_validity',
    path: ['hteValidTo'],
  });
export type OrgInput = z.input<typeof orgInputSchema>;
export type OrgInputParsed = z.output<typeof orgInputSchema>;

export const orgSchema = z.object({
  id: z.number(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  uscc: z.string(),
  legalRep: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  address: z.string().nullable(),
  park: z.string().nullable(),
  industry: z.string().nullable(),
  industryChain: z.string().nullable(),
  foundedOn: z.string().nullable(),
  registeredCapital: z.number().nullable(),
  isAboveScale: z.boolean(),
  hteCertNo: z.string().nullable(),
  hteValidFrom: z.string().nullable(),
  hteValidTo: z.string().nullable(),
  tsmeRegNo: z.string().nullable(),
  isSpecialized: z.boolean(),
  status: z.enum(ORG_STATUSES),
  rejectReason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Org = z.infer<typeof orgSchema>;

export const orgListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: csvOf(ORG_KINDS).optional(),
  status: csvOf(ORG_STATUSES).optional(),
  industry: csvOf(INDUSTRY_CODES).optional(),
  industryChain: csvOf(INDUSTRY_CHAIN_CODES).optional(),
  park: z.string().trim().max(64).optional(),
  flags: csvOf(ORG_FLAGS).optional(),
  sort: z.enum(['newest', 'name', 'relevance']).default('newest'),
});
export type OrgListQuery = z.input<typeof orgListQuerySchema>;

export const orgListItemSchema = orgSchema.pick({
  id: true,
  kind: true,
  name: true,
  uscc: true,
  legalRep: true,
  park: true,
  industry: true,
  industryChain: true,
  isAboveScale: true,
  hteCertNo: true,
  tsmeRegNo: true,
  isSpecialized: true,
  status: true,
  createdAt: true,
});
export const orgPageSchema = pageOf(orgListItemSchema);

export const verifyBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('verify') }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(2).max(500) }),
]);

/** A figure not reported yet (null) or its value in fen. */
const reportedFen = fenSchema.nullable().default(null);
export const indicatorSchema = z
  .object({
    year: z.number().int().min(1990).max(2100),
    revenue: fenSchema,
    rdExpense: fenSchema,
    totalAssets: fenSchema,
    employees: z.number().int().min(0).max(10_000_000),
    techStaff: z.number().int().min(0).max(10_000_000),
    /** 成本费用总额 */
    totalCost: reportedFen,
    /** 净资产: may be negative. */
    netAssets: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
    /** 负债总额 */
    totalLiabilities: reportedFen,
    /** 境内研发费用 */
    rdDomestic: reportedFen,
    /** 总收入 */
    totalIncome: reportedFen,
    /** 高新技术产品（服务）收入 */
    hightechIncome: reportedFen,
    /** 主营业务收入 */
    mainBusinessRevenue: reportedFen,
    /** 科技成果转化数 */
    conversions: z.number().int().min(0).max(1_000_000).nullable().default(null),
  })
  .refine((i) => i.techStaff <= i.employees, { message: 'org.tech_staff_exceeds_employees', path: ['techStaff'] })
  .refine((i) => i.rdDomestic === null || i.rdDomestic <= i.rdExpense, {
    message: 'org.rd_domestic_exceeds_rd',
    path: ['rdDomestic'],
  })
  .refine((i) => i.hightechIncome === null || i.totalIncome === null || i.hightechIncome <= i.totalIncome, {
    message: 'org.hightech_income_exceeds_income',
    path: ['hightechIncome'],
  })
  .refine((i) => i.mainBusinessRevenue === null || i.mainBusinessRevenue <= i.revenue, {
    message: 'org.main_business_exceeds_revenue',
    path: ['mainBusinessRevenue'],
  });
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorListSchema = z.object({ items: z.array(indicatorSchema) });

export const importReportSchema = z.object({
  total: z.number(),
  valid: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string().nullable(), code: z.string(), message: z.string() })),
  committed: z.boolean(),
  created: z.number(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
export type OrgListItem = z.infer<typeof orgListItemSchema>;
export type OrgPage = z.infer<typeof orgPageSchema>;
export type OrgListParams = z.input<typeof orgListQuerySchema>;
