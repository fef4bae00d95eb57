import { createError } from '../../kernel/errors.ts';

export const marketErrors = {
  notFound: createError('market.not_found', 404, 'no such achievement'),
  notMember: createError('market.not_member', 403, 'only members of a verified organisation offer its achievements'),
  orgNotVerified: createError(
    'market.org_not_verified',
    403,
    'the organisation must be verified to offer achievements',
  ),
  badTransition: createError('market.bad_transition', 409, 'the achievement is not in a status that allows this'),
  notEditable: createError(
    'market.not_editable',
    409,
    'withdraw a submitted or published achievement before changing it',
  ),
  foreignIp: createError(
    'market.foreign_ip',
    422,
    "an attached IP record is not one of the owner's registered records",
  ),
};
