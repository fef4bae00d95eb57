/**
 * Contracts of policy applications (政策兑现): how an enterprise claims what an item gives — 申报审批 (it applies with
 * materials from its vault, the department reviews, returns named points to correct, approves within the rule's
 * amount, publicises and pays), 免申即享 (the department confirms the computed list, the enterprise confirms its
 * intent and account) and 快申快享 (a short application paid within a number of working days) — with the 公示 notices,
 * the payments (兑现), the ratings of the handling (办理满意度) and the zone's calendar of working days.
 */
import { z } from 'zod';
import { dateSchema, instantSchema, pageOf, pageQuerySchema, reasonSchema } from '../common/schemas.ts';
import { wordsSchema } from '../cultivation/schemas.ts';
import { MATERIAL_KIND_CODES } from '../materials/kinds.ts';
import { requirementSchema } from '../materials/schemas.ts';
import { POLICY_ITEM_MODES, policyEligibilitySchema } from './items.ts';
import { POLICY_HOLIDAY_KINDS } from './working-days.ts';

export const POLICY_APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'rejected',
  'publicised',
  'paid',
  'withdrawn',
  // 免申即享: confirmed by the department, then accepted or refused by the enterprise.
  'confirmed',
  'accepted',
  'refused',
] as const;
export type PolicyApplicationStatus = (typeof POLICY_APPLICATION_STATUSES)[number];

/** Statuses whose approved amount counts against the item's budget. */
export const COMMITTED_STATUSES = ['approved', 'publicised', 'paid', 'confirmed', 'accepted'] as const;
/** Statuses that end an application without payment: the enterprise may claim the item again. */
export const CLOSED_STATUSES = ['withdrawn', 'rejected', 'refused'] as const;
/** A 公示 runs five working days unless the department says otherwise. */
export const DEFAULT_NOTICE_WORKING_DAYS = 5;
/** 快申快享 applications this many working days (or fewer) from their deadline are "near" it. */
export const NEAR_DEADLINE_WORKING_DAYS = 5;

type Step = {
  from: readonly PolicyApplicationStatus[];
  to: PolicyApplicationStatus;
  by: 'enterprise' | 'administration';
};

/**
 * Who takes each step from which states. 免申即享 applications start `confirmed` (the department's confirmation is
 * their approval); the others start as drafts. Payment follows the 公示 (or, for 免申即享, the enterprise's
 * acceptance); a rejection may follow an objection during the 公示.
 */
export const APPLICATION_STEPS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: 'enterprise' },
  withdraw: { from: ['draft', 'submitted', 'returned'], to: 'withdrawn', by: 'enterprise' },
  return: { from: ['submitted'], to: 'returned', by: 'administration' },
  approve: { from: ['submitted'], to: 'approved', by: 'administration' },
  reject: { from: ['submitted', 'approved', 'publicised'], to: 'rejected', by: 'administration' },
  publicise: { from: ['approved', 'accepted'], to: 'publicised', by: 'administration' },
  pay: { from: ['publicised', 'accepted'], to: 'paid', by: 'administration' },
  accept: { from: ['confirmed'], to: 'accepted', by: 'enterprise' },
  refuse: { from: ['confirmed'], to: 'refused', by: 'enterprise' },
} as const satisfies Record<string, Step>;
export type ApplicationStep = keyof typeof APPLICATION_STEPS;

export const canTakeApplicationStep = (step: ApplicationStep, status: PolicyApplicationStatus): boolean =>
  (APPLICATION_STEPS[step].from as readonly PolicyApplicationStatus[]).includes(status);

/** What happens next, for the lists' "next step" column and the application's page. */
export const NEXT_STEPS = [
  'submit',
  'review',
  'correct',
  'publicity',
  'in_publicity',
  'payment',
  'confirm',
  'rate',
  'done',
] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

export function nextStepOf(a: {
  status: PolicyApplicationStatus;
  /** The 公示 it is in has not ended. */
  noticeRunning: boolean;
  rated: boolean;
}): NextStep {
  switch (a.status) {
    case 'draft':
      return 'submit';
    case 'submitted':
      return 'review';
    case 'returned':
      return 'correct';
    case 'approved':
      return 'publicity';
    case 'publicised':
      return a.noticeRunning ? 'in_publicity' : 'payment';
    case 'accepted':
      return 'payment';
    case 'confirmed':
      return 'confirm';
    case 'paid':
    case 'rejected':
      return a.rated ? 'done' : 'rate';
    default:
      return 'done';
  }
}

