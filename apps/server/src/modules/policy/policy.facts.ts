import { type Facts, percentFact, WILFUL_INFRINGEMENT_YEARS } from '@cz/shared/policy';
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';
import { policyItems } from './policy.items.table.ts';

/**
 * The facts a policy item's conditions ask about, keyed as the shared fact catalogue names them (`org.revenueFen`,
 * `ip.class1Count`, `cultivation.hteVerdict` …); null or absent is "not known". Each value comes from the area that
 * owns it, through the view it publishes (org_evaluation_facts, org_indicator_records, ip_class_counts,
 * ip_credit_records, cultivation_facts): this area reads no other area's tables.
 */
export type OrgFacts = { orgId: number; name: string; facts: Facts };

type Row = {
  org_id: string | number;
  name: string;
  park: string | null;
  industry: string | null;
  years_registered: number | null;
  is_above_scale: boolean;
  hte_certified: boolean;
  tsme_registered: boolean;
  is_specialized: boolean;
  year: number | null;
  revenue: string | number | null;
  rd_expense: string | number | null;
  total_assets: string | number | null;
  employees: number | null;
  tech_staff: number | null;
  class1_count: number | null;
  class2_count: number | null;
  invention_count: number | null;
  wilful_infringement: boolean;
  tech_sme_verdict: string | null;
  tech_sme_score: number | null;
  hte_verdict: string | null;
  specialised_verdict: string | null;
  dishonest_list: boolean | null;
  abnormal_operation: boolean | null;
  major_incident: boolean | null;
};

/** `part` of `whole` in percent, cut to two decimals (the shared rule: 2.999…% is 2.99%); null when not known. */
export const percentOf = (part: number | null, whole: number | null) =>
  part === null || whole === null || part < 0 ? null : percentFact(part, whole);

const num = (v: string | number | null) => (v === null ? null : Number(v));

function toFacts(r: Row): Facts {
  const revenue = num(r.revenue);
  const rd = num(r.rd_expense);
  const hasYear = r.year !== null;
  return {
    'org.park': r.park,
    'org.industry': r.industry?.trim() || null,
    'org.yearsRegistered': r.years_registered,
    'org.employees': hasYear ? r.employees : null,
    'org.techStaff': hasYear ? r.tech_staff : null,
    'org.techStaffPercent': percentOf(r.tech_staff, r.employees),
    'org.revenueFen': revenue,
    'org.rdExpenseFen': rd,
    'org.rdPercent': percentOf(rd, revenue),
    'org.totalAssetsFen': num(r.total_assets),
    'org.isAboveScale': r.is_above_scale,
    // The registry publishes a row only for an organisation with a counted record: no row is 0.
    'ip.class1Count': r.class1_count ?? 0,
    'ip.class2Count': r.class2_count ?? 0,
    'ip.inventionCount': r.invention_count ?? 0,
    'ip.wilfulInfringement3y': r.wilful_infringement,
    'cultivation.techSmeVerdict': r.tech_sme_verdict,
    'cultivation.techSmeScore': r.tech_sme_score,
    'cultivation.hteVerdict': r.hte_verdict,
    'cultivation.specialisedVerdict': r.specialised_verdict,
    'cultivation.hteCertified': r.hte_certified,
    'cultivation.tsmeRegistered': r.tsme_registered,
    'cultivation.isSpecialised': r.is_specialized,
    'declaration.dishonestList': r.dishonest_list,
    'declaration.abnormalOperation': r.abnormal_operation,
    'declaration.majorIncident': r.major_incident,
  };
}

/**
 * The facts of the enterprises `where` selects (a condition on `f`, org_evaluation_facts) as of `onDate`
 * (YYYY-MM-DD, Shanghai), in id order after `afterId`, at most `limit`: one statement, so that a run over every
 * enterprise reads them a chunk at a time. Indicators are those of the latest reported year.
 */
export async function loadFacts(
  tx: Tx,
  { where, onDate, afterId = 0, limit }: { where?: SQL; onDate: string; afterId?: number; limit: number },
): Promise<OrgFacts[]> {
  const { rows } = await tx.execute(sql`
    SELECT f.org_id, f.name, f.park, f.industry, f.is_above_scale, f.is_specialized,
           CASE WHEN f.founded_on IS NULL THEN NULL
                ELSE date_part('year', age(${onDate}::date, f.founded_on))::int END AS years_registered,
           (f.hte_cert_no IS NOT NULL AND f.hte_valid_from <= ${onDate}::date
             AND (f.hte_valid_to IS NULL OR f.hte_valid_to >= ${onDate}::date)) AS hte_certified,
           (f.tsme_reg_no IS NOT NULL) AS tsme_registered,
           y.year, y.revenue, y.rd_expense, y.total_assets, y.employees, y.tech_staff,
           i.class1_count, i.class2_count, i.invention_count,
           -- Wilful infringement found (a closed 维权援助 case) within the years before onDate, as the IP area
           -- publishes its credit record.
           EXISTS (
             SELECT 1 FROM ip_credit_records cr
             WHERE cr.org_id = f.org_id AND cr.kind = 'wilful_infringement'
               AND (cr.found_at AT TIME ZONE 'Asia/Shanghai')::date <= ${onDate}::date
               AND (cr.found_at AT TIME ZONE 'Asia/Shanghai')::date
                   > (${onDate}::date - make_interval(years => ${WILFUL_INFRINGEMENT_YEARS}::int))::date
           ) AS wilful_infringement,
           c.tech_sme_verdict, c.tech_sme_score, c.hte_verdict, c.specialised_verdict,
           c.dishonest_list, c.abnormal_operation, c.major_incident
    FROM org_evaluation_facts f
    LEFT JOIN LATERAL (
      SELECT r.year, r.revenue, r.rd_expense, r.total_assets, r.employees, r.tech_staff
      FROM org_indicator_records r WHERE r.org_id = f.org_id ORDER BY r.year DESC LIMIT 1) y ON true
    LEFT JOIN ip_class_counts i ON i.org_id = f.org_id
    LEFT JOIN cultivation_facts c ON c.org_id = f.org_id
    WHERE f.kind = 'enterprise' AND f.status <> 'rejected' AND f.org_id > ${afterId}
      ${where ? sql`AND ${where}` : sql``}
    ORDER BY f.org_id
    LIMIT ${limit}`);
  return (rows as Row[]).map((r) => ({ orgId: Number(r.org_id), name: r.name, facts: toFacts(r) }));
}

/** The facts of one enterprise on `onDate`, or undefined when it is no enterprise of the registry. */
export async function factsOf(tx: Tx, orgId: number, onDate: string): Promise<OrgFacts | undefined> {
  const [one] = await loadFacts(tx, { where: sql`f.org_id = ${orgId}`, onDate, limit: 1 });
  return one;
}

/** Which of `ids` are policy items (a loan product links the items that subsidise it). */
export async function existingItemIds(tx: Tx, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: policyItems.id })
    .from(policyItems)
    .where(inArray(policyItems.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}
