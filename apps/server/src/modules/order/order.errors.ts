import { createError } from '../../kernel/errors.ts';

export const orderErrors = {
  notFound: createError('order.not_found', 404, 'no such order'),
  badTransition: createError('order.bad_transition', 409, 'the order is not in a state that allows this'),
  notBuyer: createError('order.not_buyer', 403, 'only the ordering organisation can do this'),
  notProvider: createError('order.not_provider', 403, 'only the providing organisation can do this'),
  serviceUnavailable: createError('order.service_unavailable', 409, 'this service is not open for orders'),
  ownService: createError('order.own_service', 409, 'an organisation cannot order its own service'),
  buyerNotVerified: createError(
    'order.buyer_not_verified',
    403,
    'your organisation must be verified before it orders services',
  ),
  alreadyRated: createError('order.already_rated', 409, 'this order has been rated'),
  useBooking: createError('order.use_booking', 409, 'instrument time is ordered by booking a slot'),
  bookingManaged: createError('order.booking_managed', 409, 'this step of an instrument order follows its booking'),
};
