import { createError } from '../../kernel/errors.ts';

/** Error codes of policy applications, their review, 公示, payment and rating, and of the zone's calendar. */
export const applicationErrors = {
  notFound: createError('policy.application_not_found', 404, 'no such application'),
  notEnterprise: createError(
    'policy.application_not_enterprise',
    403,
    'only a member of an enterprise applies, corrects, confirms and rates for it',
  ),
  itemNotOpen: createError('policy.application_item_not_open', 409, 'the item is not open to claims today'),
  itemAuto: createError(
    'policy.application_item_auto',
    409,
    'a 免申即享 item needs no application: the department confirms the list',
  ),
  notAuto: createError('policy.application_not_auto', 409, 'only a 免申即享 item has a list to confirm'),
  exists: createError('policy.application_exists', 409, 'the enterprise has a live application for this item'),
  state: createError('policy.application_state', 409, 'the application is not in a state that allows this step'),
  notEligible: createError('policy.application_not_eligible', 409, 'the enterprise does not meet the conditions'),
  needsData: createError(
    'policy.application_needs_data',
    409,
    'figures the conditions or the amount need are missing from the registry',
  ),
  materialsMissing: createError(
    'policy.application_materials_missing',
    409,
    'materials the item asks for are missing from the vault',
  ),
  amountRequired: createError('policy.application_amount_required', 422, 'state the amount requested'),
  accountRequired: createError('policy.application_account_required', 422, 'state the bank account to pay'),
  aboveCap: createError('policy.application_above_cap', 422, 'the amount is above what the item gives'),
  aboveRequested: createError('policy.application_above_requested', 422, 'the amount is above what was requested'),
  notNamed: createError('policy.application_not_named', 422, 'only the points named for correction may change'),
  notCorrected: createError(
    'policy.application_not_corrected',
    409,
    'a material named for correction is the one handed in before: upload the corrected one first',
  ),
  returnUnknown: createError(
    'policy.application_return_unknown',
    422,
    'a material named for correction is not one the item asks for',
  ),
  budgetExceeded: createError('policy.application_budget_exceeded', 409, "the item's budget would be exceeded"),
  noticeRunning: createError('policy.application_notice_running', 409, 'the 公示 has not ended yet'),
  paymentAmount: createError('policy.application_payment_amount', 422, 'the payment is of the approved amount'),
  paymentFuture: createError('policy.application_payment_future', 422, 'a payment is recorded once made'),
  rated: createError('policy.application_rated', 409, 'the handling was rated already'),
  notRateable: createError('policy.application_not_rateable', 409, 'the handling is rated after payment or rejection'),
  noticeNotFound: createError('policy.notice_not_found', 404, 'no such 公示'),
  noticeEmpty: createError('policy.notice_empty', 422, 'only approved applications of the item are publicised'),
  holidayNotFound: createError('policy.holiday_not_found', 404, 'no such date in the calendar'),
  holidayWeekday: createError(
    'policy.holiday_workday_weekend',
    422,
    'only a Saturday or Sunday can be made a working day',
  ),
};
