// The SQL that the app's repositories send, captured from drizzle's output, for the bare server and the plans.

const COLUMNS =
  '"id", "kind", "name", "uscc", "legal_rep", "park", "industry", "industry_chain", "is_above_scale", "hte_cert_no", "tsme_reg_no", "is_specialized", "status", "created_at"';
const SEARCH_WHERE =
  'where (name_bigrams("organisations"."name") @> name_bigrams($1) and "organisations"."name" ILIKE $2 and "organisations"."status" in ($3))';
const VERIFIED_WHERE = 'where "organisations"."status" in ($1)';

export const USER_BY_NAME =
  'select "id", "username", "display_name", "password_hash", "role", "department", "phone", "email", "locale", "status", "failed_logins", "locked_until", "password_changed_at", "created_at", "updated_at" from "users" where lower("users"."username") = lower($1) limit $2';
export const INSERT_SESSION =
  'insert into "sessions" ("id_hash", "user_id", "created_at", "last_seen_at", "expires_at", "ip", "user_agent") values ($1, $2, $3, $4, $5, $6, $7)';

/** Escapes LIKE wildcards, as org.repository does. */
const likeFragment = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type Query = { text: string; values: unknown[] };

/**
 * The queries of GET /api/v1/orgs for an anonymous caller (verified only, newest first): with a search, one query
 * returns the page and the total alongside; without, the page and a count run in parallel.
 */
export function orgListQueries(q: string | undefined, page: number, pageSize: number): Query[] {
  const [where, values] = q ? [SEARCH_WHERE, [q, likeFragment(q), 'verified']] : [VERIFIED_WHERE, ['verified']];
  const limit = `limit $${values.length + 1}`;
  // drizzle leaves the OFFSET out on the first page.
  const offset = page > 1 ? ` offset $${values.length + 2}` : '';
  const paging = [...values, pageSize, ...(page > 1 ? [(page - 1) * pageSize] : [])];
  const order = `order by "organisations"."id" desc ${limit}${offset}`;
  if (q)
    return [{ text: `select ${COLUMNS}, count(*) OVER () from "organisations" ${where} ${order}`, values: paging }];
  return [
    { text: `select ${COLUMNS} from "organisations" ${where} ${order}`, values: paging },
    { text: `select count(*)::int from "organisations" ${where}`, values },
  ];
}
