import { ADMINISTRATION, definePermissions } from '../../kernel/policy.ts';

/**
 * The library's administrative actions (see kernel/policy.ts for department restrictions). A document's department
 * is the resource's: an administrator of one department manages that department's documents.
 */
export const POLICY_DOCUMENT_ACTIONS = {
  /** See every document, drafts and repealed ones included, and export the list. */
  readAll: 'policy.documents.read_all',
  /** Write, import, attach, publish and repeal documents. */
  manage: 'policy.documents.manage',
} as const;

definePermissions({
  [POLICY_DOCUMENT_ACTIONS.readAll]: ADMINISTRATION,
  [POLICY_DOCUMENT_ACTIONS.manage]: ADMINISTRATION,
});
