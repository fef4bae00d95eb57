import { z } from 'zod';
import { instantSchema, pageOf, pageQuerySchema, reasonSchema, uploadHashSchema } from '../common/schemas.ts';

/** 通知公告, 政策解读, 双创资讯, 活动预告. */
export const NEWS_CATEGORIES = ['notice', 'interpretation', 'news', 'event'] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

/**
 * An article's state as stored: a draft, scheduled for `publishAt`, published, or withdrawn (with a reason; it may be
 * published again). A scheduled article whose time has come is public even before the minute job marks it published.
 */
export const NEWS_STATUSES = ['draft', 'scheduled', 'published', 'withdrawn'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

/** How an event takes sign-ups: none, a link to another site, or registration in the platform (to come). */
export const EVENT_SIGNUPS = ['none', 'link', 'platform'] as const;
export type EventSignup = (typeof EVENT_SIGNUPS)[number];

/** The steps an administrator takes on an article. */
export const NEWS_STEPS = ['publish', 'schedule', 'unschedule', 'withdraw', 'republish'] as const;
export type NewsStep = (typeof NEWS_STEPS)[number];

const instantOf = (t: Date | string | null) => (t === null ? null : typeof t === 'string' ? new Date(t) : t);

/**
 * The state the public and the administration see at `now`: a scheduled article whose `publishAt` has come is
 * published, whether or not the minute job has marked it so yet (the same rule as the public queries' SQL).
 */
export function effectiveStatus(a: { status: NewsStatus; publishAt: Date | string | null }, now: Date): NewsStatus {
  const at = instantOf(a.publishAt);
  if (a.status === 'scheduled' && at !== null && at.getTime() <= now.getTime()) return 'published';
  return a.status;
}

/** Whether the public sees the article at `now`. */
export const isPublicAt = (a: { status: NewsStatus; publishAt: Date | string | null }, now: Date) =>
  effectiveStatus(a, now) === 'published';

/**
 * Which step an article may take in its state as seen now: a draft or a scheduled article not yet due is published
 * now, (re)scheduled or (scheduled only) put back to draft; a public article is withdrawn; a withdrawn one republished.
 */
const STEPS_FROM: Record<NewsStep, readonly NewsStatus[]> = {
  publish: ['draft', 'scheduled'],
  schedule: ['draft', 'scheduled'],
  unschedule: ['scheduled'],
  withdraw: ['published'],
  republish: ['withdrawn'],
};

export function canTakeStep(seen: NewsStatus, step: NewsStep): boolean {
  return STEPS_FROM[step].includes(seen);
}

/** The steps open to an article in the state it is seen in. */
export const stepsOpen = (seen: NewsStatus): NewsStep[] => NEWS_STEPS.filter((s) => canTakeStep(seen, s));

const nullable = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

/** A link of an event's sign-up: http or https only. */
export const isSignupUrl = (s: string) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s);

