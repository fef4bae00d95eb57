import { defineModule, type Kernel } from '../../kernel/module.ts';
import { createPolicyDocumentRepository } from './policy.documents.repository.ts';
import { policyAdminRoutes, policyLibraryRoutes } from './policy.documents.routes.ts';
import { createPolicyDocumentService } from './policy.documents.service.ts';
import { policyImportRoutes } from './policy.import.routes.ts';
import { createPolicyImport } from './policy.import.ts';
import { createPolicySearchRepository } from './policy.search.repository.ts';
import { createPolicySearchService } from './policy.search.service.ts';

/** Published read view of the documents readers can see, for other modules' queries. */
export { policyPublishedDocuments } from './policy.documents.views.ts';

/** 政策库: the policy documents, their Chinese full-text search, import and administration. */
export function createPolicyModule(k: Kernel) {
  const { db, clock, config } = k;
  const documentsRepo = createPolicyDocumentRepository({ db });
  const documents = createPolicyDocumentService({ db, documents: documentsRepo, clock });
  const search = createPolicySearchService({
    db,
    search: createPolicySearchRepository({ db }),
    documents: documentsRepo,
    clock,
  });
  const policyImport = createPolicyImport({ db, documents: documentsRepo, clock });
  return defineModule({
    name: 'policy',
    api: undefined,
    routes: [
      policyLibraryRoutes({ search, documents }),
      policyAdminRoutes({ documents }),
      policyImportRoutes({ policyImport, config }),
    ],
  });
}
