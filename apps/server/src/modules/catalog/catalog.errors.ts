import { createError } from '../../kernel/errors.ts';

export const catalogErrors = {
  notFound: createError('service.not_found', 404, 'no such service'),
  providerNotVerified: createError(
    'service.provider_not_verified',
    403,
    'only a verified service provider can list services',
  ),
  notProvider: createError('service.not_provider', 403, 'only service providers list services'),
  instrumentService: createError(
    'service.managed_by_instrument',
    409,
    'this listing belongs to an instrument; edit the instrument',
  ),
};
