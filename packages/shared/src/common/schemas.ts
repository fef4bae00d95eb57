import { z } from 'zod';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A filter of several values in a query string: `a,b` or repeated keys, each one of `values`. */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Money in fen (分): a non-negative integer. */
export const fenSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const idParamSchema = z.object({ id: z.coerce.number().int().positive() });

/** An ISO date (YYYY-MM-DD). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'date.invalid');

export const okSchema = z.object({ ok: z.literal(true) });

/** A person's reason for a refusal or cancellation. */
export const reasonSchema = z.object({ reason: z.string().trim().min(2).max(500) });

/** A list answer without paging. */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}
/** A page of items as `pageOf` answers it. */
export type Page<T> = z.infer<ReturnType<typeof pageOf<z.ZodType<T>>>>;

/** The SHA-256 of an uploaded file, which names it. */
export const uploadHashSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** An instant as the JSON of a Date or `toISOString()`: ISO 8601 in UTC, e.g. `2026-12-01T13:05:00.000Z`. */
export const instantSchema = z.iso.datetime();

/**
 * A `timestamptz` column read with raw SQL: the driver passes PostgreSQL's text through unparsed, so the wire shows
 * it as PostgreSQL prints it, e.g. `2026-12-01 13:05:00.123456+00` (the offset is the session's time zone).
 */
export const pgTimestampSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/)
  .describe("PostgreSQL timestamptz text, e.g. '2026-12-01 13:05:00.123456+00'");
