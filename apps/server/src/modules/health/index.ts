import { defineModule, type Kernel } from '../../kernel/module.ts';
import { healthRoutes } from './health.routes.ts';

export function createHealthModule(k: Kernel) {
  return defineModule({ name: 'health', api: undefined, rootRoutes: [healthRoutes({ pool: k.db.$client })] });
}
