import type { Workbench, WorkItem } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';

/** One module's answer to "what waits for this actor?" (each module's façade offers its `pendingFor`). */
export type PendingSource = (db: Db, actor: Actor, now: Date) => Promise<WorkItem[]>;

/**
 * The landing page's counts: every source is asked for the actor's items; the workbench itself reads no table, so
 * each count is the owning module's (and matches the list its link opens).
 */
export function createWorkbenchService({ db, clock, sources }: { db: Db; clock: Clock; sources: PendingSource[] }) {
  return {
    async forActor(actor: Actor | null): Promise<Workbench> {
      if (!actor) throw commonErrors.unauthenticated();
      const now = clock.now();
      const items: WorkItem[] = [];
      for (const source of sources) items.push(...(await source(db, actor, now)));
      return { items };
    },
  };
}
export type WorkbenchService = ReturnType<typeof createWorkbenchService>;
