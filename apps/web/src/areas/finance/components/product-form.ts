import type { Product, ProductInput } from '@cz/shared/finance';
import { fenToYuan, yuanToFen } from '../../../kit/money';
import { fromCondition, type GroupNode, toCondition } from '../../policy/items/condition-tree';

type Range = { min: number | null; default: number | null; max: number | null };
export type RateMode = 'fixed' | 'lpr' | 'none';

/** A product as its form holds it: amounts in 元, a fixed rate in %, an LPR spread in bp. */
export type ProductValues = {
  name: string;
  kind: ProductInput['kind'];
  labels: string[];
  summary: string;
  amount: Range;
  termMonths: Range;
  rateMode: RateMode;
  rate: Range;
  guaranteeKinds: NonNullable<ProductInput['guaranteeKinds']>;
  collateralKinds: NonNullable<ProductInput['collateralKinds']>;
  repaymentKinds: NonNullable<ProductInput['repaymentKinds']>;
  approvalDays: number | null;
  materials: string[];
  regions: string[];
};

export const EMPTY_RANGE: Range = { min: null, default: null, max: null };
const num = (v: number | null | undefined) => (v === null || v === undefined ? Number.NaN : v);
const map = (r: Range | undefined, f: (v: number) => number) => ({
  min: f(num(r?.min)),
  default: f(num(r?.default)),
  max: f(num(r?.max)),
});
const pctToBp = (pct: number) => Math.round(pct * 100);

/** The body for the API; an empty condition tree is no condition (anyone may apply). */
export function toProductInput(v: ProductValues, tree: GroupNode, policyItemIds: number[] = []): ProductInput {
  const rate =
    v.rateMode === 'none'
      ? null
      : (() => {
          const r = map(v.rate, v.rateMode === 'fixed' ? pctToBp : Math.round);
          return { mode: v.rateMode, minBp: r.min, defaultBp: r.default, maxBp: r.max };
        })();
  return {
    name: v.name ?? '',
    kind: v.kind,
    labels: v.labels ?? [],
    summary: v.summary ?? '',
    amount: map(v.amount, (y) => (Number.isNaN(y) ? y : yuanToFen(y))),
    termMonths: map(v.termMonths, (n) => n),
    rate,
    guaranteeKinds: v.guaranteeKinds ?? [],
    collateralKinds: v.collateralKinds ?? [],
    repaymentKinds: v.repaymentKinds ?? [],
    approvalDays: num(v.approvalDays),
    materials: v.materials ?? [],
    regions: v.regions ?? [],
    condition: tree.children.length === 0 ? null : (toCondition(tree) as ProductInput['condition']),
    policyItemIds,
  };
}

export function toProductValues(p: Product): { values: ProductValues; tree: GroupNode } {
  const rateMode: RateMode = p.rate ? p.rate.mode : 'none';
  const bp = (b: number) => (rateMode === 'fixed' ? b / 100 : b);
  return {
    values: {
      name: p.name,
      kind: p.kind,
      labels: p.labels,
      summary: p.summary,
      amount: { min: fenToYuan(p.amount.min), default: fenToYuan(p.amount.default), max: fenToYuan(p.amount.max) },
      termMonths: p.termMonths,
      rateMode,
      rate: p.rate
        ? { min: bp(p.rate.minBp), default: bp(p.rate.defaultBp), max: bp(p.rate.maxBp) }
        : { ...EMPTY_RANGE },
      guaranteeKinds: p.guaranteeKinds,
      collateralKinds: p.collateralKinds,
      repaymentKinds: p.repaymentKinds,
      approvalDays: p.approvalDays,
      materials: p.materials,
      regions: p.regions,
    },
    tree: fromCondition(p.condition ?? undefined),
  };
}

/** Where an issue of the body shows on the form: the rate's `minBp` on `rate.min`, and so on. */
export function formPath(path: PropertyKey[]): PropertyKey[] {
  const [head, key, ...rest] = path;
  if (head === 'rate' && typeof key === 'string') return ['rate', key.replace(/Bp$/, ''), ...rest];
  return path;
}
