import { z } from 'zod';

/** The finance area's settings, kept by the finance office. */
export const financeSettingsSchema = z.object({
  /** Working days from a need's posting to an institution's first contact before it goes to the finance officer. */
  firstContactDays: z.number().int().min(1).max(20),
  /** Working days after a 银企对接 meeting for its follow-up. */
  followUpDays: z.number().int().min(1).max(30),
  /** The 1-year 贷款市场报价利率 in basis points, for LPR-based rates (set when the PBoC publishes a new one). */
  lprBp: z.number().int().min(0).max(2_000),
  /** The plan's yearly target of enterprises served (seed 九.2: 50 家以上). */
  servedTarget: z.number().int().min(0).max(100_000),
  /** Working days from signing a patent pledge contract to its registration; left as it is when not sent. */
  pledgeRegistrationDays: z.number().int().min(1).max(60).optional(),
});
export type FinanceSettings = z.infer<typeof financeSettingsSchema>;
export const settingsResponseSchema = financeSettingsSchema.extend({
  pledgeRegistrationDays: z.number().int(),
  updatedAt: z.string(),
});
