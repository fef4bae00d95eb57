import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/**
 * Who handles policy applications: the administration (a department-scoped administrator only for the items of its
 * department). Enterprises apply, correct, confirm and rate for their own organisation (checked in the service).
 */
export const APPLICATION_ACTIONS = {
  /** Read every application, the 免申即享 lists and the objections. */
  readAll: 'policy.applications.read_all',
  /** Return, approve, reject, publicise, record objections and payments, confirm 免申即享 lists. */
  review: 'policy.applications.review',
  /** Keep the zone's calendar of holidays and worked weekend days. */
  holidays: 'policy.holidays.manage',
} as const;

definePermissions({
  [APPLICATION_ACTIONS.readAll]: ADMINISTRATION,
  [APPLICATION_ACTIONS.review]: ADMINISTRATION,
  [APPLICATION_ACTIONS.holidays]: ADMINISTRATION,
});