/** 开户行, 户名, 账号: the account the amount is paid to. The number is digits only (spaces are dropped). */
export const accountNumberSchema = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{8,32}$/, 'policy.account_number'));
export const bankAccountSchema = z.object({
  bankName: z.string().trim().min(2).max(100),
  accountName: z.string().trim().min(2).max(100),
  accountNumber: accountNumberSchema,
});
export type BankAccount = z.infer<typeof bankAccountSchema>;

/** What an enterprise fills in: the amount requested, the account, a note. A draft may leave any of them empty. */
export const applicationFormSchema = z.object({
  requestedFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  bankName: bankAccountSchema.shape.bankName.nullable().default(null),
  accountName: bankAccountSchema.shape.accountName.nullable().default(null),
  accountNumber: accountNumberSchema.nullable().default(null),
  note: z.string().trim().max(1000).default(''),
});
export type ApplicationForm = z.input<typeof applicationFormSchema>;
export type ApplicationFormParsed = z.output<typeof applicationFormSchema>;

/** The fields a department may name for correction. `bankAccount` is the three fields of the account together. */
export const APPLICATION_FIELDS = ['requestedFen', 'bankAccount', 'note'] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** A point to correct: a material (by kind) or a field, with what is wrong. */
export const returnItemSchema = z.discriminatedUnion('target', [
  z.object({
    target: z.literal('material'),
    kind: z.enum(MATERIAL_KIND_CODES),
    note: z.string().trim().max(200).default(''),
  }),
  z.object({
    target: z.literal('field'),
    field: z.enum(APPLICATION_FIELDS),
    note: z.string().trim().max(200).default(''),
  }),
]);
export type ReturnItem = z.infer<typeof returnItemSchema>;

export const returnBodySchema = z.object({
  items: z
    .array(returnItemSchema)
    .min(1)
    .max(30)
    .refine(
      (items) =>
        new Set(items.map((i) => (i.target === 'material' ? `m:${i.kind}` : `f:${i.field}`))).size === items.length,
      'policy.return_twice',
    ),
  note: z.string().trim().max(500).default(''),
});
export type ReturnBody = z.input<typeof returnBodySchema>;

/** Which of the form's fields a correction may change: only those named (`bankAccount` covers its three). */
export function correctableFields(items: readonly ReturnItem[]): Set<keyof ApplicationFormParsed> {
  const out = new Set<keyof ApplicationFormParsed>();
  for (const i of items) {
    if (i.target !== 'field') continue;
    if (i.field === 'bankAccount') for (const f of ['bankName', 'accountName', 'accountNumber'] as const) out.add(f);
    else out.add(i.field);
  }
  return out;
}

export const approveBodySchema = z.object({
  approvedFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  note: z.string().trim().max(500).default(''),
});
export const withdrawBodySchema = z.object({ reason: z.string().trim().max(500).default('') });
export const refuseBodySchema = reasonSchema;
export const rejectBodySchema = reasonSchema;

export const paymentInputSchema = z.object({
  paidOn: dateSchema,
  amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  /** 支付凭证号: the voucher or transfer reference. */
  reference: z.string().trim().min(2).max(100),
});
export type PaymentInput = z.infer<typeof paymentInputSchema>;

export const ratingInputSchema = z.object({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).default(''),
});
export type RatingInput = z.input<typeof ratingInputSchema>;

export const noticeInputSchema = z.object({
  /** The approved applications of the item to list; all of them when left out. */
  applicationIds: z.array(z.number().int().positive()).min(1).max(500).optional(),
  workingDays: z.number().int().min(1).max(30).default(DEFAULT_NOTICE_WORKING_DAYS),
  note: z.string().trim().max(500).default(''),
});
export type NoticeInput = z.input<typeof noticeInputSchema>;

export const objectionInputSchema = z.object({
  applicationId: z.number().int().positive().nullable().default(null),
  objector: z.string().trim().max(100).default(''),
  content: z.string().trim().min(2).max(1000),
  receivedOn: dateSchema,
  resolution: z.string().trim().max(1000).default(''),
});
export type ObjectionInput = z.input<typeof objectionInputSchema>;

/** 免申即享: the enterprises to confirm (ids of the candidates list), or every eligible one. */
export const autoConfirmBodySchema = z.union([
  z.object({ orgIds: z.array(z.number().int().positive()).min(1).max(500) }),
  z.object({ all: z.literal(true) }),
]);
export type AutoConfirmBody = z.infer<typeof autoConfirmBodySchema>;

