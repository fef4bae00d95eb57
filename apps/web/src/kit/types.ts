import type {
  applicationSchema,
  auditEntrySchema,
  auditPageSchema,
  eligibilitySchema,
  instrumentListItemSchema,
  orgListItemSchema,
  orgPageSchema,
  userListItemSchema,
  userPageSchema,
} from '@cz/shared';

/** The parsed type of a zod schema from @cz/shared, without the web app depending on zod itself. */
export type Infer<S extends { _zod: { output: unknown } }> = S['_zod']['output'];

export type OrgListItem = Infer<typeof orgListItemSchema>;
export type OrgPage = Infer<typeof orgPageSchema>;
export type UserListItem = Infer<typeof userListItemSchema>;
export type UserPage = Infer<typeof userPageSchema>;
export type AuditEntry = Infer<typeof auditEntrySchema>;
export type AuditPage = Infer<typeof auditPageSchema>;
export type InstrumentListItem = Infer<typeof instrumentListItemSchema>;
export type VoucherApplication = Infer<typeof applicationSchema>;
export type Eligibility = Infer<typeof eligibilitySchema>;
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type {
  Availability,
  Booking,
  BookingStatus,
  Instrument,
  InstrumentCategory,
  Order,
  OrderStatus,
  Scheme,
  Service,
  ServiceCategory,
  Voucher,
} from '@cz/shared';
