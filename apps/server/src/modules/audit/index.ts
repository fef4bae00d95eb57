import { defineModule, type Kernel } from '../../kernel/module.ts';
import { createAuditService } from './audit.query.ts';
import { auditRoutes } from './audit.routes.ts';

/** The audit log's reader: administrators search every recorded change. Writing is the kernel's (kernel/audit). */
export function createAuditModule(k: Kernel) {
  return defineModule({
    name: 'audit',
    api: undefined,
    routes: [auditRoutes({ audit: createAuditService({ db: k.db }) })],
  });
}
