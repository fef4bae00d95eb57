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
