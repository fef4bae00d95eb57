import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The organisation registry's administrative actions (see kernel/policy.ts for department restrictions). */
export const ORG_ACTIONS = { register: 'org.register', verify: 'org.verify' } as const;

definePermissions({ [ORG_ACTIONS.register]: ADMINISTRATION, [ORG_ACTIONS.verify]: ADMINISTRATION });
