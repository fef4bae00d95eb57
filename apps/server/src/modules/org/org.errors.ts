import { createError } from '../../kernel/errors.ts';

export const orgErrors = {
  notFound: createError('org.not_found', 404, 'no such organisation'),
  duplicateUscc: createError(
    'org.duplicate_uscc',
    409,
    'an organisation with this 统一社会信用代码 is already registered',
  ),
  invalidUscc: createError('org.invalid_uscc', 400, 'the 统一社会信用代码 is not valid'),
  notPending: createError(
    'org.not_pending',
    409,
    'only an organisation pending verification can be verified or rejected',
  ),
  importInvalid: createError(
    'org.import_invalid',
    422,
    'the file has rows that cannot be imported; nothing was imported',
  ),
  importFile: createError('org.import_file', 400, 'the file is not a readable .xlsx workbook'),
  factChangeNotFound: createError('org.fact_change_not_found', 404, 'no such change request'),
  factChangeNotPending: createError(
    'org.fact_change_not_pending',
    409,
    'this change request has already been decided or withdrawn',
  ),
  indicatorNotFound: createError('org.indicator_not_found', 404, 'no indicators for that year'),
};
