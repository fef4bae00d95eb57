import { ADMIN_ROLES } from '@cz/shared';
import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/**
 * Who reads the supervision of policy: the administration (督导: a department-scoped administrator sees its own
 * department's items only) and the third-party evaluator (第三方评估: the three rates and their extract, read-only).
 */
export const SUPERVISION_ACTIONS = {
  /** The supervision's figures per item and department, and their Excel export. */
  read: 'policy.supervision.read',
  /** The evaluation's three rates per item and year, and their extract. */
  evaluate: 'policy.evaluation.read',
} as const;

definePermissions({
  [SUPERVISION_ACTIONS.read]: ADMINISTRATION,
  [SUPERVISION_ACTIONS.evaluate]: { roles: ['evaluator', ...ADMIN_ROLES] },
});
