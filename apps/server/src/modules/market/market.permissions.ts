import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The market's administrative actions (see kernel/policy.ts for department restrictions). */
export const MARKET_ACTIONS = {
  /** Read every achievement in every status. */
  readAll: 'market.achievements.read_all',
  /** Review a submitted achievement: publish it, or return it with the reason. */
  review: 'market.achievements.review',
} as const;

definePermissions({ [MARKET_ACTIONS.readAll]: ADMINISTRATION, [MARKET_ACTIONS.review]: ADMINISTRATION });
