import { z } from 'zod';
import { dateSchema, fenSchema, pageOf, pageQuerySchema } from '../common/schemas.ts';

/**
 * 知识产权质押: patents → valuation and credit approval → pledge contract → registration (number, date, within the
 * configured days of signing) → disbursement → release after repayment.
 */
export const PLEDGE_STATUSES = ['valuation', 'approved', 'contracted', 'registered', 'disbursed', 'released'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export const pledgeInputSchema = z.object({
  caseId: z.number().int().positive(),
  patentIds: z.array(z.number().int().positive()).min(1).max(20),
});

export const pledgeStepSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('approve'),
    valuationAgency: z.string().trim().min(2).max(100),
    valuationFen: fenSchema.min(1),
    valuedOn: dateSchema,
    approvedFen: fenSchema.min(1),
  }),
  z.object({ action: z.literal('contract'), contractNo: z.string().trim().min(2).max(60), signedOn: dateSchema }),
  z.object({
    action: z.literal('register'),
    registrationNo: z.string().trim().min(2).max(60),
    registeredOn: dateSchema,
  }),
  z.object({ action: z.literal('release'), on: dateSchema }),
]);

export const pledgeSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  orgId: z.number().int(),
  orgName: z.string(),
  institutionOrgId: z.number().int(),
  institutionName: z.string(),
  status: z.enum(PLEDGE_STATUSES),
  patents: z.array(
    z.object({
      id: z.number().int(),
      number: z.string(),
      title: z.string(),
      kind: z.string(),
      legalStatus: z.string(),
      transferred: z.boolean(),
    }),
  ),
  valuationAgency: z.string().nullable(),
  valuationFen: z.number().int().nullable(),
  valuedOn: z.string().nullable(),
  approvedFen: z.number().int().nullable(),
  contractNo: z.string().nullable(),
  signedOn: z.string().nullable(),
  registrationDue: z.string().nullable(),
  registrationNo: z.string().nullable(),
  registeredOn: z.string().nullable(),
  releasedOn: z.string().nullable(),
  /** Registered after its due day (or not yet, with the day passed). */
  registrationLate: z.boolean(),
  alerts: z.array(
    z.object({ ipRecordId: z.number().int(), kind: z.enum(['lapsed', 'transferred']), foundAt: z.string() }),
  ),
});
export type Pledge = z.infer<typeof pledgeSchema>;
export const pledgePageSchema = pageOf(pledgeSchema);
export const pledgeListQuerySchema = pageQuerySchema.extend({
  /** `mine`: my enterprise's; `institution`: my institution's; `all`: the finance office. */
  scope: z.enum(['mine', 'institution', 'all']),
  /** A part of the enterprise's or the institution's name, the contract or the registration number. */
  q: z.string().trim().max(100).optional(),
});

/** The patents a case's enterprise can pledge: its own granted, valid, not transferred ones. */
export const pledgeablePatentListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), number: z.string(), title: z.string(), kind: z.string() })),
});