export const holidayInputSchema = z.object({
  kind: z.enum(POLICY_HOLIDAY_KINDS),
  name: z.string().trim().min(1).max(50),
});
export const holidayParamSchema = z.object({ day: dateSchema });
/** The zone's calendar, a page in date order: of one year (or every year), searched by name, of one kind. */
export const holidayQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** A fragment of the day's name (春节, 国庆节). */
  q: z.string().trim().max(50).optional(),
  kind: z.enum(POLICY_HOLIDAY_KINDS).optional(),
});
export type HolidayParams = z.input<typeof holidayQuerySchema>;
export const holidaySchema = z.object({
  day: dateSchema,
  kind: z.enum(POLICY_HOLIDAY_KINDS),
  name: z.string(),
  updatedAt: instantSchema,
});
export type PolicyHoliday = z.infer<typeof holidaySchema>;
export const holidayPageSchema = pageOf(holidaySchema);
export type HolidayPage = z.infer<typeof holidayPageSchema>;

// ——— answers ———

const timerSchema = z.object({ dueOn: dateSchema, workingDaysLeft: z.number().int(), overdue: z.boolean() });
export const noticeRefSchema = z.object({
  id: z.number().int(),
  startsOn: dateSchema,
  endsOn: dateSchema,
  /** Today is within the notice period. */
  running: z.boolean(),
});
export const paymentSchema = z.object({
  paidOn: dateSchema,
  amountFen: z.number().int(),
  reference: z.string(),
  recordedAt: instantSchema,
});
export const ratingSchema = z.object({ score: z.number().int(), comment: z.string(), ratedAt: instantSchema });

export const policyApplicationSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  itemTitle: z.string(),
  documentTitle: z.string(),
  department: z.string(),
  mode: z.enum(POLICY_ITEM_MODES),
  orgId: z.number().int(),
  orgName: z.string(),
  status: z.enum(POLICY_APPLICATION_STATUSES),
  nextStep: z.enum(NEXT_STEPS),
  /** What the rule gives: recorded at submission (免申即享: at confirmation), computed now for a draft; null when the amount is decided in review or a figure is missing. */
  capFen: z.number().int().nullable(),
  decidedInReview: z.boolean(),
  requestedFen: z.number().int().nullable(),
  approvedFen: z.number().int().nullable(),
  bankName: z.string().nullable(),
  accountName: z.string().nullable(),
  accountNumber: z.string().nullable(),
  note: z.string(),
  returnItems: z.array(returnItemSchema),
  returnNote: z.string().nullable(),
  decisionReason: z.string().nullable(),
  refusalReason: z.string().nullable(),
  /** The item's window of claims. */
  opensOn: dateSchema.nullable(),
  closesOn: dateSchema.nullable(),
  itemOpen: z.boolean(),
  notice: noticeRefSchema.nullable(),
  payment: paymentSchema.nullable(),
  /** 快申快享: the payment deadline in working days from the first submission. */
  timer: timerSchema.nullable(),
  rating: ratingSchema.nullable(),
  submittedAt: instantSchema.nullable(),
  decidedAt: instantSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type PolicyApplication = z.infer<typeof policyApplicationSchema>;
export const policyApplicationPageSchema = pageOf(policyApplicationSchema);
export type PolicyApplicationPage = z.infer<typeof policyApplicationPageSchema>;

/** A material an application uses: as it was when attached (a used material never changes in place). */
export const attachedMaterialSchema = z.object({
  materialId: z.number().int(),
  kind: z.enum(MATERIAL_KIND_CODES),
  year: z.number().int().nullable(),
  title: z.string(),
  file: z.string(),
  fileName: z.string(),
  validFrom: dateSchema.nullable(),
  validTo: dateSchema.nullable(),
  /** The vault's check when attached: pending, checked. */
  review: z.string(),
  attachedAt: instantSchema,
  /** Set when a correction replaced it: the history of what was handed in. */
  replacedAt: instantSchema.nullable(),
});
export type AttachedMaterial = z.infer<typeof attachedMaterialSchema>;

export const APPLICATION_EVENT_STEPS = [
  'create',
  'submit',
  'resubmit',
  'return',
  'approve',
  'reject',
  'withdraw',
  'publicise',
  'objection',
  'pay',
  'confirm',
  'accept',
  'refuse',
  'rate',
] as const;
export const applicationEventSchema = z.object({
  step: z.enum(APPLICATION_EVENT_STEPS),
  fromStatus: z.enum(POLICY_APPLICATION_STATUSES).nullable(),
  toStatus: z.enum(POLICY_APPLICATION_STATUSES),
  by: z.enum(['enterprise', 'administration', 'system']),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  at: instantSchema,
});
export type ApplicationEvent = z.infer<typeof applicationEventSchema>;

