import { createError } from '../../kernel/errors.ts';

export const bookingErrors = {
  slotTaken: createError('booking.slot_taken', 409, 'this time is already booked'),
  notFound: createError('booking.not_found', 404, 'no such booking'),
  trainingRequired: createError(
    'booking.training_required',
    403,
    'this instrument needs training that the provider has not recorded for you',
  ),
  badState: createError('booking.bad_state', 409, 'the booking is not in a state that allows this'),
  notStarted: createError('booking.not_started', 409, 'the booked time has not begun'),
  notAccepted: createError('booking.order_not_accepted', 409, 'the booker has not accepted the confirmed amount yet'),
  badUsage: createError('booking.bad_usage', 400, 'the actual end must come after the actual start'),
  unavailable: createError('booking.instrument_unavailable', 409, 'this instrument is not open for booking'),
};

/** Rule violations from checkBookingRules, with their statuses. */
export const RULE_STATUS: Record<string, number> = {
  'booking.instrument_unavailable': 409,
  'booking.blackout': 409,
};
export const RULE_MESSAGES: Record<string, string> = {
  'booking.instrument_unavailable': 'this instrument is not open for booking',
  'booking.invalid_period': 'the end must come after the start',
  'booking.misaligned': "start and length must follow the instrument's time grid",
  'booking.too_short': 'shorter than the shortest booking allowed',
  'booking.too_long': 'longer than the longest booking allowed',
  'booking.too_soon': 'too close to now: the instrument needs more notice',
  'booking.beyond_horizon': 'too far ahead: beyond the booking horizon',
  'booking.outside_hours': 'outside the opening hours',
  'booking.blackout': 'the instrument is closed then',
};
