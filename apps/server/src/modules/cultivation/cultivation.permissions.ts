import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The cultivation area's administrative actions (see kernel/policy.ts for department restrictions). */
export const CULTIVATION_ACTIONS = {
  readAll: 'cultivation.evaluations.read_all',
  runBatch: 'cultivation.batch.run',
  managePool: 'cultivation.pool.manage',
} as const;

definePermissions({
  [CULTIVATION_ACTIONS.readAll]: ADMINISTRATION,
  [CULTIVATION_ACTIONS.runBatch]: ADMINISTRATION,
  [CULTIVATION_ACTIONS.managePool]: ADMINISTRATION,
});
