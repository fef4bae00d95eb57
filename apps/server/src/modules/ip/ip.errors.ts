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

/** 维权援助. */
export const rightsErrors = {
  notFound: createError('ip.case_not_found', 404, 'no such rights-protection case'),
  notMember: createError('ip.case_not_member', 403, 'an organisation asks for help through a member'),
  foreignRecord: createError('ip.case_foreign_record', 422, "the IP record is not one of the organisation's own"),
  badMove: createError('ip.case_move', 409, 'the case cannot move to that status from where it is'),
  notExpert: createError('ip.case_not_expert', 422, 'assign an active expert'),
  notAgency: createError('ip.case_not_agency', 422, 'assign a verified IP service agency (a service provider)'),
  badInfringer: createError('ip.case_infringer', 422, 'the infringer must be another organisation of the platform'),
};
