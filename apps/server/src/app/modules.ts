import type { Kernel } from '../kernel/module.ts';
import { createAuditModule } from '../modules/audit/index.ts';
import { createBookingModule } from '../modules/booking/index.ts';
import { createCatalogModule } from '../modules/catalog/index.ts';
import { createCultivationModule } from '../modules/cultivation/index.ts';
import { createFinanceModule } from '../modules/finance/index.ts';
import { createHealthModule } from '../modules/health/index.ts';
import { createIdentityModule } from '../modules/identity/index.ts';
import { createInstrumentModule } from '../modules/instrument/index.ts';
import { createInteropModule } from '../modules/interop/index.ts';
import { createIpModule } from '../modules/ip/index.ts';
import { createMarketModule } from '../modules/market/index.ts';
import { createMaterialsModule } from '../modules/materials/index.ts';
import { createNewsModule } from '../modules/news/index.ts';
import { createNotificationModule } from '../modules/notification/index.ts';
import { createOrderModule } from '../modules/order/index.ts';
import { createOrgModule } from '../modules/org/index.ts';
import { createPolicyModule } from '../modules/policy/index.ts';
import { createSharingModule } from '../modules/sharing/index.ts';
import { createUploadModule } from '../modules/upload/index.ts';
import { createVoucherModule } from '../modules/voucher/index.ts';
import { createWorkbenchModule } from '../modules/workbench/index.ts';

/**
 * The platform's modules in dependency order: each is built from the kernel and the façades of modules before it.
 * A new area adds one line here (docs/ARCHITECTURE.md, "How to add an area").
 */
export function createModules(k: Kernel) {
  const health = createHealthModule(k);
  const org = createOrgModule(k);
  const identity = createIdentityModule(k, { org: org.api });
  const audit = createAuditModule(k);
  const notification = createNotificationModule(k);
  const upload = createUploadModule(k);
  const catalog = createCatalogModule(k, { org: org.api });
  const instrument = createInstrumentModule(k, { catalog: catalog.api, org: org.api });
  const order = createOrderModule(k, { catalog: catalog.api, org: org.api });
  const booking = createBookingModule(k, { instrument: instrument.api, order: order.api });
  const interop = createInteropModule(k);
  const voucher = createVoucherModule(k, { interop: interop.api });
  const sharing = createSharingModule(k);
  const ip = createIpModule(k);
  const cultivation = createCultivationModule(k);
  const materials = createMaterialsModule(k);
  const policy = createPolicyModule(k, { materials: materials.api });
  const market = createMarketModule(k, { org: org.api, ip: ip.api, policy: policy.api });
  const finance = createFinanceModule(k, { policy: policy.api });
  const news = createNewsModule(k);
  const workbench = createWorkbenchModule(k);
  return [
    health,
    identity,
    org,
    audit,
    notification,
    upload,
    catalog,
    instrument,
    order,
    booking,
    voucher,
    interop,
    sharing,
    ip,
    cultivation,
    market,
    finance,
    materials,
    policy,
    news,
    workbench,
  ];
}
export type PlatformModules = ReturnType<typeof createModules>;
