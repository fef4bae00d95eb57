import { defineModule, type Kernel } from '../../kernel/module.ts';
import { materialsExportRoutes } from './materials.exports.ts';
import { sendMaterialReminders } from './materials.jobs.ts';
import { createMaterialsRepository } from './materials.repository.ts';
import { materialsRoutes } from './materials.routes.ts';
import { createMaterialsService } from './materials.service.ts';
import { createMaterialsSupply, type MaterialsSupply } from './materials.supply.ts';

export { materialsErrors } from './materials.errors.ts';
export type { AttachInput, UploadAsked } from './materials.supply.ts';
/** Published read view of every organisation's current materials, for other modules' queries. */
export { materialsCurrent } from './materials.views.ts';

/**
 * 材料一次报送: what other areas (policy applications, S&T programs) get of an enterprise's materials vault.
 *
 * An application form states what it needs as requirements (`requirementSchema` in @cz/shared:
 * `{ kind, year?: number | 'latest' | 'last2' | 'last3', validOn?: date }`) and, in this order:
 *
 *   1. `resolve(orgId, requirements, onDate?, tx?)` — per requirement, the valid current materials that satisfy it, or
 *      `missing` with the reason (`none`, `expired`, `rejected`, `older_year`: only an earlier year is there,
 *      `not_yet_valid`). Read-only. The web's `MaterialsPicker` (apps/web/src/areas/materials/components) shows the
 *      same answer, from `POST /materials/orgs/:orgId/resolve`, and lets the applicant upload only what is missing.
 *   2. Only for what is missing, the flow asks for an upload: `recordUploadFor(tx, { orgId, kind, year?, validOn?,
 *      usedBy })` records the ask and whether a valid material of that kind and year was in the vault anyway — a valid
 *      material asked for again, the measure the zone watches (`askedAgain(tx)`: it stays 0 when step 1 comes first).
 *      An upload through the picker (`askedFor` in the body of `POST /materials/orgs/:orgId`) records it itself.
 *   3. On submission, `attach(tx, { orgId, materialIds, usedBy: { area, entity, id }, actor })` in the application's
 *      transaction records the use (`material_uses`): current, unrejected materials of the applicant only. A used
 *      material is never deleted or changed in place (trigger `materials_keep`); a newer one supersedes it and the
 *      application keeps the one it named.
 *
 * The writes take the caller's transaction; `resolve` may too, to read what that transaction wrote. A dependant
 * receives the façade in app/modules.ts (`createPolicyModule(k, { materials: materials.api })`). Other areas read
 * materials only through it or the view `materials_current` (`materialsCurrent`), never the tables.
 */
export type MaterialsApi = Pick<MaterialsSupply, 'resolve' | 'attach' | 'recordUploadFor' | 'askedAgain'>;

/** The enterprises' materials vault: uploads by kind and period, supersession, review, expiry reminders, resolution. */
export function createMaterialsModule(k: Kernel) {
  const { db, clock } = k;
  const repo = createMaterialsRepository({ db });
  const supply = createMaterialsSupply({ db, repo, clock });
  const materials = createMaterialsService({ db, repo, supply, clock });
  const api: MaterialsApi = {
    resolve: supply.resolve,
    attach: supply.attach,
    recordUploadFor: supply.recordUploadFor,
    askedAgain: supply.askedAgain,
  };
  return defineModule({
    name: 'materials',
    api,
    routes: [
      // The export's path is more specific than /materials/orgs/:orgId; Fastify matches static segments first.
      materialsExportRoutes({ materials }),
      materialsRoutes({ materials }),
    ],
    // Every morning at 08:00 (Asia/Shanghai): materials ending within 30 days, told once each.
    jobs: [{ name: 'materials-reminders', cron: '0 8 * * *', run: () => sendMaterialReminders(db, clock.now()) }],
  });
}
