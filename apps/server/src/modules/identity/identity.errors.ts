import { createError } from '../../kernel/errors.ts';

export const identityErrors = {
  // A locked account answers like a wrong password, so that nobody learns which accounts exist or are locked.
  badCredentials: createError(
    'auth.bad_credentials',
    401,
    'wrong username or password (after repeated failures an account is locked for a while)',
  ),
  locked: createError('auth.locked', 423, 'too many wrong passwords; the account is locked for a while'),
  rateLimited: createError('auth.rate_limited', 429, 'too many login attempts from this address; wait a while'),
  registerRateLimited: createError(
    'auth.register_rate_limited',
    429,
    'too many registrations from this address; try again later',
  ),
  disabled: createError('auth.disabled', 403, 'this account is disabled'),
  usernameTaken: createError('auth.username_taken', 409, 'this username is taken'),
  wrongPassword: createError('auth.wrong_password', 400, 'the current password is wrong'),
  samePassword: createError('auth.same_password', 400, 'the new password must differ from the current one'),
  resetInvalid: createError(
    'auth.reset_invalid',
    404,
    'this password-reset link is not valid: used, replaced by a newer one, or expired',
  ),
  roleChangeNotAllowed: createError(
    'user.role_change_not_allowed',
    400,
    'only roles without an organisation (administrator, expert, evaluator) can be changed into one another',
  ),
  userNotFound: createError('user.not_found', 404, 'no such user'),
  orgRequired: createError('user.org_required', 400, 'this role needs an organisation'),
  orgNotAllowed: createError('user.org_not_allowed', 400, 'this role does not belong to an organisation'),
};
