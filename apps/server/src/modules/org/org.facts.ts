import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';

/**
 * What the voucher rules may know of an organisation: its verified facts only. A member's change to a verified fact
 * is a pending request (org_fact_changes) until the administration approves it, so the columns read here are the
 * values the administration verified; an organisation not verified yet is refused on its status first.
 */
export type EligibilityFacts = {
  status: string;
  kind: string;
  park: string | null;
  tsmeRegNo: string | null;
  vouchersBarred: boolean;
  /** A tenant of an incubator of the zone on `today` (孵化载体在孵企业). */
  incubatorTenant: boolean;
};

export async function eligibilityFacts(tx: Tx, orgId: number, today: string): Promise<EligibilityFacts | undefined> {
  const { rows } = await tx.execute(sql`
    SELECT o.status, o.kind, o.park, o.tsme_reg_no, o.vouchers_barred,
           EXISTS (SELECT 1 FROM incubator_tenancies t WHERE t.tenant_id = o.id AND t.since <= ${today}::date AND (t.until IS NULL OR t.until > ${today}::date)) AS tenant
    FROM organisations o WHERE o.id = ${orgId}`);
  const o = rows[0] as
    | {
        status: string;
        kind: string;
        park: string | null;
        tsme_reg_no: string | null;
        vouchers_barred: boolean;
        tenant: boolean;
      }
    | undefined;
  if (!o) return undefined;
  return {
    status: o.status,
    kind: o.kind,
    park: o.park,
    tsmeRegNo: o.tsme_reg_no,
    vouchersBarred: o.vouchers_barred,
    incubatorTenant: o.tenant,
  };
}

/**
 * Related parties (隶属、共建、产权纽带), who may not trade with vouchers: the same organisation, a recorded
 * affiliation, or a legal representative in common — current or past on either side, so that changing the legal
 * representative does not make two organisations strangers. Only verified values count: a requested change of legal
 * representative is not in the history until the administration approves it.
 */
export async function areRelatedParties(tx: Tx, a: number, b: number): Promise<boolean> {
  if (a === b) return true;
  const { rows } = await tx.execute(sql`SELECT ${relatedPartiesSql(a, b)} AS related`);
  return Boolean(rows[0]?.related);
}

/**
 * The test of {@link areRelatedParties} as an SQL expression (boolean), published for another module to put in a
 * statement it sends anyway — a redemption asks it in the same read that locks the vouchers — instead of paying a
 * round trip of its own. Like a published view, it is this module's answer: the caller never names our tables.
 */
export function relatedPartiesSql(a: number, b: number): SQL {
  if (a === b) return sql`true`;
  return sql`(EXISTS (SELECT 1 FROM org_affiliations WHERE org_a = ${Math.min(a, b)} AND org_b = ${Math.max(a, b)})
        OR EXISTS (SELECT 1 FROM org_legal_reps x JOIN org_legal_reps y ON y.legal_rep = x.legal_rep
                   WHERE x.org_id = ${a} AND y.org_id = ${b}))`;
}
