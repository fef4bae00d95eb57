import type { Facts, WorkCalendar } from '@cz/shared/policy';
import type { Tx } from '../../kernel/db/connection.ts';

/** What the finance area uses of the policy area, through its façade: facts, the calendar, item ids. */
export type FinancePolicyApi = {
  calendar: (tx?: Tx) => Promise<WorkCalendar>;
  factsOf: (tx: Tx | undefined, orgId: number, onDate: string) => Promise<{ orgId: number; facts: Facts } | undefined>;
  itemIds: (tx: Tx | undefined, ids: readonly number[]) => Promise<Set<number>>;
  /** The facts of the registry's enterprises in id order after `afterId`, a chunk at a time. */
  factsPage: (
    tx: Tx | undefined,
    onDate: string,
    afterId: number,
    limit: number,
  ) => Promise<{ orgId: number; name: string; facts: Facts }[]>;
};
