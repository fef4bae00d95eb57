import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { CatalogApi } from '../catalog/index.ts';
import type { OrgApi } from '../org/index.ts';
import { instrumentExportRoutes } from './instrument.exports.ts';
import { createInstrumentRepository, type InstrumentRepository } from './instrument.repository.ts';
import { instrumentRoutes } from './instrument.routes.ts';
import { createInstrumentService } from './instrument.service.ts';

export type { InstrumentRow } from './instrument.table.ts';

/** What booking reads of an instrument: its rules (locked for a booking), blackouts and who is trained on it. */
export type InstrumentApi = Pick<InstrumentRepository, 'byId' | 'forBooking' | 'isQualified' | 'blackouts'>;

export function createInstrumentModule(k: Kernel, deps: { catalog: CatalogApi; org: OrgApi }) {
  const { db, clock } = k;
  const instruments = createInstrumentRepository({ db });
  const instrumentService = createInstrumentService({
    db,
    instruments,
    catalog: deps.catalog,
    orgs: deps.org,
    clock,
  });
  const api: InstrumentApi = {
    byId: instruments.byId,
    forBooking: instruments.forBooking,
    isQualified: instruments.isQualified,
    blackouts: instruments.blackouts,
  };
  return defineModule({
    name: 'instrument',
    api,
    routes: [instrumentRoutes({ instrumentService }), instrumentExportRoutes({ instrumentService })],
  });
}