export const newsEventInputSchema = z
  .object({
    startsAt: instantSchema,
    endsAt: nullable(instantSchema),
    place: z.string().trim().max(200).default(''),
    signup: z.enum(EVENT_SIGNUPS).default('none'),
    signupUrl: z
      .string()
      .trim()
      .max(500)
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((e, ctx) => {
    if (e.endsAt && e.endsAt < e.startsAt)
      ctx.addIssue({ code: 'custom', message: 'news.event_order', path: ['endsAt'] });
    if (e.signup === 'link' && !(e.signupUrl && isSignupUrl(e.signupUrl)))
      ctx.addIssue({ code: 'custom', message: 'news.signup_url', path: ['signupUrl'] });
  })
  .transform((e) => ({ ...e, signupUrl: e.signup === 'link' ? e.signupUrl : null }));
export type NewsEventInput = z.input<typeof newsEventInputSchema>;

export const newsAttachmentSchema = z.object({
  hash: uploadHashSchema,
  /** The name readers see (the uploaded file's name unless the editor changed it). */
  name: z.string().trim().min(1).max(200),
});
export type NewsAttachment = z.infer<typeof newsAttachmentSchema>;

export const NEWS_TAG_MAX = 10;
export const newsTagSchema = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .refine((s) => !/[,，\s]/.test(s), 'news.tag_format');

/** What an administrator writes. The body is the editor's HTML; the server sanitises it before storing it. */
export const newsArticleInputSchema = z
  .object({
    category: z.enum(NEWS_CATEGORIES),
    title: z.string().trim().min(2).max(120),
    /** Shown on cards; when empty, the start of the body's text is shown. */
    summary: z.string().trim().max(300).default(''),
    body: z.string().max(200_000),
    cover: nullable(uploadHashSchema),
    attachments: z.array(newsAttachmentSchema).max(20).default([]),
    /** The department of the administration that writes it (科技创新部…). */
    department: z.string().trim().min(2).max(60),
    tags: z
      .array(newsTagSchema)
      .max(NEWS_TAG_MAX)
      .default([])
      .transform((tags) => [...new Set(tags)]),
    /** Time, place and sign-up of an event (活动预告 only). */
    event: nullable(newsEventInputSchema),
    /** The policy document the article explains or announces (the policy area's id). */
    policyDocumentId: nullable(z.number().int().positive()),
    pinned: z.boolean().default(false),
  })
  .superRefine((a, ctx) => {
    if (a.category === 'event' && !a.event)
      ctx.addIssue({ code: 'custom', message: 'news.event_required', path: ['event'] });
    if (a.category !== 'event' && a.event)
      ctx.addIssue({ code: 'custom', message: 'news.event_only', path: ['event'] });
    if (new Set(a.attachments.map((f) => f.hash)).size !== a.attachments.length)
      ctx.addIssue({ code: 'custom', message: 'news.attachment_twice', path: ['attachments'] });
  });
export type NewsArticleInput = z.input<typeof newsArticleInputSchema>;
export type NewsArticleInputParsed = z.output<typeof newsArticleInputSchema>;

export const newsEventSchema = z.object({
  startsAt: instantSchema,
  endsAt: instantSchema.nullable(),
  place: z.string(),
  signup: z.enum(EVENT_SIGNUPS),
  signupUrl: z.string().nullable(),
});
export type NewsEvent = z.infer<typeof newsEventSchema>;

/** An article on a public card: what the lists and the home page show. */
export const newsCardSchema = z.object({
  id: z.number().int(),
  category: z.enum(NEWS_CATEGORIES),
  title: z.string(),
  summary: z.string(),
  cover: z.string().nullable(),
  department: z.string(),
  tags: z.array(z.string()),
  publishedAt: instantSchema,
  pinned: z.boolean(),
  event: newsEventSchema.nullable(),
  viewCount: z.number().int(),
});
export type NewsCard = z.infer<typeof newsCardSchema>;
export const newsCardPageSchema = pageOf(newsCardSchema);
export type NewsCardPage = z.infer<typeof newsCardPageSchema>;

/** A public article: its card, the sanitised body, and the attachments. */
export const newsArticleSchema = newsCardSchema.extend({
  body: z.string(),
  attachments: z.array(newsAttachmentSchema),
  policyDocumentId: z.number().int().nullable(),
});
export type NewsArticle = z.infer<typeof newsArticleSchema>;

/** An article in the administration's list, in the state it is seen in now. */
export const newsAdminItemSchema = z.object({
  id: z.number().int(),
  category: z.enum(NEWS_CATEGORIES),
  title: z.string(),
  summary: z.string(),
  cover: z.string().nullable(),
  department: z.string(),
  tags: z.array(z.string()),
  /** The state now: a scheduled article whose time has come reads as published. */
  status: z.enum(NEWS_STATUSES),
  /** When it is, was or will be public; null for a draft. */
  publishAt: instantSchema.nullable(),
  withdrawnAt: instantSchema.nullable(),
  withdrawReason: z.string().nullable(),
  pinned: z.boolean(),
  event: newsEventSchema.nullable(),
  viewCount: z.number().int(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type NewsAdminItem = z.infer<typeof newsAdminItemSchema>;
export const newsAdminPageSchema = pageOf(newsAdminItemSchema);
export type NewsAdminPage = z.infer<typeof newsAdminPageSchema>;

export const newsAdminArticleSchema = newsAdminItemSchema.extend({
  body: z.string(),
  attachments: z.array(newsAttachmentSchema),
  policyDocumentId: z.number().int().nullable(),
});
export type NewsAdminArticle = z.infer<typeof newsAdminArticleSchema>;

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** The public list: newest first with pinned articles first; `upcoming` lists events not yet over, soonest first. */
export const newsListQuerySchema = pageQuerySchema.extend({
  category: z.enum(NEWS_CATEGORIES).optional(),
  tag: z.string().trim().min(1).max(20).optional(),
  q: z.string().trim().max(100).optional(),
  upcoming: flag,
});
export type NewsListParams = z.input<typeof newsListQuerySchema>;

/** The administration's list: every state, newest first. */
export const newsAdminListQuerySchema = pageQuerySchema.extend({
  category: z.enum(NEWS_CATEGORIES).optional(),
  status: z.enum(NEWS_STATUSES).optional(),
  tag: z.string().trim().min(1).max(20).optional(),
  q: z.string().trim().max(100).optional(),
});
export type NewsAdminListParams = z.input<typeof newsAdminListQuerySchema>;

export const newsScheduleSchema = z.object({ publishAt: instantSchema });
export type NewsScheduleBody = z.infer<typeof newsScheduleSchema>;
export const newsWithdrawSchema = reasonSchema;
export type NewsWithdrawBody = z.infer<typeof newsWithdrawSchema>;