export const objectionSchema = z.object({
  id: z.number().int(),
  noticeId: z.number().int(),
  applicationId: z.number().int().nullable(),
  objector: z.string(),
  content: z.string(),
  resolution: z.string(),
  receivedOn: dateSchema,
  recordedAt: instantSchema,
});
export type Objection = z.infer<typeof objectionSchema>;

export const policyApplicationDetailSchema = policyApplicationSchema.extend({
  /** The eligibility it was submitted with; a draft's is computed now (`eligibilityLive`). */
  eligibility: policyEligibilitySchema.nullable(),
  eligibilityLive: z.boolean(),
  reviewedByHand: z.array(wordsSchema),
  /** What the item asks of the vault. */
  requirements: z.array(requirementSchema),
  materials: z.array(attachedMaterialSchema),
  history: z.array(applicationEventSchema),
  objections: z.array(objectionSchema),
  /** Paid or rejected and not yet rated by the enterprise. */
  rateable: z.boolean(),
});
export type PolicyApplicationDetail = z.infer<typeof policyApplicationDetailSchema>;

export const APPLICATION_DUE_FILTERS = ['overdue', 'near'] as const;
export const policyApplicationListQuerySchema = pageQuerySchema.extend({
  /** A fragment of the enterprise's name or the item's title. */
  q: z.string().trim().max(100).optional(),
  itemId: z.coerce.number().int().positive().optional(),
  orgId: z.coerce.number().int().positive().optional(),
  status: z.enum(POLICY_APPLICATION_STATUSES).optional(),
  mode: z.enum(POLICY_ITEM_MODES).optional(),
  /** 快申快享 past their deadline (`overdue`), or within NEAR_DEADLINE_WORKING_DAYS of it or past it (`near`). */
  due: z.enum(APPLICATION_DUE_FILTERS).optional(),
});
export type PolicyApplicationListQuery = z.output<typeof policyApplicationListQuerySchema>;
export type PolicyApplicationListParams = z.input<typeof policyApplicationListQuerySchema>;

/** 免申即享: an enterprise on the item's list, checked again against its facts now. */
export const autoCandidateSchema = z.object({
  orgId: z.number().int(),
  orgName: z.string(),
  /** The result of the check now (the list holds those found eligible before). */
  result: z.enum(['eligible', 'not_eligible', 'needs_data']),
  amountFen: z.number().int().nullable(),
  /** An application already made for it (confirmed, accepted, paid…), if any. */
  applicationId: z.number().int().nullable(),
  applicationStatus: z.enum(POLICY_APPLICATION_STATUSES).nullable(),
  missing: z.array(z.string()),
});
export type AutoCandidate = z.infer<typeof autoCandidateSchema>;
export const autoCandidatePageSchema = pageOf(autoCandidateSchema).extend({
  budgetFen: z.number().int().nullable(),
  committedFen: z.number().int(),
});
export type AutoCandidatePage = z.infer<typeof autoCandidatePageSchema>;
export const autoCandidateQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });

export const AUTO_SKIP_REASONS = ['not_eligible', 'needs_data', 'no_amount', 'has_application', 'not_on_list'] as const;
export const autoConfirmResultSchema = z.object({
  confirmed: z.array(
    z.object({ orgId: z.number().int(), applicationId: z.number().int(), amountFen: z.number().int() }),
  ),
  skipped: z.array(z.object({ orgId: z.number().int(), reason: z.enum(AUTO_SKIP_REASONS) })),
  totalFen: z.number().int(),
});
export type AutoConfirmResult = z.infer<typeof autoConfirmResultSchema>;

/** A 公示 as the public reads it: the item, the period, the approved enterprises and amounts. */
export const policyNoticeSchema = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  itemTitle: z.string(),
  documentTitle: z.string(),
  department: z.string(),
  startsOn: dateSchema,
  endsOn: dateSchema,
  workingDays: z.number().int(),
  running: z.boolean(),
  note: z.string(),
  entries: z.array(z.object({ applicationId: z.number().int(), orgName: z.string(), amountFen: z.number().int() })),
  totalFen: z.number().int(),
  createdAt: instantSchema,
});
export type PolicyNotice = z.infer<typeof policyNoticeSchema>;
export const policyNoticePageSchema = pageOf(policyNoticeSchema);
export type PolicyNoticePage = z.infer<typeof policyNoticePageSchema>;
export const policyNoticeQuerySchema = pageQuerySchema.extend({
  /** A fragment of the item's title or an enterprise's name. */
  q: z.string().trim().max(100).optional(),
  /** Only notices still running. */
  running: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type PolicyNoticeParams = z.input<typeof policyNoticeQuerySchema>;
