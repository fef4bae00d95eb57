import type { WorkItem } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { pendingFor as applicationsPending } from './policy.applications.pending.ts';
import { fitsPendingFor } from './policy.fits.pending.ts';
import { evaluationPending } from './policy.supervision.service.ts';

/**
 * The policy area's work items: the policies that fit an enterprise first, then its applications' (or the review's,
 * the 快申快享 deadlines), and the evaluator's items of the year.
 */
export async function pendingFor(db: Db, actor: Actor, now: Date): Promise<WorkItem[]> {
  return [
    ...(await fitsPendingFor(db, actor, now)),
    ...(await applicationsPending(db, actor, now)),
    ...(await evaluationPending(db, actor, now)),
  ];
}
