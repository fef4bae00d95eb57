import type { Facts, WorkCalendar } from '@cz/shared/policy';
import type { Tx } from '../../kernel/db/connection.ts';

/** What the finance area uses of the policy area, through its façade: facts, the calendar, item ids. */
export type FinancePolicyApi = {
  calendar: (tx?: Tx) => Promise<WorkCalendar>;
  factsOf: (tx: Tx | undefined, orgId: number, onDate: string) => Promise<{ orgId: number; facts: Facts } | undefined>;
  itemIds: (tx: Tx | undefined, ids: readonly number[]) => Promise<Set<number>>;
};
