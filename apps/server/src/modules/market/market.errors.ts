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
  dealNotFound: createError('market.deal_not_found', 404, 'no such deal'),
  ownAchievement: createError(
    'market.own_achievement',
    409,
    'an organisation does not inquire about its own achievement',
  ),
  offlineOwnBuyer: createError('market.offline_own_buyer', 422, 'the buyer of a contract is another organisation'),
  dealOpen: createError('market.deal_open', 409, 'this organisation has an open deal on the achievement already'),
  dealState: createError('market.deal_state', 409, 'the deal is not in a status that allows this'),
  noOpenOffer: createError('market.no_open_offer', 409, 'there is no open offer of the other side to answer'),
  noticeRunning: createError('market.notice_running', 409, 'the agreed price is on public notice until its end'),
  contractNotFound: createError('market.contract_not_found', 404, 'no such contract'),
  contractSigned: createError('market.contract_signed', 409, 'the contract is signed: its terms are fixed'),
  notSeller: createError('market.not_seller', 403, 'only the seller applies for registration'),
  contractUnsigned: createError(
    'market.contract_unsigned',
    409,
    'the contract must be confirmed by both sides, with the scan of the signed paper, before registration',
  ),
  alreadyApplied: createError('market.already_applied', 409, 'this contract has been applied for registration already'),
  registrationNotFound: createError('market.registration_not_found', 404, 'no such registration'),
  registrationState: createError(
    'market.registration_state',
    409,
    'the registration is not in a status that allows this',
  ),
  unknownReason: createError('market.unknown_reason', 422, 'no such refusal reason in the settings'),
  notVerified: createError('market.not_verified', 404, 'no registered contract with this number and code'),
};

/** 先进适用技术指导目录. */
export const catalogueErrors = {
  notFound: createError('market.catalogue_not_found', 404, 'no such catalogue'),
  yearTaken: createError('market.catalogue_year', 409, 'there is a catalogue of this year already'),
  published: createError('market.catalogue_published', 409, 'withdraw the published catalogue before changing it'),
  state: createError('market.catalogue_state', 409, 'the catalogue is not in a status that allows this'),
  unpublishedEntry: createError('market.catalogue_entry', 422, 'a catalogue holds published achievements only'),
};

/** 科技成果推送活动. */
export const eventErrors = {
  notFound: createError('market.event_not_found', 404, 'no such event'),
  state: createError('market.event_state', 409, 'the event is not in a status that allows this'),
  closed: createError('market.event_closed', 409, 'registration for this event is closed'),
  notMember: createError('market.event_not_member', 403, 'an organisation registers for an event, through a member'),
  unpublished: createError('market.event_unpublished', 422, 'an event features published achievements only'),
  metAchievement: createError('market.event_met_achievement', 409, 'an achievement that pairs met over stays featured'),
  orgNotFound: createError('market.event_org', 422, 'no verified organisation with this id'),
  notRegistered: createError('market.event_not_registered', 409, 'only a registered organisation checks in'),
  notAPair: createError(
    'market.event_not_a_pair',
    422,
    'a meeting pairs a featured achievement with a participant that checked in',
  ),
  alreadyMet: createError('market.event_already_met', 409, 'this pair has been recorded already'),
};

/** 专利超市 and 开放许可. */
export const patentErrors = {
  notFound: createError('market.open_licence_not_found', 404, 'no such open-licence declaration'),
  notListed: createError(
    'market.patent_not_listed',
    422,
    "an open licence is declared for a patent attached to the owner's published achievement offered for licence",
  ),
  notLicensable: createError(
    'market.patent_not_licensable',
    422,
    'only a verified, valid patent of the holder, not transferred away, may be openly licensed',
  ),
  termTooShort: createError(
    'market.licence_term',
    422,
    'the licence term runs past the patent’s expiry, or is shorter than the declared minimum',
  ),
  reportNeeded: createError(
    'market.evaluation_report',
    422,
    'an open licence of a utility model or design patent needs its 专利权评价报告 (专利法 第五十条)',
  ),
  declared: createError('market.open_licence_declared', 409, 'this patent has an open licence in force already'),
  withdrawn: createError('market.open_licence_withdrawn', 409, 'this open licence has been withdrawn'),
  contractKind: createError(
    'market.open_licence_contract',
    422,
    'an open licence is contracted as a 技术许可 contract',
  ),
};

/** 领域词典: the match's terms kept by the administration. */
export const dictionaryErrors = {
  notFound: createError('market.term_not_found', 404, 'no such dictionary term'),
  taken: createError('market.term_taken', 409, 'this term is in the dictionary already'),
};
