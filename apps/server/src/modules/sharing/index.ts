import { defineModule, type Kernel } from '../../kernel/module.ts';
import { createSharingRepository } from './sharing.repository.ts';
import { sharingRoutes } from './sharing.routes.ts';
import { createSharingService } from './sharing.service.ts';

/** 开放共享 statistics of instruments and the yearly 后补助 proposal. */
export function createSharingModule(k: Kernel) {
  const { db } = k;
  return defineModule({
    name: 'sharing',
    api: undefined,
    routes: [sharingRoutes({ sharingService: createSharingService({ db, sharing: createSharingRepository({ db }) }) })],
  });
}
