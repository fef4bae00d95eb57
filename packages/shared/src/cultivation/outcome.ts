import type { Explanation, Words } from '../rules/rule-pack.ts';

/**
 * The answer of a self-check: surely eligible, surely not, or not decidable from the data given. A result's boolean
 * `eligible` is true only for 'eligible': a missing fact never counts in the enterprise's favour.
 */
export type Verdict = 'eligible' | 'not_eligible' | 'needs_data';

export type ConditionOutcome = 'met' | 'not_met' | 'needs_data';

/** All conditions together: one not met decides; otherwise one unknown leaves the answer open. */
export function allOf(outcomes: readonly ConditionOutcome[]): Verdict {
  if (outcomes.includes('not_met')) return 'not_eligible';
  if (outcomes.includes('needs_data')) return 'needs_data';
  return 'eligible';
}

/** Either of several ways: one met decides; otherwise one unknown leaves the answer open. */
export function anyOf(outcomes: readonly ConditionOutcome[]): ConditionOutcome {
  if (outcomes.includes('met')) return 'met';
  if (outcomes.includes('needs_data')) return 'needs_data';
  return 'not_met';
}

/** The outcome of a yes/no fact that the enterprise must have (true) or must not have (false); undefined: unknown. */
export function flagOutcome(value: boolean | undefined, required: boolean): ConditionOutcome {
  if (value === undefined) return 'needs_data';
  return value === required ? 'met' : 'not_met';
}

/** A rule's words when its fact is not given: the rule, then that it cannot be decided yet. */
export function needsDataWords(rule: Words): Words {
  return {
    zh: `${rule.zh}（未提供该项信息，无法判断，请补充）`,
    en: `${rule.en} (not given: cannot be decided until it is provided)`,
  };
}

/** The codes of the lines that still need data (for a form to ask for them). */
export function missingCodes(lines: readonly Explanation[]): string[] {
  return lines.filter((l) => l.outcome === 'needs_data').map((l) => l.code);
}
