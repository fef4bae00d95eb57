import { packInForce, type RulePack } from '../rules/rule-pack.ts';
import { allOf, type ConditionOutcome, missingCodes } from './outcome.ts';
import { check2022 } from './specialised.2022.ts';
import { check2026 } from './specialised.2026.ts';
import type { SpecialisedInput, SpecialisedResult, SpecialisedTier } from './specialised.common.ts';
import { type SpecialisedParams, specialisedPacks } from './specialised.packs.ts';

export type {
  ScienceAward,
  SpecialisedInput,
  SpecialisedResult,
  SpecialisedTier,
  SpecialisedYear,
} from './specialised.common.ts';

/**
 * 专精特新 self-check on `assessedOn` by the pack in force: each criterion of the province-level tier and of the
 * 小巨人 tier met / not met / needs data, with the numbers, the rule's words and the article it comes from. The
 * pack's scheme decides which criteria there are (see specialised.packs.ts).
 */
export function checkSpecialised(
  input: SpecialisedInput,
  assessedOn: string,
  packs: readonly RulePack<SpecialisedParams>[] = specialisedPacks,
): SpecialisedResult {
  if (input.years.length < 1 || input.years.length > 3) throw new RangeError('years needs 1–3 fiscal years');
  const pack = packInForce(packs, assessedOn);
  const {
    provincial,
    giant,
    reasons,
    notNeeded = [],
  } = pack.params.scheme === '2022-63' ? check2022(input, pack.params) : check2026(input, pack.params);
  const tier = (outcomes: ConditionOutcome[], prefix: string): SpecialisedTier => {
    const verdict = allOf(outcomes);
    return {
      verdict,
      eligible: verdict === 'eligible',
      missing: missingCodes(reasons).filter((c) => c.startsWith(prefix) && !notNeeded.includes(c)),
    };
  };
  return {
    packId: pack.id,
    assessedOn,
    provincial: tier(provincial, 'specialised.provincial.'),
    giant: tier(giant, 'specialised.giant.'),
    note: pack.params.note,
    reasons,
  };
}
