import { createError } from '../../kernel/errors.ts';

export const ipErrors = {
  notFound: createError('ip.not_found', 404, 'no such IP record'),
  notMember: createError('ip.not_member', 403, 'only members of an organisation register its intellectual property'),
  duplicateNumber: createError('ip.duplicate_number', 409, 'a record of this kind with this number is registered'),
  notPending: createError('ip.not_pending', 409, 'only a record waiting for verification can be verified or rejected'),
  noCertificate: createError('ip.no_certificate', 409, 'attach the certificate before the record is verified'),
  eventBeforeApplication: createError('ip.event_before_application', 422, 'an event cannot precede the application'),
  importInvalid: createError(
    'ip.import_invalid',
    422,
    'the file has rows that cannot be imported; nothing was imported',
  ),
  importFile: createError('ip.import_file', 400, 'the file is not a readable .xlsx workbook'),
};
