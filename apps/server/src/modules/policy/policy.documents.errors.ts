import { createError } from '../../kernel/errors.ts';

/** The library's error codes; policy items and applications keep theirs apart (`policy.item_*`…). */
export const policyDocumentErrors = {
  notFound: createError('policy.document_not_found', 404, 'no such policy document'),
  numberTaken: createError('policy.document_number_taken', 409, 'this issuer already has a document with this number'),
  notDraft: createError('policy.document_not_draft', 409, 'only a draft can be published'),
  notPublished: createError('policy.document_not_published', 409, 'only a published document can be repealed'),
  repealed: createError('policy.document_repealed', 409, 'a repealed document is kept as it was and not changed'),
  issuedOnRequired: createError('policy.document_issued_on_required', 422, 'give the date of issue before publishing'),
  replacementInvalid: createError(
    'policy.document_replacement_invalid',
    422,
    'the replacing document must be another published document',
  ),
  importFile: createError(
    'policy.document_import_file',
    400,
    'the file is not a readable Word (.docx), Excel (.xlsx) or text file',
  ),
  importInvalid: createError(
    'policy.document_import_invalid',
    422,
    'some documents cannot be stored; nothing was stored',
  ),
};
