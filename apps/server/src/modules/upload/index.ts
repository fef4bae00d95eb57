import { defineModule, type Kernel } from '../../kernel/module.ts';
import { uploadRoutes } from './upload.routes.ts';
import { createUploadService } from './upload.service.ts';

export { type AttachmentRecord, attachUploads, heldByOrg, uploadErrors } from './upload.access.ts';
export { allStored as uploadsStored, storedFiles } from './upload.service.ts';

export function createUploadModule(k: Kernel) {
  const uploads = createUploadService({ db: k.db, dir: k.config.uploadDir, clock: k.clock });
  return defineModule({
    name: 'upload',
    api: undefined,
    routes: [uploadRoutes({ uploads, config: k.config })],
  });
}
