import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Statements the app sends again and again are prepared once per connection and then only bound and executed.
 *
 * Every parameterised statement PostgreSQL receives unnamed is parsed and planned anew; for the app's short
 * look-ups planning costs more than running (0.12–0.25 ms of planning against 0.02–0.1 ms of execution for the
 * session check, the order read and the voucher read, by EXPLAIN ANALYZE on the voucher benchmark's data). A named
 * statement is parsed once per connection, and after five executions PostgreSQL keeps a generic plan when it is no
 * dearer than the custom ones (plan_cache_mode auto), so repeated look-ups skip the planner.
 *
 * The name is a hash of the text, so one name never stands for two texts. A text is prepared from its second use
 * on, and only the first {@link MAX_PREPARED} texts seen twice are: statements whose text varies with the input
 * (IN lists of varying length, optional filters) cannot fill a connection's memory with prepared statements.
 *
 * Planning. A named statement may be run with a generic plan, made once without the values; PostgreSQL picks one
 * after five executions when it looks no dearer than the custom ones. For look-ups by key and for the policy area's
 * repeated evaluations that saves most of the work (its nightly recheck ran three times slower when every statement
 * was planned anew). For a search the guess can be very wrong: the organisation search (ILIKE over a bigram index)
 * ran at a tenth of its rate once its statement was named. So a statement that searches — ILIKE or LIKE, similarity,
 * full text (`@@`) — is never named: it is planned with its pattern every time, as unnamed statements are.
 *
 * The busiest writes opt in to generic plans with {@link withGenericPlans}: the step of an order (its row joined
 * with the directory views, locked), the voucher read with the related-party check, a booking's reads, and the
 * deferred writes' CTEs cost 0.4–0.6 ms of planning each, every time, against 0.1–0.4 ms of execution
 * (pg_stat_statements on the voucher benchmark), and their plans do not depend on the values: look-ups by key and
 * inserts. Inside such a transaction `BEGIN` goes out as `BEGIN; SET LOCAL plan_cache_mode = force_generic_plan` in
 * the same round trip, and the setting ends with the transaction.
 */
export const MAX_PREPARED = 1000;
const MAX_TEXT = 16_384;

const seen = new Map<string, string | null>();
let prepared = 0;

function nameFor(text: string): string | undefined {
  if (text.length > MAX_TEXT || searches(text)) return undefined;
  const known = seen.get(text);
  if (known) return known;
  if (known === undefined) {
    if (seen.size < MAX_PREPARED * 4) seen.set(text, null);
    return undefined;
  }
  if (prepared >= MAX_PREPARED) return undefined;
  prepared++;
  const name = `cz_${createHash('sha1').update(text).digest('base64url')}`;
  seen.set(text, name);
  return name;
}

/** Whether a text searches (see above); remembered for the texts seen, so each is tested once. */
const searching = new Map<string, boolean>();
function searches(text: string): boolean {
  const known = searching.get(text);
  if (known !== undefined) return known;
  const found = SEARCH.test(text);
  if (searching.size < MAX_PREPARED * 4) searching.set(text, found);
  return found;
}

type QueryConfigLike = { text?: unknown; name?: unknown; values?: unknown };

const BEGIN = /^\s*begin\b[^;]*$/i;
const GENERIC_PLANS = 'SET LOCAL plan_cache_mode = force_generic_plan';

/** Statements whose plan depends on a pattern or a text query: never named (see above). */
const SEARCH = /\b(i?like|similarity|word_similarity)\b|@@|%>|<%/i;

const genericPlans = new AsyncLocalStorage<true>();

/**
 * Runs `fn`, whose transactions (opened inside it) plan their statements once per connection: for writes and
 * look-ups by key only, never for searches (see above).
 */
export function withGenericPlans<T>(fn: () => Promise<T>): Promise<T> {
  return genericPlans.run(true, fn);
}

/** `BEGIN …` of a transaction that opted in, with its planning mode in one simple query; otherwise undefined. */
function beginText(text: string): string | undefined {
  return BEGIN.test(text) && genericPlans.getStore() ? `${text}; ${GENERIC_PLANS}` : undefined;
}

/** Makes a connection name its repeated parameterised statements (see above); other queries pass as they are. */
export function prepareRepeated(client: pg.PoolClient | pg.Client): void {
  // The driver's method is looked up at each call, not kept: whatever wraps it later (a test counting statements)
  // still sees every query.
  const proto = Object.getPrototypeOf(client) as { query: typeof client.query };
  // biome-ignore lint/suspicious/noExplicitAny: wraps the driver's overloaded query method as it is
  client.query = function (this: pg.Client, ...args: any[]) {
    const [first, second] = args;
    const text = typeof first === 'string' ? first : (first as QueryConfigLike | undefined)?.text;
    const begin = typeof text === 'string' ? beginText(text) : undefined;
    // A simple query (no parameters, no name): it may hold two statements.
    if (begin) args = [begin, ...args.slice(Array.isArray(second) ? 2 : 1)];
    else if (typeof first === 'string' && Array.isArray(second)) {
      const name = nameFor(first);
      if (name) args = [{ name, text: first, values: second }, ...args.slice(2)];
    } else if (first && typeof first === 'object' && typeof (first as QueryConfigLike).text === 'string') {
      const config = first as QueryConfigLike;
      const values = Array.isArray(second) ? second : config.values;
      if (config.name === undefined && Array.isArray(values)) {
        const name = nameFor(config.text as string);
        if (name) args = [{ ...config, name }, ...args.slice(1)];
      }
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (proto.query as any).apply(this, args);
  } as typeof client.query;
}
