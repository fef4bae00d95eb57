/**
 * The server's replies as the shared contracts declare them, for the pages that show them. Type-only: nothing of
 * zod reaches the bundle from here.
 */
export type { AuditEntry } from '@cz/shared/audit';
export type { Booking } from '@cz/shared/booking';
export type { Service } from '@cz/shared/catalog';
export type { UserListItem } from '@cz/shared/identity';
export type { Availability, Instrument, InstrumentListItem } from '@cz/shared/instrument';
export type { Order } from '@cz/shared/order';
export type { OrgListItem } from '@cz/shared/org';
export type { Scheme, Voucher, VoucherApplication } from '@cz/shared/voucher';

/** The parsed type of a shared zod schema that has no exported type, without the web app depending on zod itself. */
export type Infer<S extends { _zod: { output: unknown } }> = S['_zod']['output'];
/** What a shared zod schema accepts (fields with defaults optional): the type of a request the web sends. */
export type InferInput<S extends { _zod: { input: unknown } }> = S['_zod']['input'];
