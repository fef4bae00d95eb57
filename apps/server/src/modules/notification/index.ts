import { defineModule, type Kernel } from '../../kernel/module.ts';
import { notificationExportRoutes } from './notification.exports.ts';
import { notificationRoutes } from './notification.routes.ts';
import { createNotificationService } from './notification.service.ts';

export { createMailSender } from './notification.mailer.ts';
/** What waits for the actor here, for the workbench. */
export { pendingFor } from './notification.pending.ts';
/** Notices are written inside the caller's transaction: they exist exactly when the change that caused them does. */
export { type Notice, notifyAdmins, notifyOrg, notifyUsers } from './notification.service.ts';

export function createNotificationModule(k: Kernel) {
  const notifications = createNotificationService({ db: k.db });
  return defineModule({
    name: 'notification',
    api: undefined,
    routes: [notificationRoutes({ notifications }), notificationExportRoutes({ notifications })],
  });
}
