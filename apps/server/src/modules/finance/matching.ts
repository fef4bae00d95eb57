import { type FinanceNeed, type Precheck, type Product, type ProductKind, precheck } from '@cz/shared/finance';
import type { Facts } from '@cz/shared/policy';

/** Products a financing need is checked against: those that lend (not insurance or equity). */
export const LENDING_PRODUCT_KINDS: readonly ProductKind[] = ['credit', 'guarantee', 'pledge', 'leasing'];

export type Checked = { product: Product; check: Precheck };

const ORDER = { eligible: 0, needs_data: 1, not_eligible: 2 } as const;

/**
 * Every lending product pre-checked for the need: eligible first, then those that need data, then the rest; within
 * each, the shortest typical approval first.
 */
export function checkAll(
  products: readonly Product[],
  facts: Facts,
  need: Pick<FinanceNeed, 'amountFen' | 'termMonths' | 'guaranteeOffered' | 'collateral' | 'rateCeilingBp'>,
  lprBp: number,
): Checked[] {
  return products
    .filter((p) => LENDING_PRODUCT_KINDS.includes(p.kind))
    .map((product) => ({ product, check: precheck(product, facts, need, lprBp) }))
    .sort(
      (a, b) =>
        ORDER[a.check.result] - ORDER[b.check.result] ||
        a.product.approvalDays - b.product.approvalDays ||
        a.product.id - b.product.id,
    );
}

/** The institutions a need goes to: those with a product that is not plainly out of reach, with those products. */
export function pushTargets(checked: readonly Checked[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const c of checked) {
    if (c.check.result === 'not_eligible') continue;
    const list = out.get(c.product.institutionOrgId) ?? [];
    list.push(c.product.id);
    out.set(c.product.institutionOrgId, list);
  }
  return out;
}
