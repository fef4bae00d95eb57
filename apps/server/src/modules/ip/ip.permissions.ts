import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The registry's administrative actions (see kernel/policy.ts for department restrictions). */
export const IP_ACTIONS = {
  /** Read every organisation's records and counts. */
  readAll: 'ip.records.read_all',
  /** Check a record against its certificate: verify, or reject with a reason. */
  verify: 'ip.records.verify',
} as const;

definePermissions({ [IP_ACTIONS.readAll]: ADMINISTRATION, [IP_ACTIONS.verify]: ADMINISTRATION });
