export * from './booking.ts';
export * from './booking-rules.ts';
