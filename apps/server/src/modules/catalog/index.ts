import type { Actor } from '../../kernel/actor.ts';
import type { Tx } from '../../kernel/db/connection.ts';
import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { OrgApi } from '../org/index.ts';
import { catalogExportRoutes } from './catalog.exports.ts';
import { type CatalogRepository, createCatalogRepository } from './catalog.repository.ts';
import { catalogRoutes } from './catalog.routes.ts';
import { createCatalogService, verifiedProviderOf } from './catalog.service.ts';

export type { ServiceRow } from './catalog.table.ts';
/** Published read view of listings, and their rating, for other modules' queries. */
export { catalogListings, listingRating } from './catalog.views.ts';

/**
 * What other modules may do with listings: read one (`byId`, optionally locked), list one they own the details of
 * (an instrument's listing is created and kept in step by the instrument module), and check the acting provider.
 */
export type CatalogApi = Pick<CatalogRepository, 'byId' | 'insert' | 'update'> & {
  verifiedProvider: (tx: Tx, actor: Actor | null) => ReturnType<typeof verifiedProviderOf>;
};

export function createCatalogModule(k: Kernel, deps: { org: OrgApi }) {
  const { db, clock } = k;
  const catalog = createCatalogRepository({ db });
  const api: CatalogApi = {
    byId: catalog.byId,
    insert: catalog.insert,
    update: catalog.update,
    verifiedProvider: (tx, actor) => verifiedProviderOf(tx, actor, deps.org),
  };
  const catalogService = createCatalogService({ db, catalog, orgs: deps.org, clock });
  return defineModule({
    name: 'catalog',
    api,
    routes: [catalogRoutes({ catalogService }), catalogExportRoutes({ catalogService })],
  });
}
