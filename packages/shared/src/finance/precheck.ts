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

const yuan = (fen: number) => fenToYuan(fen).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const wan = (fen: number) => `${(fen / 1_000_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元`;
const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Only collateral-backed guarantees need collateral; a product that takes credit or a guarantor needs none. */
const NEEDS_COLLATERAL: readonly GuaranteeKind[] = ['mortgage', 'pledge', 'ip_pledge', 'equity_pledge'];

function fitLines(p: PrecheckProduct, n: PrecheckNeed, lprBp: number): PrecheckLine[] {
  const lines: PrecheckLine[] = [];
  const within = (v: number, r: Range) => v >= r.min && v <= r.max;
  const amountOk = within(n.amountFen, p.amount);
  lines.push({
    kind: 'amount',
    outcome: amountOk ? 'met' : 'not_met',
    words: {
      zh: `申请金额 ${wan(n.amountFen)}，产品额度 ${wan(p.amount.min)}–${wan(p.amount.max)} ${mark(amountOk)}`,
      en: `Amount ¥${yuan(n.amountFen)} within ¥${yuan(p.amount.min)}–¥${yuan(p.amount.max)} ${mark(amountOk)}`,
    },
  });
  const termOk = within(n.termMonths, p.termMonths);
  lines.push({
    kind: 'term',
    outcome: termOk ? 'met' : 'not_met',
    words: {
      zh: `期限 ${n.termMonths} 个月，产品期限 ${p.termMonths.min}–${p.termMonths.max} 个月 ${mark(termOk)}`,
      en: `Term ${n.termMonths} months within ${p.termMonths.min}–${p.termMonths.max} months ${mark(termOk)}`,
    },
  });
  const shared = n.guaranteeOffered.filter((g) => p.guaranteeKinds.includes(g));
  const guaranteeOk = shared.length > 0;
  lines.push({
    kind: 'guarantee',
    outcome: guaranteeOk ? 'met' : 'not_met',
    words: {
      zh: `可提供的担保方式${guaranteeOk ? '与产品相符' : '均不在产品接受范围内'} ${mark(guaranteeOk)}`,
      en: `${guaranteeOk ? 'A guarantee offered is one the product takes' : 'No guarantee offered is one the product takes'} ${mark(guaranteeOk)}`,
    },
  });
  // Collateral matters only when every guarantee both sides share is backed by collateral.
  if (guaranteeOk && shared.every((g) => NEEDS_COLLATERAL.includes(g)) && p.collateralKinds.length > 0) {
    const ok = n.collateral.some((c) => p.collateralKinds.includes(c));
    lines.push({
      kind: 'collateral',
      outcome: ok ? 'met' : 'not_met',
      words: {
        zh: `${ok ? '可提供产品接受的抵质押物' : '未提供产品接受的抵质押物'} ${mark(ok)}`,
        en: `${ok ? 'Collateral offered that the product takes' : 'No collateral offered that the product takes'} ${mark(ok)}`,
      },
    });
  }
  if (n.rateCeilingBp !== null && p.rate) {
    const lowest = effectiveBp(p.rate.mode, p.rate.minBp, lprBp);
    const ok = lowest <= n.rateCeilingBp;
    lines.push({
      kind: 'rate',
      outcome: ok ? 'met' : 'not_met',
      words: {
        zh: `产品最低年利率 ${pct(lowest)}，可接受上限 ${pct(n.rateCeilingBp)} ${mark(ok)}`,
        en: `Lowest annual rate ${pct(lowest)}, ceiling ${pct(n.rateCeilingBp)} ${mark(ok)}`,
      },
    });
  }
  return lines;
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
  const fit = need ? fitLines(product, need, lprBp) : [];
  lines.push(...fit);
  const fits = fit.every((l) => l.outcome === 'met');
  const result: Verdict = conditions === 'not_eligible' || !fits ? 'not_eligible' : conditions;
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
export const precheckListSchema = z.object({ items: z.array(precheckSchema) });
export const precheckQuerySchema = z.object({ needId: z.coerce.number().int().positive().optional() });
