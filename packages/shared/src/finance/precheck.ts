/**
 * 产品预检: whether an enterprise can have a product, before it applies. First the product's hard conditions on the
 * enterprise's facts (the policy area's rule format, three results: eligible, not eligible, needs data, each with
 * its sentences), then, for a posted need, whether the product's terms fit it: the amount and the term within the
 * product's range, a guarantee the enterprise offers that the product takes, collateral when the product asks for
 * it, and the product's lowest rate within the enterprise's ceiling. A term that does not fit makes the product
 * not eligible for this need, with the sentence that says why.
 */
import { z } from 'zod';
import { fenToYuan } from '../common/money.ts';
import { pageQuerySchema } from '../common/schemas.ts';
import type { Verdict } from '../cultivation/outcome.ts';
import type { Condition } from '../policy/conditions.ts';
import { evaluateCondition } from '../policy/evaluate.ts';
import type { Facts } from '../policy/facts.ts';
import type { Words } from '../rules/rule-pack.ts';
import type { CollateralKind, GuaranteeKind, Range, Rate } from './products.ts';
import { effectiveBp } from './products.ts';

export type PrecheckProduct = {
  amount: Range;
  termMonths: Range;
  rate: Rate | null;
  guaranteeKinds: readonly GuaranteeKind[];
  collateralKinds: readonly CollateralKind[];
  condition: Condition | null;
};
export type PrecheckNeed = {
  amountFen: number;
  termMonths: number;
  guaranteeOffered: readonly GuaranteeKind[];
  collateral: readonly CollateralKind[];
  rateCeilingBp: number | null;
};

export const FIT_CODES = ['amount', 'term', 'guarantee', 'collateral', 'rate'] as const;
export type FitCode = (typeof FIT_CODES)[number];
export type PrecheckLine = {
  /** `condition` for a line of the hard conditions, else the term checked. */
  kind: 'condition' | FitCode;
  outcome: 'met' | 'not_met' | 'unknown' | 'manual';
  words: Words;
};
export type Precheck = {
  result: Verdict;
  /** The hard conditions alone. */
  conditions: Verdict;
  /** Whether the terms fit the need (true without a need). */
  fits: boolean;
  needsReview: boolean;
  lines: PrecheckLine[];
  /** Facts that would decide "needs data". */
  missing: string[];
};

// One formatter for every line: a pre-check over hundreds of products builds thousands of sentences, and a
// formatter made per call (toLocaleString) costs a hundred times more than a call of a kept one.
const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const yuan = (fen: number) => number.format(fenToYuan(fen));
const wan = (fen: number) => `${number.format(fen / 1_000_000)}万元`;
const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Only collateral-backed guarantees need collateral; a product that takes credit or a guarantor needs none. */
const NEEDS_COLLATERAL: readonly GuaranteeKind[] = ['mortgage', 'pledge', 'ip_pledge', 'equity_pledge'];

const within = (v: number, r: Range) => v >= r.min && v <= r.max;

/**
 * Which terms are checked for the need and whether each fits: the one judgement both the quick verdict and the
 * explained pre-check use, so that they cannot disagree.
 */
function fitOutcomes(p: PrecheckProduct, n: PrecheckNeed, lprBp: number): { kind: FitCode; ok: boolean }[] {
  const shared = n.guaranteeOffered.filter((g) => p.guaranteeKinds.includes(g));
  const out: { kind: FitCode; ok: boolean }[] = [
    { kind: 'amount', ok: within(n.amountFen, p.amount) },
    { kind: 'term', ok: within(n.termMonths, p.termMonths) },
    { kind: 'guarantee', ok: shared.length > 0 },
  ];
  // Collateral matters only when every guarantee both sides share is backed by collateral.
  if (shared.length > 0 && shared.every((g) => NEEDS_COLLATERAL.includes(g)) && p.collateralKinds.length > 0)
    out.push({ kind: 'collateral', ok: n.collateral.some((c) => p.collateralKinds.includes(c)) });
  if (n.rateCeilingBp !== null && p.rate)
    out.push({ kind: 'rate', ok: effectiveBp(p.rate.mode, p.rate.minBp, lprBp) <= n.rateCeilingBp });
  return out;
}

