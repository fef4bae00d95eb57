/**
 * The amount editor's model: an item's amount (@cz/shared/policy amountSchema) as the texts a person types — yuan to
 * the fen and percentages to the hundredth — and back. The texts are read as decimals, digit by digit, so that what
 * is typed is stored exactly in fen and basis points (no floating-point product: "0.29" is 29 fen, never 28.999…).
 */
import { type Amount, amountSchema, type FactKey } from '@cz/shared/policy';

export type AmountKind = Amount['kind'];
export const AMOUNT_KINDS: readonly AmountKind[] = ['fixed', 'ratio', 'perUnit', 'manual'];

/** What the editor holds: every input as typed, kept when the kind changes so that switching back loses nothing. */
export type AmountDraft = {
  kind: AmountKind;
  fixedYuan: string;
  fact?: FactKey;
  percent: string;
  unitYuan: string;
  capYuan: string;
  floorYuan: string;
  zh: string;
  en: string;
};

export const emptyAmount = (): AmountDraft => ({
  kind: 'fixed',
  fixedYuan: '',
  percent: '',
  unitYuan: '',
  capYuan: '',
  floorYuan: '',
  zh: '',
  en: '',
});

/** A non-negative decimal with at most `places` decimals, scaled to an integer: ("12.5", 2) → 1250; else null. */
export function decimalToScaled(text: string, places: number): number | null {
  const t = text.trim().replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d*))?$/.exec(t);
  if (!m) return null;
  const frac = m[2] ?? '';
  if (frac.length > places) return null;
  const n = Number(`${m[1]}${frac.padEnd(places, '0')}`);
  return Number.isSafeInteger(n) ? n : null;
}

/** An integer scaled back to its decimal text: (1250, 2) → "12.50"; trailing zeros kept to `places`. */
export function scaledToDecimal(n: number, places: number): string {
  const s = String(Math.abs(n)).padStart(places + 1, '0');
  const whole = s.slice(0, s.length - places);
  const frac = s.slice(s.length - places);
  return `${n < 0 ? '-' : ''}${whole}${places > 0 ? `.${frac}` : ''}`;
}

/** Yuan as typed to fen, exactly; null when not a sum of yuan to the fen. */
export const yuanToFenExact = (text: string) => decimalToScaled(text, 2);
export const fenToYuanText = (fen: number) => scaledToDecimal(fen, 2);
/** A percentage as typed to basis points (10 → 1000, 0.01 → 1); null when it has more than two decimals. */
export const percentToBp = (text: string) => decimalToScaled(text, 2);
export const bpToPercentText = (bp: number) => scaledToDecimal(bp, 2).replace(/\.?0+$/, '');

/** An optional sum: empty is "not set", anything else must be yuan (NaN marks it wrong, for validation to say so). */
const optionalFen = (text: string): number | undefined => {
  if (text.trim() === '') return undefined;
  return yuanToFenExact(text) ?? Number.NaN;
};
const requiredFen = (text: string): number => yuanToFenExact(text) ?? Number.NaN;

/** The draft as the JSON of an amount; wrong inputs stay wrong (NaN, missing) so that amountSchema names them. */
export function toAmount(d: AmountDraft): unknown {
  switch (d.kind) {
    case 'fixed':
      return { kind: 'fixed', amountFen: requiredFen(d.fixedYuan) };
    case 'ratio': {
      const out: Record<string, unknown> = {
        kind: 'ratio',
        fact: d.fact ?? '',
        ratioBp: percentToBp(d.percent) ?? Number.NaN,
      };
      const cap = optionalFen(d.capYuan);
      const floor = optionalFen(d.floorYuan);
      if (cap !== undefined) out.capFen = cap;
      if (floor !== undefined) out.floorFen = floor;
      return out;
    }
    case 'perUnit': {
      const out: Record<string, unknown> = { kind: 'perUnit', fact: d.fact ?? '', unitFen: requiredFen(d.unitYuan) };
      const cap = optionalFen(d.capYuan);
      if (cap !== undefined) out.capFen = cap;
      return out;
    }
    default:
      return { kind: 'manual', words: { zh: d.zh.trim(), en: d.en.trim() } };
  }
}

/** A stored amount as the editor's texts. */
export function fromAmount(a: Amount | undefined): AmountDraft {
  const d = emptyAmount();
  if (!a) return d;
  switch (a.kind) {
    case 'fixed':
      return { ...d, kind: 'fixed', fixedYuan: fenToYuanText(a.amountFen) };
    case 'ratio':
      return {
        ...d,
        kind: 'ratio',
        fact: a.fact,
        percent: bpToPercentText(a.ratioBp),
        capYuan: a.capFen === undefined ? '' : fenToYuanText(a.capFen),
        floorYuan: a.floorFen === undefined ? '' : fenToYuanText(a.floorFen),
      };
    case 'perUnit':
      return {
        ...d,
        kind: 'perUnit',
        fact: a.fact,
        unitYuan: fenToYuanText(a.unitFen),
        capYuan: a.capFen === undefined ? '' : fenToYuanText(a.capFen),
      };
    default:
      return { ...d, kind: 'manual', zh: a.words.zh, en: a.words.en };
  }
}

/** The draft checked as the server checks it: the amount, or the message code of each wrong input by its key. */
export function checkAmount(d: AmountDraft): { amount: Amount | null; issues: Record<string, string> } {
  const parsed = amountSchema.safeParse(toAmount(d));
  if (parsed.success) return { amount: parsed.data, issues: {} };
  const issues: Record<string, string> = {};
  for (const i of parsed.error.issues) {
    const key = String(i.path[0] ?? 'kind');
    issues[key] ??= i.message;
  }
  return { amount: null, issues };
}
