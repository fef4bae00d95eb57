import type { PolicyEligibility, PolicyItem } from '@cz/shared/policy';
import { computeAmount, evaluateCondition, factRef } from '@cz/shared/policy';
import type { OrgFacts } from './policy.facts.ts';

/**
 * An enterprise against an item, explained: the result with a sentence per condition, what is reviewed by hand, the
 * facts still needed, and the amount it would get (computed for any result, so that "needs data" can say what is at
 * stake; null when the amount is decided in review or rests on a missing fact).
 */
export function eligibilityOf(item: PolicyItem, org: OrgFacts, assessedOn: string): PolicyEligibility {
  const e = evaluateCondition(item.condition, org.facts);
  const amount = computeAmount(item.amount, org.facts);
  return {
    itemId: item.id,
    orgId: org.orgId,
    result: e.result,
    needsReview: e.needsReview,
    lines: e.lines.map((l) => ({ fact: l.fact, outcome: l.outcome, words: l.words })),
    reviewedByHand: e.manual,
    missing: e.missing.map(factRef),
    amountFen: e.result === 'not_eligible' ? null : amount.amountFen,
    amountWords: amount.words,
    assessedOn,
  };
}
