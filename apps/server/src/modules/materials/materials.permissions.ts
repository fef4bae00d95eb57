import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The vault's administrative actions (see kernel/policy.ts for department restrictions). */
export const MATERIALS_ACTIONS = {
  /** Read every enterprise's vault, export it, and upload or correct materials for an enterprise. */
  manageAll: 'materials.manage_all',
  /** Check a material, or reject it with a reason. */
  review: 'materials.review',
} as const;

definePermissions({ [MATERIALS_ACTIONS.manageAll]: ADMINISTRATION, [MATERIALS_ACTIONS.review]: ADMINISTRATION });
