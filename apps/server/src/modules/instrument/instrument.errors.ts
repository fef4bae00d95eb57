import { createError } from '../../kernel/errors.ts';

export const instrumentErrors = {
  notFound: createError('instrument.not_found', 404, 'no such instrument'),
  blackoutNotFound: createError('instrument.blackout_not_found', 404, 'no such blackout period'),
  badRange: createError('instrument.bad_range', 400, 'the end must come after the start'),
  rangeTooLong: createError('instrument.range_too_long', 400, 'ask for at most 62 days at a time'),
  notQualifiable: createError('instrument.user_not_found', 404, 'no such active user'),
};
