// The SQL that the app's repositories send, captured from drizzle's output, for the bare server and the plans.

const LIST =
  'select "id", "kind", "name", "uscc", "legal_rep", "park", "industry", "industry_chain", "is_above_scale", "hte_cert_no", "tsme_reg_no", "is_specialized", "status", "created_at" from "organisations"';
const SEARCH_WHERE = 'where ("organisations"."name" ILIKE $1 and "organisations"."status" in ($2))';
const VERIFIED_WHERE = 'where "organisations"."status" in ($1)';

export const USER_BY_NAME =
  'select "id", "username", "display_name", "password_hash", "role", "department", "phone", "email", "locale", "status", "failed_logins", "locked_until", "password_changed_at", "created_at", "updated_at" from "users" where lower("users"."username") = lower($1) limit $2';
export const INSERT_SESSION =
  'insert into "sessions" ("id_hash", "user_id", "created_at", "last_seen_at", "expires_at", "ip", "user_agent") values ($1, $2, $3, $4, $5, $6, $7)';

/** Escapes LIKE wildcards, as org.repository does. */
const likeFragment = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export type Query = { text: string; values: unknown[] };

/** The page and the count of GET /api/v1/orgs for an anonymous caller (verified only, newest first). */
export function orgListQueries(q: string | undefined, page: number, pageSize: number): { page: Query; count: Query } {
  const [where, values] = q ? [SEARCH_WHERE, [likeFragment(q), 'verified']] : [VERIFIED_WHERE, ['verified']];
  const limit = `limit $${values.length + 1}`;
  // drizzle leaves the OFFSET out on the first page.
  const offset = page > 1 ? ` offset $${values.length + 2}` : '';
  return {
    page: {
      text: `${LIST} ${where} order by "organisations"."id" desc ${limit}${offset}`,
      values: [...values, pageSize, ...(page > 1 ? [(page - 1) * pageSize] : [])],
    },
    count: { text: `select count(*)::int from "organisations" ${where}`, values },
  };
}
