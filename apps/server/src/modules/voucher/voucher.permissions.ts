import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/**
 * The voucher module's administrative actions. Today every administrator may take them; a department restriction
 * (`{ roles: ADMIN_ROLES, departments: ['科技创新部'] }`) narrows one to the departments named.
 */
export const VOUCHER_ACTIONS = {
  manageSchemes: 'voucher.schemes.manage',
  decideApplications: 'voucher.applications.decide',
  settle: 'voucher.settlement.manage',
  reviewReimbursements: 'voucher.reimbursements.review',
  readReports: 'voucher.reports.read',
} as const;

definePermissions({
  [VOUCHER_ACTIONS.manageSchemes]: ADMINISTRATION,
  [VOUCHER_ACTIONS.decideApplications]: ADMINISTRATION,
  [VOUCHER_ACTIONS.settle]: ADMINISTRATION,
  [VOUCHER_ACTIONS.reviewReimbursements]: ADMINISTRATION,
  [VOUCHER_ACTIONS.readReports]: ADMINISTRATION,
});
