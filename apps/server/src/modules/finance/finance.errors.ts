import { createError } from '../../kernel/errors.ts';

export const financeErrors = {
  notInstitution: createError(
    'finance.not_institution',
    403,
    'only members of a verified financial institution with its profile do this',
  ),
  notFinanceOrg: createError(
    'finance.not_finance_org',
    403,
    'only a verified organisation of kind finance has a profile',
  ),
  institutionNotFound: createError('finance.institution_not_found', 404, 'no such institution'),
  productNotFound: createError('finance.product_not_found', 404, 'no such product'),
  productState: createError('finance.product_state', 409, 'the product is not in a status that allows this'),
  notEditable: createError('finance.not_editable', 409, 'only a draft or returned product is changed'),
  unknownLabel: createError('finance.unknown_label', 422, 'a label is not one of the zone’s active labels'),
  unknownPolicyItem: createError('finance.unknown_policy_item', 422, 'a linked policy item does not exist'),
  notEnterprise: createError(
    'finance.not_enterprise',
    403,
    'only members of a verified enterprise post financing needs',
  ),
  needNotFound: createError('finance.need_not_found', 404, 'no such financing need'),
  needState: createError('finance.need_state', 409, 'the need is not in a status that allows this'),
  neededByPast: createError('finance.needed_by_past', 422, 'the date the money is needed by has passed'),
  notPushed: createError('finance.not_pushed', 403, 'the need was not pushed to this institution'),
  caseNotFound: createError('finance.case_not_found', 404, 'no such loan case'),
  caseState: createError('finance.case_state', 409, 'the loan case is not in a status that allows this step'),
  overApproved: createError('finance.over_approved', 422, 'the amount disbursed exceeds the amount approved'),
  dateFuture: createError(
    'finance.date_future',
    422,
    'a disbursement or repayment is recorded on or after it happened',
  ),
  consentNotFound: createError('finance.consent_not_found', 404, 'no such consent'),
  consentPast: createError('finance.consent_past', 422, 'a consent ends today or later'),
  noConsent: createError('finance.no_consent', 403, 'the enterprise has not consented to share its facts with you'),
  notLendingInstitution: createError(
    'finance.not_lending',
    422,
    'a consent or a push names an institution that is not a verified lender of the platform',
  ),
};