function fitWords(kind: FitCode, ok: boolean, p: PrecheckProduct, n: PrecheckNeed, lprBp: number): Words {
  const m = mark(ok);
  switch (kind) {
    case 'amount':
      return {
        zh: `申请金额 ${wan(n.amountFen)}，产品额度 ${wan(p.amount.min)}–${wan(p.amount.max)} ${m}`,
        en: `Amount ¥${yuan(n.amountFen)} within ¥${yuan(p.amount.min)}–¥${yuan(p.amount.max)} ${m}`,
      };
    case 'term':
      return {
        zh: `期限 ${n.termMonths} 个月，产品期限 ${p.termMonths.min}–${p.termMonths.max} 个月 ${m}`,
        en: `Term ${n.termMonths} months within ${p.termMonths.min}–${p.termMonths.max} months ${m}`,
      };
    case 'guarantee':
      return {
        zh: `可提供的担保方式${ok ? '与产品相符' : '均不在产品接受范围内'} ${m}`,
        en: `${ok ? 'A guarantee offered is one the product takes' : 'No guarantee offered is one the product takes'} ${m}`,
      };
    case 'collateral':
      return {
        zh: `${ok ? '可提供产品接受的抵质押物' : '未提供产品接受的抵质押物'} ${m}`,
        en: `${ok ? 'Collateral offered that the product takes' : 'No collateral offered that the product takes'} ${m}`,
      };
    default: {
      const lowest = p.rate ? effectiveBp(p.rate.mode, p.rate.minBp, lprBp) : 0;
      const ceiling = n.rateCeilingBp ?? 0;
      return {
        zh: `产品最低年利率 ${pct(lowest)}，可接受上限 ${pct(ceiling)} ${m}`,
        en: `Lowest annual rate ${pct(lowest)}, ceiling ${pct(ceiling)} ${m}`,
      };
    }
  }
}

const combine = (conditions: Verdict, fits: boolean): Verdict =>
  conditions === 'not_eligible' || !fits ? 'not_eligible' : conditions;

/**
 * The result alone, without sentences, for checking a need against every product: `compiled` is the product's
 * condition compiled once (compileCondition); it agrees with `precheck(...).result`.
 */
export function quickCheck(
  product: PrecheckProduct,
  compiled: ((facts: Facts) => Verdict) | null,
  facts: Facts,
  need: PrecheckNeed | null,
  lprBp: number,
): Verdict {
  const fits = need ? fitOutcomes(product, need, lprBp).every((f) => f.ok) : true;
  if (!fits) return 'not_eligible';
  return combine(compiled ? compiled(facts) : 'eligible', fits);
}

/** The pre-check of one product for one enterprise (and its need, when there is one). */
export function precheck(product: PrecheckProduct, facts: Facts, need: PrecheckNeed | null, lprBp: number): Precheck {
  const e = product.condition ? evaluateCondition(product.condition, facts) : null;
  const conditions: Verdict = e ? e.result : 'eligible';
  const lines: PrecheckLine[] = (e?.lines ?? []).map((l) => ({
    kind: 'condition',
    outcome: l.outcome,
    words: l.words,
  }));
  const fit = need ? fitOutcomes(product, need, lprBp) : [];
  for (const f of fit)
    lines.push({
      kind: f.kind,
      outcome: f.ok ? 'met' : 'not_met',
      words: fitWords(f.kind, f.ok, product, need as PrecheckNeed, lprBp),
    });
  const fits = fit.every((f) => f.ok);
  const result = combine(conditions, fits);
  return {
    result,
    conditions,
    fits,
    needsReview: e?.needsReview ?? false,
    lines,
    missing: e?.missing ?? [],
  };
}

export const precheckSchema = z.object({
  productId: z.number().int(),
  productName: z.string(),
  institutionName: z.string(),
  result: z.enum(['eligible', 'not_eligible', 'needs_data']),
  conditions: z.enum(['eligible', 'not_eligible', 'needs_data']),
  fits: z.boolean(),
  needsReview: z.boolean(),
  lines: z.array(
    z.object({
      kind: z.enum(['condition', ...FIT_CODES]),
      outcome: z.enum(['met', 'not_met', 'unknown', 'manual']),
      words: z.object({ zh: z.string(), en: z.string() }),
    }),
  ),
  missing: z.array(z.string()),
});
export type PrecheckResult = z.infer<typeof precheckSchema>;
/** A page of a need's pre-checks (eligible first), with how many products gave each result. */
export const precheckListSchema = z.object({
  items: z.array(precheckSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.object({ eligible: z.number().int(), needs_data: z.number().int(), not_eligible: z.number().int() }),
});
export const precheckListQuerySchema = pageQuerySchema.extend({
  result: z.enum(['eligible', 'not_eligible', 'needs_data']).optional(),
});
export const precheckQuerySchema = z.object({ needId: z.coerce.number().int().positive().optional() });
