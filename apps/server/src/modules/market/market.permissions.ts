import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The market's administrative actions (see kernel/policy.ts for department restrictions). */
export const MARKET_ACTIONS = {
  /** Read every achievement in every status. */
  readAll: 'market.achievements.read_all',
  /** Review a submitted achievement: publish it, or return it with the reason. */
  review: 'market.achievements.review',
  /** Push suggestions to a need's owner as 技术经理人 (administrators; experts listed as brokers). */
  broker: 'market.broker',
  /** Read every deal and contract (the administration's oversight). */
  readDeals: 'market.deals.read_all',
  /** 技术合同认定登记: decide applications (the registration point), issue certificates. */
  register: 'market.registrations.decide',
  /** Change the market's settings (notice period, registration limits, number layout, refusal reasons). */
  settings: 'market.settings',
} as const;

definePermissions({
  [MARKET_ACTIONS.readAll]: ADMINISTRATION,
  [MARKET_ACTIONS.review]: ADMINISTRATION,
  [MARKET_ACTIONS.broker]: { roles: [...ADMINISTRATION.roles, 'expert'] },
  [MARKET_ACTIONS.readDeals]: ADMINISTRATION,
  [MARKET_ACTIONS.register]: ADMINISTRATION,
  [MARKET_ACTIONS.settings]: ADMINISTRATION,
});
