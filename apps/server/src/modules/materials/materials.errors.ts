import { createError } from '../../kernel/errors.ts';

export const materialsErrors = {
  notFound: createError('materials.not_found', 404, 'no such material'),
  notMember: createError(
    'materials.not_member',
    403,
    "only the enterprise's members and the administration keep its materials",
  ),
  orgNotFound: createError('materials.org_not_found', 404, 'no such organisation'),
  periodMismatch: createError(
    'materials.period_mismatch',
    422,
    'a material of a per-year kind has its year and no dates; any other has a start date and no year',
  ),
  endRequired: createError('materials.end_required', 422, 'a material of this kind has an end date'),
  datesOrder: createError('materials.dates_order', 422, 'the end date is before the start date'),
  duplicateCurrent: createError(
    'materials.duplicate_current',
    409,
    'a current material of this kind and period is in the vault already',
  ),
  ipRecord: createError(
    'materials.ip_record',
    422,
    "only an IP certificate names an IP record, one of the enterprise's own",
  ),
  fileMissing: createError('materials.file_missing', 422, 'the file was not uploaded'),
  fileType: createError('materials.file_type', 415, 'this kind of material does not take this file type'),
  superseded: createError('materials.superseded', 409, 'the material was superseded by a newer one'),
  inUse: createError(
    'materials.in_use',
    409,
    'an application uses this material: it is kept as it was; upload a new one to replace it',
  ),
  replaceMismatch: createError('materials.replace_mismatch', 409, 'a material is replaced by one of its kind'),
  notAttachable: createError(
    'materials.not_attachable',
    409,
    "only current, unrejected materials of the applicant's vault are attached to an application",
  ),
};
