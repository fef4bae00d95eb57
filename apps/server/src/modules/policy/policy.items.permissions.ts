import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** Who may write policy items and run them over the registry: the administration, as for documents. */
export const POLICY_ITEM_ACTIONS = {
  /** See every item, drafts included, and the runs. */
  readAll: 'policy.items.read_all',
  /** Write, simulate, publish, close and withdraw items. */
  manage: 'policy.items.manage',
} as const;

definePermissions({
  [POLICY_ITEM_ACTIONS.readAll]: ADMINISTRATION,
  [POLICY_ITEM_ACTIONS.manage]: ADMINISTRATION,
});
