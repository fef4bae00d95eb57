import { createError } from '../../kernel/errors.ts';

export const cultivationErrors = {
  orgNotFound: createError('cultivation.org_not_found', 404, 'no such enterprise'),
  notEnterprise: createError('cultivation.not_enterprise', 409, 'only enterprises are evaluated'),
  noIndicators: createError(
    'cultivation.no_indicators',
    409,
    'report at least one year of indicators before an evaluation can run',
  ),
  evaluationNotFound: createError('cultivation.evaluation_not_found', 404, 'no such evaluation'),
  batchNotFound: createError('cultivation.batch_not_found', 404, 'no such batch run'),
  notInPool: createError('cultivation.not_in_pool', 404, 'this enterprise is not in the cultivation pool'),
  alreadyInPool: createError('cultivation.already_in_pool', 409, 'this enterprise is already in the cultivation pool'),
  ownerNotAdmin: createError('cultivation.owner_not_admin', 422, 'the owner must be an active administrator'),
  taskNotFound: createError('cultivation.task_not_found', 404, 'no such task'),
  taskClosed: createError('cultivation.task_closed', 409, 'this task is already closed'),
  criteriaNotFound: createError('cultivation.criteria_not_found', 404, 'no such saved criterion'),
  criteriaRetired: createError('cultivation.criteria_retired', 409, 'this criterion is retired and is not applied'),
};
