import { createError } from '../../kernel/errors.ts';

/** Error codes of policy items, their runs and eligibility. */
export const policyItemErrors = {
  notFound: createError('policy.item_not_found', 404, 'no such policy item'),
  documentNotFound: createError('policy.item_document_not_found', 422, 'the item must belong to an existing document'),
  notDraft: createError('policy.item_not_draft', 409, 'only a draft item can be changed or published'),
  notPublished: createError('policy.item_not_published', 409, 'only a published item can be closed or withdrawn'),
  documentNotPublished: createError(
    'policy.item_document_not_published',
    409,
    'publish the policy document before its items',
  ),
  runNotFound: createError('policy.run_not_found', 404, 'no such run'),
  notEnterprise: createError('policy.not_enterprise', 404, 'no such enterprise in the registry'),
};
