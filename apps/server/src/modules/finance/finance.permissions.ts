import { definePermissions } from '../../kernel/policy.ts';

/** The finance office's actions (财政金融部; administrators without a department act zone-wide). */
export const FINANCE_ACTIONS = {
  /** Review submitted products; suspend a published one. */
  review: 'finance.products.review',
  /** Read every need, case and push; push a need to another institution after an escalation. */
  oversee: 'finance.oversee',
  /** Change the settings and the labels. */
  settings: 'finance.settings',
} as const;

const OFFICE = { roles: ['admin', 'superadmin'] as const, departments: ['财政金融部'] };
definePermissions({
  [FINANCE_ACTIONS.review]: OFFICE,
  [FINANCE_ACTIONS.oversee]: OFFICE,
  [FINANCE_ACTIONS.settings]: OFFICE,
});
