import {
  cleanPatentInput,
  type IpKind,
  ipNumberProblem,
  isPatentKind,
  PATENT_TYPE_DIGITS,
  type PatentTypeDigit,
  parsePatentNumber,
  patentKindOfType,
} from '@cz/shared/ip';
import { tKey } from '../../../app/i18n';

/** The type digit of what was typed once its digits are complete (checked or not), else null. */
export function typedPatentType(input: string): PatentTypeDigit | null {
  const r = parsePatentNumber(input);
  if (r.ok) return r.value.type;
  if (r.problem !== 'check' && r.problem !== 'check_missing') return null;
  const digits = cleanPatentInput(input).replace(/\..*$/, '');
  const d = (digits.length >= 12 ? digits[4] : digits[2]) as string;
  return (PATENT_TYPE_DIGITS as readonly string[]).includes(d) ? (d as PatentTypeDigit) : null;
}

/**
 * The kind a number's type digit names, when the form should follow it: the kind is not chosen yet or is a patent
 * kind (a software copyright's number is not a patent number).
 */
export function inferredKind(current: IpKind | undefined, input: string): IpKind | null {
  if (current && !isPatentKind(current)) return null;
  const type = typedPatentType(input);
  return type ? patentKindOfType(type) : null;
}

/** Why the number does not fit the kind, in words, with the check character it should end in; null when it fits. */
export function numberMessage(kind: IpKind | undefined, input: string): string | null {
  if (!input.trim()) return tKey('validation.required');
  if (!kind || !isPatentKind(kind)) return ipNumberProblem(kind ?? 'trademark', input) ? tKey('ip:number.other') : null;
  const r = parsePatentNumber(input);
  if (!r.ok) return tKey(`ip:number.problems.${r.problem}`, { expected: r.expected ?? '' });
  return ipNumberProblem(kind, input) ? tKey('ip:number.kindMismatch', { kind: tKey(`ip:kinds.${kind}`) }) : null;
}

/** The number as it will be stored, for the hint under the field. */
export function storedForm(kind: IpKind | undefined, input: string): string | null {
  if (!kind || !isPatentKind(kind)) return null;
  const r = parsePatentNumber(input);
  return r.ok ? r.value.normalised : null;
}
