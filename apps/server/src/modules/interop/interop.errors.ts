import { createError } from '../../kernel/errors.ts';

export const interopErrors = {
  unknownRegion: createError('interop.unknown_region', 401, 'unknown or inactive partner region'),
  stale: createError('interop.stale', 401, 'the request timestamp is outside the accepted window'),
  badSignature: createError('interop.bad_signature', 401, 'the signature does not match the request'),
  replay: createError('interop.replay', 409, 'this signed request was seen before; sign a retry afresh'),
  idempotencyRequired: createError('interop.idempotency_required', 400, 'send an Idempotency-Key header'),
  idempotencyMismatch: createError(
    'interop.idempotency_mismatch',
    409,
    'this idempotency key was used for a different request',
  ),
  holdNotFound: createError('interop.hold_not_found', 404, 'no such hold of your region'),
  holdClosed: createError('interop.hold_closed', 409, 'the hold has been confirmed or released'),
  overConfirm: createError('interop.over_confirm', 409, 'the confirmed amount exceeds the hold'),
  partner: createError('interop.partner_error', 502, 'the partner region refused or did not answer'),
  partnerNotFound: createError('interop.partner_not_found', 404, 'no such partner region'),
  secretRequired: createError('interop.secret_required', 400, 'a new partner region needs its shared secret'),
};
