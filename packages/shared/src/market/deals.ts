/**
 * From interest to contract: a buyer opens an inquiry on a published achievement, the two sides negotiate in a thread
 * of messages and offers, an accepted offer is the agreed price (on public notice first when the seller is a public
 * institution), the contract is drafted and confirmed by both, and the seller applies once for 技术合同认定登记.
 */
import { z } from 'zod';
import { dateSchema, fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';
import { usccSchema } from '../org/org.ts';
import { TECH_FIELD_CODES } from './achievements.ts';
import { CONTRACT_KINDS, NON_TECHNICAL_COST_KINDS } from './contracts.ts';

/**
 * A deal: negotiating; on notice (a public institution's agreed price, published for objections for `noticeDays`);
 * agreed (the notice over, or none needed); contracted (a contract drafted from it); cancelled by either side.
 */
export const DEAL_STATUSES = ['negotiating', 'notice', 'agreed', 'contracted', 'cancelled'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Days a public institution's agreed price stays on public notice before the contract (the default; configurable). */
export const DEFAULT_NOTICE_DAYS = 15;

export const OFFER_STATUSES = ['open', 'accepted', 'declined', 'superseded'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const dealOpenSchema = z.object({
  achievementId: z.number().int().positive(),
  /** The buyer's need this inquiry answers, when it came from a suggestion. */
  needId: z.number().int().positive().nullable().default(null),
  message: z.string().trim().min(2).max(2_000),
});

export const dealMessageInputSchema = z.object({
  body: z.string().trim().min(1).max(2_000),
  /** A price offer with the message (fen); it replaces the sender's earlier open offer. */
  offerFen: fenSchema.nullable().default(null),
  attachments: z.array(hashSchema).max(10).default([]),
});

export const dealCancelSchema = z.object({ reason: z.string().trim().min(2).max(500) });

export const dealMessageSchema = z.object({
  id: z.number().int(),
  side: z.enum(['seller', 'buyer']),
  authorName: z.string(),
  body: z.string(),
  offerFen: z.number().int().nullable(),
  offerStatus: z.enum(OFFER_STATUSES).nullable(),
  attachments: z.array(z.object({ hash: z.string(), name: z.string() })),
  createdAt: z.string(),
});
export type DealMessage = z.infer<typeof dealMessageSchema>;

export const dealSchema = z.object({
  id: z.number().int(),
  achievementId: z.number().int(),
  achievementTitle: z.string(),
  needId: z.number().int().nullable(),
  sellerOrgId: z.number().int(),
  sellerName: z.string(),
  buyerOrgId: z.number().int(),
  buyerName: z.string(),
  /** The reader's side, or null for the administration. */
  side: z.enum(['seller', 'buyer']).nullable(),
  sellerPublic: z.boolean(),
  status: z.enum(DEAL_STATUSES),
  agreedFen: z.number().int().nullable(),
  agreedAt: z.string().nullable(),
  noticeFrom: z.string().nullable(),
  noticeUntil: z.string().nullable(),
  /** Whether a contract may be drafted now: agreed, or on notice with the notice over. */
  contractable: z.boolean(),
  contractId: z.number().int().nullable(),
  /** The open licence taken (开放许可): the price is its declared fee for `licenceYears`; the contract a 技术许可. */
  openLicenceId: z.number().int().nullable(),
  licenceYears: z.number().int().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Deal = z.infer<typeof dealSchema>;

export const dealDetailSchema = dealSchema.extend({ messages: z.array(dealMessageSchema) });
export type DealDetail = z.infer<typeof dealDetailSchema>;

export const dealListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the achievement's title or a side's name. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  /** `mine`: the deals of my organisation, either side; `all`: every deal (the administration). */
  scope: z.enum(['mine', 'all']).default('mine'),
});
export const dealPageSchema = pageOf(dealSchema);

/** A public notice of an agreed price (科技成果转化 by a public institution: 协议定价 on public notice). */
export const dealNoticeSchema = z.object({
  dealId: z.number().int(),
  achievementTitle: z.string(),
  sellerName: z.string(),
  buyerName: z.string(),
  agreedFen: z.number().int(),
  noticeFrom: z.string(),
  noticeUntil: z.string(),
});
export const dealNoticePageSchema = pageOf(dealNoticeSchema);
export const dealNoticeQuerySchema = pageQuerySchema.extend({
  /** A fragment of the achievement's title or a side's name. */
  q: z.string().trim().max(100).optional(),
});

// --- contracts -------------------------------------------------------------------------------------------------

export const CONTRACT_STATUSES = ['draft', 'signed'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const nonTechnicalLineSchema = z.object({
  kind: z.enum(NON_TECHNICAL_COST_KINDS),
  description: z.string().trim().min(1).max(200),
  amountFen: fenSchema,
});

export const paymentLineSchema = z.object({
  dueOn: dateSchema,
  amountFen: fenSchema,
  note: z.string().trim().max(200).default(''),
});

const contractFields = z.object({
  kind: z.enum(CONTRACT_KINDS),
  title: z.string().trim().min(4).max(200),
  amountFen: fenSchema.refine((n) => n > 0, 'market.amount_positive'),
  nonTechnical: z.array(nonTechnicalLineSchema).max(30).default([]),
  payments: z.array(paymentLineSchema).min(1).max(24),
  /** For 技术咨询 and 技术服务: the work goes with a transfer or development of the same technology (VAT). */
  withTransferOrDevelopment: z.boolean().default(false),
  /** The signed contract's scan: needed before registration. */
  signedFile: hashSchema.nullable().default(null),
});

/** The costs stay within the amount; the payments add up to it. */
const contractTerms = <T extends z.ZodType<z.output<typeof contractFields>>>(schema: T) =>
  schema
    .refine((c) => c.nonTechnical.reduce((a, l) => a + l.amountFen, 0) <= c.amountFen, {
      path: ['nonTechnical'],
      message: 'market.costs_exceed_amount',
    })
    .refine((c) => c.payments.reduce((a, l) => a + l.amountFen, 0) === c.amountFen, {
      path: ['payments'],
      message: 'market.payments_total',
    });

export const contractInputSchema = contractTerms(contractFields);
export type ContractInput = z.input<typeof contractInputSchema>;

/**
 * A contract signed outside the platform, recorded by the seller for 技术合同认定登记: its terms, the signed scan, and
 * the buyer by name and USCC (linked to the buyer's organisation when it is on the platform).
 */
export const offlineContractInputSchema = contractTerms(
  contractFields.extend({
    signedFile: hashSchema,
    buyerName: z.string().trim().min(2).max(200),
    buyerUscc: usccSchema,
    field: z.enum(TECH_FIELD_CODES),
  }),
);
export type OfflineContractInput = z.input<typeof offlineContractInputSchema>;

export const contractSchema = z.object({
  id: z.number().int(),
  /** The deal it came from; null for a contract signed outside the platform (`offline`). */
  dealId: z.number().int().nullable(),
  offline: z.boolean(),
  kind: z.enum(CONTRACT_KINDS),
  title: z.string(),
  sellerOrgId: z.number().int(),
  sellerName: z.string(),
  /** The buyer's organisation on the platform; null for an offline contract's buyer named by USCC only. */
  buyerOrgId: z.number().int().nullable(),
  buyerName: z.string(),
  buyerUscc: z.string().nullable(),
  side: z.enum(['seller', 'buyer']).nullable(),
  /** 成交额. */
  amountFen: z.number().int(),
  nonTechnical: z.array(nonTechnicalLineSchema),
  nonTechnicalFen: z.number().int(),
  /** 技术交易额 = 成交额 − the non-technical costs. */
  techTradeFen: z.number().int(),
  payments: z.array(paymentLineSchema),
  withTransferOrDevelopment: z.boolean(),
  signedFile: z.object({ hash: z.string(), name: z.string() }).nullable(),
  status: z.enum(CONTRACT_STATUSES),
  sellerConfirmedAt: z.string().nullable(),
  buyerConfirmedAt: z.string().nullable(),
  registrationId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contract = z.infer<typeof contractSchema>;

// --- registration ----------------------------------------------------------------------------------------------

/** submitted (the clock runs), returned for missing materials (the clock stops), registered, or refused (未予登记). */
export const REGISTRATION_STATUSES = ['submitted', 'returned', 'registered', 'refused'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const registrationDecisionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('register') }),
  z.object({
    decision: z.literal('refuse'),
    reasonCode: z.string().trim().min(1).max(40),
    note: z.string().trim().max(500).default(''),
  }),
  /** Missing materials: back to the seller; the time limit starts again when they are supplied. */
  z.object({ decision: z.literal('return'), note: z.string().trim().min(2).max(500) }),
]);

export const registrationSupplySchema = z.object({
  note: z.string().trim().max(500).default(''),
  signedFile: hashSchema.nullable().default(null),
});

export const taxBenefitSchema = z.object({
  code: z.string(),
  zh: z.string(),
  en: z.string(),
  document: z.string(),
  article: z.string(),
});

export const registrationSchema = z.object({
  id: z.number().int(),
  contractId: z.number().int(),
  contractTitle: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  sellerOrgId: z.number().int(),
  sellerName: z.string(),
  buyerName: z.string(),
  amountFen: z.number().int(),
  techTradeFen: z.number().int(),
  status: z.enum(REGISTRATION_STATUSES),
  submittedOn: z.string(),
  suppliedOn: z.string().nullable(),
  /** The day the point must decide by, its working days, and whether the longer (expert review) limit applies. */
  dueOn: z.string(),
  limitWorkingDays: z.number().int(),
  review: z.boolean(),
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
  returnNote: z.string().nullable(),
  reasonCode: z.string().nullable(),
  reasonNote: z.string().nullable(),
  number: z.string().nullable(),
  registeredOn: z.string().nullable(),
  taxBenefits: z.array(taxBenefitSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Registration = z.infer<typeof registrationSchema>;

export const registrationListQuerySchema = pageQuerySchema.extend({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  scope: z.enum(['mine', 'all']).default('mine'),
  q: z.string().trim().max(100).optional(),
});
export const registrationPageSchema = pageOf(registrationSchema);

/** What a certificate's QR code opens: the registration as the point recorded it. */
export const registrationVerifySchema = z.object({
  number: z.string(),
  kind: z.enum(CONTRACT_KINDS),
  contractTitle: z.string(),
  sellerName: z.string(),
  buyerName: z.string(),
  amountFen: z.number().int(),
  techTradeFen: z.number().int(),
  registeredOn: z.string(),
});
export type RegistrationVerify = z.infer<typeof registrationVerifySchema>;

// --- settings --------------------------------------------------------------------------------------------------

export const refusalReasonSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{2,40}$/),
  zh: z.string().trim().min(2).max(100),
  en: z.string().trim().min(2).max(200),
});
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

/** The registration rules a zone sets (the 2026 办法 left them to configuration) and the public-notice period. */
export const marketSettingsSchema = z.object({
  noticeDays: z.number().int().min(0).max(60),
  workingDays: z.number().int().min(1).max(90),
  reviewWorkingDays: z.number().int().min(1).max(120),
  reviewThresholdFen: fenSchema.refine((n) => n > 0),
  numberLayout: z.string().regex(/^Y+P+C+R+S+$/),
  provinceCode: z.string().regex(/^\d{1,4}$/),
  cityCode: z.string().regex(/^\d{1,4}$/),
  pointCode: z.string().regex(/^\d{1,4}$/),
  refusalReasons: z.array(refusalReasonSchema).min(1).max(30),
  /** The plan's target: 技术交易额 of `tradeTargetYear` at `tradeTargetMultiple` times the base year's (翻两番: 4). */
  tradeBaseYear: z.number().int().min(2000).max(2100),
  /** The base year's 技术交易额 as the zone recorded it (fen); null until entered. */
  tradeBaseFen: fenSchema.nullable(),
  tradeTargetMultiple: z.number().min(0.01).max(999),
  tradeTargetYear: z.number().int().min(2000).max(2100),
});
export type MarketSettings = z.infer<typeof marketSettingsSchema>;

// --- statistics ------------------------------------------------------------------------------------------------

/** Where a buyer is, by its USCC's division against the zone's: the city, elsewhere in the province, outside. */
export const BUYER_REGIONS = ['city', 'province', 'other'] as const;
export type BuyerRegion = (typeof BUYER_REGIONS)[number];

export const tradeFigureSchema = z.object({
  key: z.string(),
  contracts: z.number().int(),
  /** 成交额. */
  amountFen: z.number().int(),
  /** 技术交易额. */
  techTradeFen: z.number().int(),
});
export type TradeFigure = z.infer<typeof tradeFigureSchema>;

export const marketStatisticsQuerySchema = z.object({
  /** The year the breakdowns are of (by registration date, Shanghai); the zone's current year by default. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const marketStatisticsSchema = z.object({
  year: z.number().int(),
  /** Every year with a registered contract, the target year and the asked year, oldest first. */
  years: z.array(tradeFigureSchema),
  byKind: z.array(tradeFigureSchema),
  byField: z.array(tradeFigureSchema),
  bySellerKind: z.array(tradeFigureSchema),
  byBuyerRegion: z.array(tradeFigureSchema),
  target: z.object({
    baseYear: z.number().int(),
    baseFen: z.number().int().nullable(),
    multiple: z.number(),
    targetYear: z.number().int(),
    /** base × multiple; null while the base is not entered. */
    targetFen: z.number().int().nullable(),
    /** The year measured: the target year, or the current year while the target year is still to come. */
    reachedYear: z.number().int(),
    /** That year's 技术交易额 registered on the platform so far. */
    reachedFen: z.number().int(),
    /** reached ÷ target (1 = met); null while the base is not entered. */
    progress: z.number().nullable(),
  }),
});
export type MarketStatistics = z.infer<typeof marketStatisticsSchema>;
