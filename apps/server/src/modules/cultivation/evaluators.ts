import {
  checkHte,
  checkSpecialised,
  evaluateTechSme,
  type HteInput,
  type SpecialisedInput,
  type TechSmeInput,
} from '@cz/shared/cultivation';
import type { EvaluationKind, Gap, SpecialisedDeclarations } from '@cz/shared/cultivation-api';
import type { IndicatorYear, OrgEvaluationData } from './evaluation.inputs.ts';

/** What one evaluation of one organisation produced, ready to be stored. */
export type Outcome = {
  kind: EvaluationKind;
  assessedOn: string;
  packId: string;
  input: Record<string, unknown>;
  result: { packId: string; reasons: { code: string; outcome: string }[] } & Record<string, unknown>;
  scoreMin: number | null;
  scoreMax: number | null;
  verdict: 'eligible' | 'not_eligible' | 'needs_data';
};

/**
 * What is stored of a result: everything but the words of each explained line (code, values, points, outcome and
 * citation stay). The words are the rule pack's rendering of a line's code and values: {@link explain} renders them
 * again from the stored input with the pack the result names, so a batch of 20,000 enterprises does not write the same
 * sentences 20,000 times (it would write ~0.5 GB). The stored figures decide; the words are checked against them.
 */
export function compact(result: Outcome['result']): Outcome['result'] {
  return {
    ...result,
    reasons: result.reasons.map(
      ({ rule: _rule, ...line }: { rule?: unknown } & Outcome['result']['reasons'][number]) => line,
    ),
  };
}

/** The full result of a stored evaluation: the rule run again on the stored input, checked against what was stored. */
export function explain(
  kind: EvaluationKind,
  input: Record<string, unknown>,
  assessedOn: string,
  stored: Outcome['result'],
): Outcome['result'] {
  const full = rerun(kind, input, assessedOn);
  const lines = stored.reasons as Array<Record<string, unknown>>;
  const same =
    full !== null &&
    full.packId === stored.packId &&
    full.reasons.length === lines.length &&
    full.reasons.every(
      (l, i) => l.code === lines[i]?.code && sameValues((l as { values?: unknown }).values, lines[i]?.values),
    );
  if (same && full) return { ...stored, reasons: full.reasons };
  // A result stored by code that rendered other lines: its lines keep their codes and values, worded by their code.
  return {
    ...stored,
    reasons: lines.map((l) =>
      'rule' in l ? l : { ...l, rule: { zh: String(l.code), en: String(l.code) } },
    ) as Outcome['result']['reasons'],
  };
}

/** Two lines' values alike whatever the order of their keys (jsonb keeps its own order). */
function sameValues(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) =>
    v && typeof v === 'object'
      ? JSON.stringify(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
      : JSON.stringify(v);
  return norm(a) === norm(b);
}

function rerun(kind: EvaluationKind, input: Record<string, unknown>, assessedOn: string): Outcome['result'] | null {
  try {
    if (kind === 'tech_sme') return evaluateTechSme(input as unknown as TechSmeInput, assessedOn);
    if (kind === 'hte') return checkHte(input as unknown as HteInput, assessedOn);
    if (kind === 'specialized') return checkSpecialised(input as unknown as SpecialisedInput, assessedOn);
  } catch {
    return null;
  }
  return null;
}

/** An outcome, or the figures the rule needs that the platform does not hold for this organisation. */
type Evaluated = Outcome | { missing: string[] };
type Evaluator = (data: OrgEvaluationData, assessedOn: string) => Evaluated;

const undef = (v: boolean | null | undefined) => (v === null || v === undefined ? undefined : v);

/** A 高企 certificate is valid on `date` when it has a number and `date` lies in its validity (both days inclusive). */
export function hteValidOn(d: OrgEvaluationData, date: string): boolean {
  return Boolean(d.hteCertNo && d.hteValidFrom && d.hteValidTo && d.hteValidFrom <= date && date <= d.hteValidTo);
}

/**
 * The 科技型中小企业 input of an organisation: the latest reported year's figures, the registry's IP counts, the
 * 高企 certificate from the verified facts, and the enterprise's declarations for what no registry holds.
 * Residence: an organisation on the platform is registered in mainland China with a 统一社会信用代码, i.e. a resident
 * enterprise (企业所得税法 第二条). A total cost not reported counts as 0, which can only lower the R&D part (the
 * better of two ratios), never raise it.
 */
