import { z } from 'zod';

/**
 * What waits for someone, by kind: each module reports its own kinds (`<area>.<what>`) for the actor asking. The web
 * names each kind in both languages and links it to the list it counts.
 */
export const WORK_ITEM_KEYS = [
  // administrators
  'org.verifications',
  'ip.verifications',
  'ip.cases',
  'market.achievements',
  'market.needs',
  'market.registrations',
  'cultivation.tasks',
  'voucher.applications',
  'voucher.claims',
  'voucher.reimbursements',
  'order.disputes',
  'policy.applications',
  'policy.fast_due',
  'finance.products',
  'finance.overdue',
  // enterprises (a provider buys too, as a member of its organisation)
  'booking.confirmed',
  'order.quotes',
  'order.deliveries',
  'voucher.active',
  'voucher.suggestions',
  'policy.returned',
  'policy.auto_confirm',
  'policy.fits',
  'policy.fits_need_data',
  'market.pushes',
  'market.deals',
  'market.registrations_returned',
  'market.event_invitations',
  'finance.needs_open',
  'finance.cases_active',
  // brokers (技术经理人)
  'market.broker_needs',
  // experts
  'ip.cases_assigned',
  // providers
  'ip.cases_agency',
  'booking.approvals',
  'order.requests',
  'order.accepted',
  'order.in_service',
  'voucher.claimable',
  'voucher.returned',
  // financial institutions
  'finance.pushed',
  'finance.to_contact',
  'finance.cases_open',
  // the third-party evaluator
  'policy.evaluation',
  // everyone
  'notification.unread',
] as const;
export type WorkItemKey = (typeof WORK_ITEM_KEYS)[number];

export const workItemSchema = z.object({
  key: z.enum(WORK_ITEM_KEYS),
  /** How many are waiting; 0 is shown too, so that a role's workbench keeps its shape. */
  count: z.number().int().min(0),
  /** The web path of the list these are counted from, filtered to them. */
  link: z.string(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const workbenchSchema = z.object({ items: z.array(workItemSchema) });
export type Workbench = z.infer<typeof workbenchSchema>;
