import { createError } from '../../kernel/errors.ts';

export const marketErrors = {
  notFound: createError('market.not_found', 404, 'no such achievement'),
  needNotFound: createError('market.need_not_found', 404, 'no such technology need'),
  notBroker: createError('market.not_broker', 403, 'only 技术经理人 and the administration push suggestions'),
  pushNotFound: createError('market.push_not_found', 404, 'no such pushed suggestion'),
  alreadyPushed: createError('market.already_pushed', 409, 'this achievement was pushed for this need already'),
  alreadyAnswered: createError('market.already_answered', 409, 'this suggestion was answered already'),
  notPushable: createError('market.not_pushable', 409, 'only a published achievement is pushed for a published need'),
  synonymNotFound: createError('market.synonym_not_found', 404, 'no such synonym group'),
  notExpert: createError('market.not_expert', 404, 'no active expert with this id'),
  deadlinePast: createError('market.deadline_past', 422, 'the deadline has passed'),
  notMember: createError(
    'market.not_member',
    403,
    'only members of a verified organisation offer its achievements and needs',
  ),
  orgNotVerified: createError(
    'market.org_not_verified',
    403,
    'the organisation must be verified to offer achievements and needs',
  ),
  badTransition: createError(
    'market.bad_transition',
    409,
    'the achievement or need is not in a status that allows this',
  ),
  notEditable: createError(
    'market.not_editable',
    409,
    'withdraw a submitted or published achievement or need before changing it',
  ),
  foreignIp: createError(
    'market.foreign_ip',
    422,
    "an attached IP record is not one of the owner's registered records",
  ),
};
