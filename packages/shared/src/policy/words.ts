/**
 * Fact values in words, exactly as the enterprise reported them: a percent with the digits it has (4.2%), money in
 * 万元 when that is exact to the fen and in 元 otherwise (never a rounded figure next to a threshold it is compared
 * with), counts with their unit. One place, so a condition's line, an amount's calculation and an editor's preview
 * write a fact the same way.
 */
import { WAN_YUAN_FEN } from '../cultivation/exact.ts';
import type { Words } from '../rules/rule-pack.ts';
import { FACTS, type FactDef, type FactKey, type FactValue } from './facts.ts';

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A number with the digits it has and thousands separators: 1200 → "1,200", 4.25 → "4.25", 1e-7 → "0.0000001". */
export function decimalText(n: number): string {
  let s = String(n);
  if (s.includes('e')) s = n.toFixed(20).replace(/\.?0+$/, '');
  const neg = s.startsWith('-');
  const [whole = '', frac] = (neg ? s.slice(1) : s).split('.');
  return `${neg ? '-' : ''}${group(whole)}${frac ? `.${frac}` : ''}`;
}

// Hundredths as text with separators, in BigInt so that a product beyond 2^53 (units × unit amount) is still exact;
// the same text as `yuanText` of cultivation/exact.ts for safe integers.
const hundredthsText = (h: bigint): string => {
  const a = h < 0n ? -h : h;
  return `${h < 0n ? '-' : ''}${group((a / 100n).toString())}.${(a % 100n).toString().padStart(2, '0')}`;
};

/** Fen in words: 万元 with two decimals when ≥ 1万元 and exact, else 元 with every fen; yuan in English. */
export function fenWords(fen: number | bigint): Words {
  const f = BigInt(fen);
  const a = f < 0n ? -f : f;
  const zh =
    a >= BigInt(WAN_YUAN_FEN) && f % 10_000n === 0n ? `${hundredthsText(f / 10_000n)}万元` : `${hundredthsText(f)}元`;
  return { zh, en: `¥${hundredthsText(f)}` };
}

/** Basis points as a percentage with the digits it needs: 1000 → "10%", 1250 → "12.5%", 1 → "0.01%". */
export function basisPointsText(bp: number): string {
  return `${decimalText(bp / 100)}%`;
}

const withUnit = (n: number, unit: Words | undefined): Words => {
  const text = decimalText(n);
  if (!unit) return { zh: text, en: text };
  const en = n === 1 && unit.en.endsWith('s') ? unit.en.slice(0, -1) : unit.en;
  return { zh: `${text}${unit.zh}`, en: en ? `${text} ${en}` : text };
};

/** The words of one value of a fact of this definition (a condition's threshold as well as an enterprise's value). */
export function valueWordsOf(def: FactDef, value: FactValue): Words {
  switch (def.type) {
    case 'money':
      return typeof value === 'number' ? fenWords(value) : { zh: String(value), en: String(value) };
    case 'percent':
      return { zh: `${decimalText(Number(value))}%`, en: `${decimalText(Number(value))}%` };
    case 'boolean':
      return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
    case 'enum': {
      const option = def.options?.find((o) => o.value === value);
      return option ? option.label : { zh: String(value), en: String(value) };
    }
    default:
      return withUnit(Number(value), def.unit);
  }
}

export function factValueWords(key: FactKey, value: FactValue): Words {
  return valueWordsOf(FACTS[key], value);
}

/** "not known" in the words of the fact's source: a registry figure is not reported, an evaluation not run yet. */
export function notKnownWords(key: FactKey): Words {
  return FACTS[key].source === 'cultivation'
    ? { zh: '暂无评价结果', en: 'not evaluated yet' }
    : { zh: '未填报', en: 'not reported' };
}

/** Several values in a list: "光伏产业园、高新区本部" / "Photovoltaic Industrial Park, Zone headquarters area". */
export function listWords(key: FactKey, values: readonly FactValue[]): Words {
  const words = values.map((v) => factValueWords(key, v));
  return { zh: words.map((w) => w.zh).join('、'), en: words.map((w) => w.en).join(', ') };
}
