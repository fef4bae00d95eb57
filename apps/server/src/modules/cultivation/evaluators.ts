import { evaluateTechSme, type TechSmeInput } from '@cz/shared/cultivation';
import type { EvaluationKind, Gap } from '@cz/shared/cultivation-api';
import type { OrgEvaluationData } from './evaluation.inputs.ts';

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

type Evaluator = (data: OrgEvaluationData, assessedOn: string) => Outcome | null;

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
  if (!input) return null;
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

/**
 * The kinds with a rule on the platform, in the order they are shown. 高企, 专精特新 and 加计扣除 join this list as
 * their pure rules land in @cz/shared/cultivation.
 */
export const EVALUATORS: Partial<Record<EvaluationKind, Evaluator>> = { tech_sme: techSme };
export const AVAILABLE_KINDS = Object.keys(EVALUATORS) as EvaluationKind[];

/** Every available kind's outcome for one organisation (a kind without the data it needs gives none). */
export function evaluateAll(d: OrgEvaluationData, assessedOn: string, kinds = AVAILABLE_KINDS): Outcome[] {
  const out: Outcome[] = [];
  for (const kind of kinds) {
    const o = EVALUATORS[kind]?.(d, assessedOn);
    if (o) out.push(o);
  }
  return out;
}

type Line = {
  code: string;
  outcome: string;
  rule: { zh: string; en: string };
  cite: { document: string; article: string };
};

/** The gaps of a stored result: its lines not met or still needing data, in the rule's words and with its source. */
export function gapsOf(result: { reasons: unknown[]; gaps?: unknown }): Gap[] {
  return (result.reasons as Line[])
    .filter((l) => l.outcome === 'not_met' || l.outcome === 'needs_data')
    .map((l) => ({
      code: l.code,
      outcome: l.outcome as Gap['outcome'],
      words: l.rule,
      cite: l.cite,
    }));
}
