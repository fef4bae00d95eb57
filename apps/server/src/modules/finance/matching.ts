import type { Verdict } from '@cz/shared';
import {
  type FinanceNeed,
  type Precheck,
  type Product,
  type ProductKind,
  precheck,
  quickCheck,
} from '@cz/shared/finance';
import { compileCondition, type Facts } from '@cz/shared/policy';

/** Products a financing need is checked against: those that lend (not insurance or equity). */
export const LENDING_PRODUCT_KINDS: readonly ProductKind[] = ['credit', 'guarantee', 'pledge', 'leasing'];

type NeedTerms = Pick<FinanceNeed, 'amountFen' | 'termMonths' | 'guaranteeOffered' | 'collateral' | 'rateCeilingBp'>;
export type Ranked = { product: Product; result: Verdict };

// Conditions compiled once per product as read (the repository hands out the same objects until a product changes).
const compiled = new WeakMap<Product, ((facts: Facts) => Verdict) | null>();
const compiledOf = (p: Product) => {
  let c = compiled.get(p);
  if (c === undefined) {
    c = p.condition ? compileCondition(p.condition) : null;
    compiled.set(p, c);
  }
  return c;
};

const ORDER = { eligible: 0, needs_data: 1, not_eligible: 2 } as const;

/**
 * Every lending product judged for the need, without sentences: eligible first, then those that need data, then the
 * rest; within each, the shortest typical approval first. `explain` gives the sentences of the ones shown.
 */
export function rankAll(products: readonly Product[], facts: Facts, need: NeedTerms, lprBp: number): Ranked[] {
  return products
    .filter((p) => LENDING_PRODUCT_KINDS.includes(p.kind))
    .map((product) => ({ product, result: quickCheck(product, compiledOf(product), facts, need, lprBp) }))
    .sort(
      (a, b) =>
        ORDER[a.result] - ORDER[b.result] ||
        a.product.approvalDays - b.product.approvalDays ||
        a.product.id - b.product.id,
    );
}

export const explain = (r: Ranked, facts: Facts, need: NeedTerms, lprBp: number): Precheck =>
  precheck(r.product, facts, need, lprBp);

/** The institutions a need goes to: those with a product that is not plainly out of reach, with those products. */
export function pushTargets(ranked: readonly Ranked[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const r of ranked) {
    if (r.result === 'not_eligible') continue;
    const list = out.get(r.product.institutionOrgId) ?? [];
    list.push(r.product.id);
    out.set(r.product.institutionOrgId, list);
  }
  return out;
}
