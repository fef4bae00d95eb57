import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/** The marketplace's administrative actions (see kernel/policy.ts for department restrictions). */
export const CATALOG_ACTIONS = { suspendListings: 'catalog.listings.suspend' } as const;

definePermissions({ [CATALOG_ACTIONS.suspendListings]: ADMINISTRATION });
