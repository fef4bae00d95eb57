import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The news area's administrative actions (see kernel/policy.ts for department restrictions). */
export const NEWS_ACTIONS = {
  /** Write, publish, schedule, withdraw and republish articles, and read every state of them. */
  manage: 'news.articles.manage',
} as const;

definePermissions({ [NEWS_ACTIONS.manage]: ADMINISTRATION });
