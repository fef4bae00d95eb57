/**
 * What a policy item pays, as data beside its condition: a fixed sum, a share of a money fact (R&D expense × 10 %,
 * capped), an amount per unit (per invention patent), or "decided in review". Shares are in basis points and every
 * figure in integer fen, multiplied in BigInt and rounded down to the fen, so the amount an enterprise is told is
 * never more than the rule gives and the words show each step of the calculation.
 */
import { z } from 'zod';
import { floorDiv, toSafeNumber } from '../cultivation/exact.ts';
import type { Words } from '../rules/rule-pack.ts';
import { FACTS, type FactKey, type Facts, isFactKey, readFact } from './facts.ts';
import { basisPointsText, factValueWords, fenWords, notKnownWords } from './words.ts';

export type Amount =
  | { kind: 'fixed'; amountFen: number }
  | { kind: 'ratio'; fact: FactKey; ratioBp: number; capFen?: number; floorFen?: number }
  | { kind: 'perUnit'; fact: FactKey; unitFen: number; capFen?: number }
  | { kind: 'manual'; words: Words };

export type AmountResult = {
  /** Null when a fact is missing or the amount is decided in review. */
  amountFen: number | null;
  words: Words;
  missing: FactKey[];
};

export const AMOUNT_ISSUE_CODES = {
  badShape: 'policy.amount.bad_shape',
  unknownFact: 'policy.amount.unknown_fact',
  /** A ratio of a fact that is not money, or an amount per unit of a fact that is not a number. */
  badFact: 'policy.amount.bad_fact',
  /** Not whole basis points from 1 to 10,000 (0.01 % to 100 %). */
  badRatio: 'policy.amount.bad_ratio',
  /** A sum that is not a non-negative integer of fen (a fixed amount, a unit, a cap or a floor). */
  badFen: 'policy.amount.bad_fen',
  /** A floor above the cap. */
  badBounds: 'policy.amount.bad_bounds',
} as const;
const A = AMOUNT_ISSUE_CODES;

const fen = z
  .number({ error: A.badFen })
  .int({ error: A.badFen })
  .min(0, { error: A.badFen })
  .max(Number.MAX_SAFE_INTEGER, { error: A.badFen });
const factKey = z.string({ error: A.badShape }).refine(isFactKey, { error: A.unknownFact });
const word = z.string({ error: A.badShape }).trim().min(1, { error: A.badShape }).max(500, { error: A.badShape });
const words = z.strictObject({ zh: word, en: word }, { error: A.badShape });

/** An item's amount as JSON; each issue's message is one of AMOUNT_ISSUE_CODES. */
export const amountSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('fixed'), amountFen: fen }, { error: A.badShape }),
      z.strictObject(
        {
          kind: z.literal('ratio'),
          fact: factKey,
          ratioBp: z
            .number({ error: A.badRatio })
            .int({ error: A.badRatio })
            .min(1, { error: A.badRatio })
            .max(10_000, {
              error: A.badRatio,
            }),
          capFen: fen.optional(),
          floorFen: fen.optional(),
        },
        { error: A.badShape },
      ),
      z.strictObject(
        { kind: z.literal('perUnit'), fact: factKey, unitFen: fen, capFen: fen.optional() },
        { error: A.badShape },
      ),
      z.strictObject({ kind: z.literal('manual'), words }, { error: A.badShape }),
    ],
    { error: A.badShape },
  )
  .superRefine((a, ctx) => {
    // The refinement runs after a non-aborting issue too: an unknown fact is already told.
    if (a.kind === 'ratio' && isFactKey(a.fact) && FACTS[a.fact].type !== 'money')
      ctx.addIssue({ code: 'custom', message: A.badFact, path: ['fact'] });
    if (a.kind === 'perUnit' && isFactKey(a.fact) && FACTS[a.fact].type !== 'number')
      ctx.addIssue({ code: 'custom', message: A.badFact, path: ['fact'] });
    if (a.kind === 'ratio' && a.capFen !== undefined && a.floorFen !== undefined && a.floorFen > a.capFen)
      ctx.addIssue({ code: 'custom', message: A.badBounds, path: ['floorFen'] });
  }) as unknown as z.ZodType<Amount>;