export function techSmeInputOf(d: OrgEvaluationData, assessedOn: string): TechSmeInput | null {
  const y = d.years[0];
  if (!y) return null;
  const decl = d.declarations;
  return {
    employees: y.employees,
    techStaff: y.techStaff,
    salesFen: y.revenue,
    rdExpenseFen: y.rdExpense,
    totalCostFen: y.totalCost ?? 0,
    totalAssetsFen: y.totalAssets,
    ip1Count: d.ip.class1,
    ip2Count: d.ip.class2,
    resident: true,
    prohibitedIndustry: undef(decl?.prohibitedIndustry),
    majorIncident: undef(decl?.majorIncident),
    dishonestList: undef(decl?.dishonestList),
    abnormalOperation: undef(decl?.abnormalOperation),
    hteCertificateValid: hteValidOn(d, assessedOn),
    nationalAward5y: undef(decl?.nationalAward5y),
    provincialRdInstitution: undef(decl?.provincialRdInstitution),
    ledStandard5y: undef(decl?.ledStandard5y),
  };
}

const techSme: Evaluator = (d, assessedOn) => {
  const input = techSmeInputOf(d, assessedOn);
  if (!input) return { missing: ['indicators'] };
  const result = evaluateTechSme(input, assessedOn);
  return {
    kind: 'tech_sme',
    assessedOn,
    packId: result.packId,
    input: {
      ...input,
      year: d.years[0]?.year,
      totalCostReported: d.years[0]?.totalCost !== null,
      ipFromRegistry: d.ip.fromRegistry,
    },
    result,
    scoreMin: result.score,
    scoreMax: result.score,
    verdict: result.verdict,
  };
};

/** A yearly figure of every year given, oldest first; null when one year lacks it. */
function series(years: IndicatorYear[], pick: (y: IndicatorYear) => number | null): number[] | null {
  const out: number[] = [];
  for (const y of [...years].reverse()) {
    const v = pick(y);
    if (v === null || v === undefined) return null;
    out.push(Number(v));
  }
  return out;
}

/**
 * The 高企 input from the last three reported years (oldest first). Figures a condition of 国科发火〔2016〕32号
 * 第十一条 rests on and that the platform cannot know otherwise (founding date, domestic R&D, income and high-tech
 * income) must be reported; without them there is no self-check, and the enterprise is told which to report.
 * Conversions and net assets are used when every year has them (otherwise the rule shows their range).
 */
export function hteInputOf(d: OrgEvaluationData): HteInput | { missing: string[] } {
  const latest = d.years[0];
  if (!latest) return { missing: ['indicators'] };
  const domestic = series(d.years, (y) => y.rdDomestic);
  const missing = [
    ...(d.foundedOn ? [] : ['founded_on']),
    ...(domestic ? [] : ['rd_domestic']),
    ...(latest.hightechIncome === null ? ['hightech_income'] : []),
    ...(latest.totalIncome === null ? ['total_income'] : []),
  ];
  if (missing.length) return { missing };
  const conversions = series(d.years, (y) => y.conversions);
  const netAssets = series(d.years, (y) => y.netAssets);
  return {
    registeredOn: d.foundedOn as string,
    employees: latest.employees,
    techStaff: latest.techStaff,
    salesFen: series(d.years, (y) => y.revenue) as number[],
    rdFen: series(d.years, (y) => y.rdExpense) as number[],
    domesticRdFen: (domestic as number[]).reduce((a, b) => a + b, 0),
    highTechIncomeFen: latest.hightechIncome as number,
    totalIncomeFen: latest.totalIncome as number,
    ip1Count: d.ip.class1,
    ip2Count: d.ip.class2,
    majorIncident: undef(d.declarations?.majorIncident),
    ...(conversions ? { conversions } : {}),
    ...(netAssets ? { netAssetsFen: netAssets } : {}),
  };
}

const hte: Evaluator = (d, assessedOn) => {
  const input = hteInputOf(d);
  if ('missing' in input) return input;
  const result = checkHte(input, assessedOn);
  return {
    kind: 'hte',
    assessedOn,
    packId: result.packId,
    input: { ...input, years: d.years.map((y) => y.year).reverse(), ipFromRegistry: d.ip.fromRegistry },
    result,
    scoreMin: result.score.min,
    scoreMax: result.score.max,
    verdict: result.verdict,
  };
};

/** The 专精特新 input: the reported years with main-business revenue, and the latest liabilities and assets. */
export function specialisedInputOf(d: OrgEvaluationData): SpecialisedInput | { missing: string[] } {
  const latest = d.years[0];
  if (!latest) return { missing: ['indicators'] };
  const main = series(d.years, (y) => y.mainBusinessRevenue);
  const missing = [
    ...(main ? [] : ['main_business_revenue']),
    ...(latest.totalLiabilities === null ? ['total_liabilities'] : []),
  ];
  if (missing.length) return { missing };
  const oldestFirst = [...d.years].reverse();
  return {
    years: oldestFirst.map((y) => ({
      revenueFen: y.revenue,
      mainBusinessRevenueFen: y.mainBusinessRevenue as number,
      rdFen: y.rdExpense,
    })),
    liabilitiesFen: latest.totalLiabilities as number,
    totalAssetsFen: latest.totalAssets,
    ip1Count: d.ip.class1,
    ...declaredSpecialised(d.declarations?.specialised),
  };
}

