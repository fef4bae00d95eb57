import type { SpecialisedDeclarations } from '@cz/shared/cultivation-api';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../kernel/db/connection.ts';

/** One year of an organisation's reported indicators (org_indicator_records; money in fen, null = not reported). */
export type IndicatorYear = {
  year: number;
  revenue: number;
  rdExpense: number;
  totalAssets: number;
  employees: number;
  techStaff: number;
  totalCost: number | null;
  netAssets: number | null;
  totalLiabilities: number | null;
  rdDomestic: number | null;
  totalIncome: number | null;
  hightechIncome: number | null;
  mainBusinessRevenue: number | null;
  conversions: number | null;
};

/** Everything an evaluation of one organisation is built from: its facts, declarations, last three years and IP. */
export type OrgEvaluationData = {
  orgId: number;
  name: string;
  kind: string;
  status: string;
  industry: string | null;
  foundedOn: string | null;
  hteCertNo: string | null;
  hteValidFrom: string | null;
  hteValidTo: string | null;
  tsmeRegNo: string | null;
  isSpecialized: boolean;
  /** Latest year first, at most three. */
  years: IndicatorYear[];
  declarations: {
    prohibitedIndustry: boolean | null;
    majorIncident: boolean | null;
    dishonestList: boolean | null;
    abnormalOperation: boolean | null;
    nationalAward5y: boolean | null;
    provincialRdInstitution: boolean | null;
    ledStandard5y: boolean | null;
    specialised: SpecialisedDeclarations;
  } | null;
  ip: { class1: number; class2: number; fromRegistry: boolean };
};

type Row = {
  org_id: string | number;
  name: string;
  kind: string;
  status: string;
  industry: string | null;
  founded_on: string | null;
  hte_cert_no: string | null;
  hte_valid_from: string | null;
  hte_valid_to: string | null;
  tsme_reg_no: string | null;
  is_specialized: boolean;
  years: IndicatorYear[] | null;
  declarations: OrgEvaluationData['declarations'];
};

/**
 * The evaluation data of the organisations `where` selects (an SQL condition on `f`, the published facts view), in id
 * order, at most `limit`: one statement for the facts, the last three years of indicators and the declarations, one
 * for the IP counts. Facts come from org's published views only (org_evaluation_facts, org_indicator_records).
 */
export async function loadEvaluationData(tx: Tx, where: SQL, limit: number): Promise<OrgEvaluationData[]> {
  const { rows } = await tx.execute(sql`
    SELECT f.org_id, f.name, f.kind, f.status, f.industry, f.founded_on::text AS founded_on, f.hte_cert_no,
           f.hte_valid_from::text AS hte_valid_from, f.hte_valid_to::text AS hte_valid_to, f.tsme_reg_no, f.is_specialized,
           (SELECT json_agg(json_build_object(
                     'year', r.year, 'revenue', r.revenue, 'rdExpense', r.rd_expense, 'totalAssets', r.total_assets,
                     'employees', r.employees, 'techStaff', r.tech_staff, 'totalCost', r.total_cost,
                     'netAssets', r.net_assets, 'totalLiabilities', r.total_liabilities, 'rdDomestic', r.rd_domestic,
                     'totalIncome', r.total_income, 'hightechIncome', r.hightech_income,
                     'mainBusinessRevenue', r.main_business_revenue, 'conversions', r.conversions) ORDER BY r.year DESC)
              FROM (SELECT * FROM org_indicator_records x WHERE x.org_id = f.org_id ORDER BY x.year DESC LIMIT 3) r) AS years,
           (SELECT json_build_object(
                     'prohibitedIndustry', d.prohibited_industry, 'majorIncident', d.major_incident,
                     'dishonestList', d.dishonest_list, 'abnormalOperation', d.abnormal_operation,
                     'nationalAward5y', d.national_award_5y, 'provincialRdInstitution', d.provincial_rd_institution,
                     'ledStandard5y', d.led_standard_5y,
                     'specialised', json_build_object(
                       'nicheYears', d.niche_years, 'equityFinancing2yFen', d.equity_financing_2y,
                       'marketShareBp', d.market_share_bp, 'marketTopThree', d.market_top_three,
                       'provincialScore', d.provincial_score, 'giantScore', d.giant_score,
                       'scienceAwards', d.science_awards, 'makerChinaListed', d.maker_china_listed,
                       'makerChinaRank', d.maker_china_rank, 'rdInstitution', d.rd_institution,
                       'rdStaffBp', d.rd_staff_bp, 'informationSystem', d.information_system,
                       'managementCertified', d.management_certified, 'ownBrand', d.own_brand,
                       'chainRole', d.chain_role, 'keyField', d.key_field))
              FROM cultivation_declarations d WHERE d.org_id = f.org_id) AS declarations
    FROM org_evaluation_facts f
    WHERE ${where}
    ORDER BY f.org_id
    LIMIT ${limit}`);
  const list = rows as Row[];
  const ip = await ipClassCounts(
    tx,
    list.map((r) => Number(r.org_id)),
  );
  return list.map((r) => {
    const orgId = Number(r.org_id);
    const counts = ip.counts.get(orgId);
    return {
      orgId,
      name: r.name,
      kind: r.kind,
      status: r.status,
      industry: r.industry?.trim() || null,
      foundedOn: r.founded_on,
      hteCertNo: r.hte_cert_no,
      hteValidFrom: r.hte_valid_from,
      hteValidTo: r.hte_valid_to,
      tsmeRegNo: r.tsme_reg_no,
      isSpecialized: r.is_specialized,
      years: r.years ?? [],
      declarations: r.declarations,
      ip: { class1: counts?.class1 ?? 0, class2: counts?.class2 ?? 0, fromRegistry: ip.registry },
    };
  });
}

let registryKnown = false;

/**
 * Ⅰ类/Ⅱ类 IP counts of the organisations from the IP registry's published view `ip_class_counts` (migration 0020 of
 * the `ip` area), the one place this area reads them. While the registry's migration is not installed the view does
 * not exist: the counts are then 0 and `registry` false, and results say the counts do not come from a registry.
 */
export async function ipClassCounts(
  tx: Tx,
  orgIds: number[],
): Promise<{ registry: boolean; counts: Map<number, { class1: number; class2: number }> }> {
  const counts = new Map<number, { class1: number; class2: number }>();
  if (!registryKnown) {
    const { rows } = await tx.execute(sql`SELECT to_regclass('ip_class_counts') IS NOT NULL AS present`);
    if (!rows[0]?.present) return { registry: false, counts };
    registryKnown = true;
  }
  if (orgIds.length === 0) return { registry: true, counts };
  const { rows } = await tx.execute(sql`
    SELECT org_id, class1_count, class2_count FROM ip_class_counts
    WHERE org_id = ANY(${`{${orgIds.join(',')}}`}::bigint[])`);
  for (const r of rows as { org_id: string | number; class1_count: number; class2_count: number }[])
    counts.set(Number(r.org_id), { class1: Number(r.class1_count), class2: Number(r.class2_count) });
  return { registry: true, counts };
}