const missingFact = (key: FactKey): AmountResult => {
  const L = FACTS[key].label;
  const n = notKnownWords(key);
  return {
    amountFen: null,
    words: { zh: `${L.zh} ${n.zh} — 需补充数据`, en: `${L.en}: ${n.en} — data needed` },
    missing: [key],
  };
};

/** Floor, then cap, then never below zero; the bounds that were set are written, with the result after an arrow. */
function bounded(raw: bigint, floorFen: number | undefined, capFen: number | undefined) {
  let amount = raw;
  const zh: string[] = [];
  const en: string[] = [];
  if (floorFen !== undefined) {
    if (amount < BigInt(floorFen)) amount = BigInt(floorFen);
    zh.push(`，下限 ${fenWords(floorFen).zh}`);
    en.push(`, floor ${fenWords(floorFen).en}`);
  }
  if (capFen !== undefined) {
    if (amount > BigInt(capFen)) amount = BigInt(capFen);
    zh.push(`，上限 ${fenWords(capFen).zh}`);
    en.push(`, cap ${fenWords(capFen).en}`);
  }
  if (amount < 0n) amount = 0n;
  const fen = toSafeNumber(amount);
  const arrow = zh.length > 0 || amount !== raw;
  const result = fenWords(fen);
  return {
    fen,
    zh: zh.join('') + (arrow ? ` → ${result.zh}` : ''),
    en: en.join('') + (arrow ? ` → ${result.en}` : ''),
  };
}

/**
 * The amount of `amount` for an enterprise with `facts`, rounded down to the fen, with its calculation in words:
 * "研发费用 312.50万元 × 10% = 31.25万元，上限 50.00万元 → 31.25万元". A missing fact gives no amount and names the fact.
 */
export function computeAmount(amount: Amount, facts: Facts): AmountResult {
  switch (amount.kind) {
    case 'fixed': {
      const w = fenWords(amount.amountFen);
      return { amountFen: amount.amountFen, words: { zh: `定额 ${w.zh}`, en: `Fixed amount ${w.en}` }, missing: [] };
    }
    case 'manual':
      return {
        amountFen: null,
        words: { zh: `${amount.words.zh}（金额经评审确定）`, en: `${amount.words.en} (amount decided in review)` },
        missing: [],
      };
    case 'ratio': {
      const base = readFact(facts, amount.fact);
      if (typeof base !== 'number') return missingFact(amount.fact);
      const product = BigInt(base) * BigInt(amount.ratioBp);
      const raw = floorDiv(product, 10_000n);
      const cut = product % 10_000n !== 0n;
      const b = bounded(raw, amount.floorFen, amount.capFen);
      const L = FACTS[amount.fact].label;
      const B = fenWords(base);
      const R = fenWords(raw);
      const pct = basisPointsText(amount.ratioBp);
      return {
        amountFen: b.fen,
        words: {
          zh: `${L.zh} ${B.zh} × ${pct} = ${R.zh}${cut ? '（不足一分舍去）' : ''}${b.zh}`,
          en: `${L.en} ${B.en} × ${pct} = ${R.en}${cut ? ' (rounded down to the fen)' : ''}${b.en}`,
        },
        missing: [],
      };
    }
    case 'perUnit': {
      const value = readFact(facts, amount.fact);
      if (typeof value !== 'number') return missingFact(amount.fact);
      // Units are whole: 3.7 patents pay as 3; a negative count pays nothing.
      const units = Math.max(0, Math.floor(value));
      const raw = BigInt(units) * BigInt(amount.unitFen);
      const b = bounded(raw, undefined, amount.capFen);
      const def = FACTS[amount.fact];
      const V = factValueWords(amount.fact, value);
      const U = fenWords(amount.unitFen);
      const R = fenWords(raw);
      const counted = units !== value;
      const unit = 'unit' in def ? def.unit.zh : '';
      return {
        amountFen: b.fen,
        words: {
          zh: `${def.label.zh} ${V.zh}${counted ? `（按 ${units} 计）` : ''} × ${U.zh}${unit ? `/${unit}` : ''} = ${R.zh}${b.zh}`,
          en: `${def.label.en} ${V.en}${counted ? ` (counted as ${units})` : ''} × ${U.en} each = ${R.en}${b.en}`,
        },
        missing: [],
      };
    }
  }
}