/** The 专精特新 facts the enterprise stated, as the check's input (a fact not stated is left out: it needs data). */
function declaredSpecialised(s: SpecialisedDeclarations | undefined): Partial<SpecialisedInput> {
  if (!s) return {};
  const stated = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    nicheYears: stated(s.nicheYears),
    equityFinancing2yFen: stated(s.equityFinancing2yFen),
    marketShareBp: stated(s.marketShareBp),
    marketTopThree: stated(s.marketTopThree),
    provincialScore: stated(s.provincialScore),
    giantScore: stated(s.giantScore),
    scienceAwards: stated(s.scienceAwards),
    // Not listed: never (null); listed with a rank: that rank; listed without a rank, or not stated: unknown.
    makerChinaRank:
      s.makerChinaListed === false ? null : s.makerChinaListed === true ? stated(s.makerChinaRank) : undefined,
    rdInstitution: stated(s.rdInstitution),
    rdStaffBp: stated(s.rdStaffBp),
    informationSystem: stated(s.informationSystem),
    managementCertified: stated(s.managementCertified),
    ownBrand: stated(s.ownBrand),
    chainRole: stated(s.chainRole),
    keyField: stated(s.keyField),
  };
}

const specialized: Evaluator = (d, assessedOn) => {
  const input = specialisedInputOf(d);
  if ('missing' in input) return input;
  const result = checkSpecialised(input, assessedOn);
  return {
    kind: 'specialized',
    assessedOn,
    packId: result.packId,
    input: { ...input, ipFromRegistry: d.ip.fromRegistry },
    result,
    scoreMin: null,
    scoreMax: null,
    verdict: result.provincial.verdict,
  };
};

/**
 * The kinds evaluated on registry data, in the order they are shown. 研发费用加计扣除 needs the six categories of R&D
 * expense (财税〔2015〕119号), which yearly indicators do not hold: it stays a calculation for the enterprise to run.
 */
export const EVALUATORS: Partial<Record<EvaluationKind, Evaluator>> = { tech_sme: techSme, hte, specialized };
export const AVAILABLE_KINDS = Object.keys(EVALUATORS) as EvaluationKind[];

/** Every available kind's outcome for one organisation, and per kind not evaluated the figures it lacks. */
export function evaluateAll(
  d: OrgEvaluationData,
  assessedOn: string,
  kinds = AVAILABLE_KINDS,
): { outcomes: Outcome[]; missing: Partial<Record<EvaluationKind, string[]>> } {
  const outcomes: Outcome[] = [];
  const missing: Partial<Record<EvaluationKind, string[]>> = {};
  for (const kind of kinds) {
    const o = EVALUATORS[kind]?.(d, assessedOn);
    if (!o) continue;
    if ('missing' in o) missing[kind] = o.missing;
    else outcomes.push(o);
  }
  return { outcomes, missing };
}

type Line = {
  code: string;
  outcome: string;
  rule: { zh: string; en: string };
  cite: { document: string; article: string };
};
type RuleGap = { code: string; unit: string; amount: number; words: { zh: string; en: string } };

/**
 * The gaps of a stored result: the rule's own gap list where it has one (高企: "tech staff +3 people"), else its lines
 * not met; then the lines still needing data. Each with its source where the rule gives one.
 */
export function gapsOf(result: { reasons: unknown[]; gaps?: unknown }): Gap[] {
  const lines = result.reasons as Line[];
  const citeOf = (code: string) => lines.find((l) => l.code === code)?.cite ?? null;
  const own = Array.isArray(result.gaps)
    ? (result.gaps as RuleGap[]).map((g) => ({
        code: g.code,
        outcome: 'not_met' as const,
        words: g.words,
        cite: citeOf(g.code),
        amount: g.amount,
        unit: g.unit,
      }))
    : lines
        .filter((l) => l.outcome === 'not_met')
        .map((l) => ({
          code: l.code,
          outcome: 'not_met' as const,
          words: l.rule,
          cite: l.cite,
          amount: null,
          unit: null,
        }));
  const unknown = lines
    .filter((l) => l.outcome === 'needs_data')
    .map((l) => ({
      code: l.code,
      outcome: 'needs_data' as const,
      words: l.rule,
      cite: l.cite,
      amount: null,
      unit: null,
    }));
  return [...own, ...unknown];
}
