import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The market's administrative actions (see kernel/policy.ts for department restrictions). */
export const MARKET_ACTIONS = {
  /** Read every achievement in every status. */
  readAll: 'market.achievements.read_all',
  /** Review a submitted achievement: publish it, or return it with the reason. */
  review: 'market.achievements.review',
  /** Push suggestions to a need's owner as 技术经理人 (administrators; experts listed as brokers). */
  broker: 'market.broker',
} as const;

definePermissions({
  [MARKET_ACTIONS.readAll]: ADMINISTRATION,
  [MARKET_ACTIONS.review]: ADMINISTRATION,
  [MARKET_ACTIONS.broker]: { roles: [...ADMINISTRATION.roles, 'expert'] },
});
