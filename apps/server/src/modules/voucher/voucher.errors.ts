import { createError } from '../../kernel/errors.ts';

export const voucherErrors = {
  schemeNotFound: createError('voucher.scheme_not_found', 404, 'no such voucher scheme'),
  schemeState: createError('voucher.scheme_state', 409, 'the scheme is not in a state that allows this'),
  notEligible: createError('voucher.not_eligible', 422, 'the enterprise is not eligible for this scheme'),
  applicationNotFound: createError('voucher.application_not_found', 404, 'no such application'),
  applicationState: createError('voucher.application_state', 409, 'the application has been decided'),
  duplicateApplication: createError(
    'voucher.duplicate_application',
    409,
    'an application to this scheme is already pending',
  ),
  budgetExceeded: createError(
    'voucher.budget_exceeded',
    409,
    "the scheme's remaining budget does not cover this amount",
  ),
  capExceeded: createError('voucher.cap_exceeded', 409, "the amount would exceed the scheme's cap per enterprise"),
  notFound: createError('voucher.not_found', 404, 'no such voucher'),
  notOwner: createError('voucher.not_owner', 403, 'this voucher belongs to another organisation'),
  expired: createError('voucher.expired', 409, 'the voucher has expired'),
  suspended: createError('voucher.suspended', 409, 'the voucher is suspended'),
  exhausted: createError('voucher.exhausted', 409, 'the voucher has no balance left'),
  insufficientBalance: createError('voucher.insufficient_balance', 409, 'the balance does not cover this amount'),
  ineligibleCategory: createError(
    'voucher.ineligible_category',
    409,
    'vouchers of this scheme cannot pay for this kind of service',
  ),
  ineligibleService: createError('voucher.ineligible_service', 409, 'this service does not accept innovation vouchers'),
  relatedParty: createError('voucher.related_party', 409, 'vouchers cannot pay for services between related parties'),
  amountUnknown: createError('voucher.amount_unknown', 409, 'the order has no confirmed amount to pay'),
  codeMismatch: createError('voucher.code_mismatch', 403, "the voucher's redemption code does not match"),
  codeLocked: createError(
    'voucher.code_locked',
    423,
    'too many wrong redemption codes: the holder must set a new code before the voucher is used in a partner region',
  ),
};
