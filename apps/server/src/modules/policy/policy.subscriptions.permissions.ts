import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** An enterprise keeps its own subscription; the administration may read and set any (on the enterprise's behalf). */
export const POLICY_SUBSCRIPTION_ACTIONS = {
  manageAny: 'policy.subscriptions.manage_any',
} as const;

definePermissions({ [POLICY_SUBSCRIPTION_ACTIONS.manageAny]: ADMINISTRATION });
