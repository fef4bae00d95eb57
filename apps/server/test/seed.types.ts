// The shapes of seed(): what each table takes (with its defaults left out) and the rows it returns.
import type { OrgKind, Role } from '@cz/shared';
import type { services } from '../src/modules/catalog/catalog.table.ts';
import type { users } from '../src/modules/identity/identity.table.ts';
import type { instruments } from '../src/modules/instrument/instrument.table.ts';
import type { organisations, orgIndicators } from '../src/modules/org/org.table.ts';

/** Another row: its `key` in the same `seed()` call, its id, or the row itself. */
export type Ref = string | number | { id: number };

export type Keyed = { key?: string };
export type OrgInsert = typeof organisations.$inferInsert;
export type UserInsert = typeof users.$inferInsert;
export type ServiceInsert = typeof services.$inferInsert;
export type InstrumentInsert = typeof instruments.$inferInsert;

export type OrgSeed = Keyed & Partial<Omit<OrgInsert, 'id'>> & { kind?: OrgKind };
export type UserSeed = Keyed &
  Partial<Omit<UserInsert, 'id' | 'passwordHash'>> & {
    role: Role;
    /** The organisation the user is a member of. */
    org?: Ref;
    isOwner?: boolean;
    /** Plain password; {@link PASSWORD} by default. */
    password?: string;
    /** Logs the user in through the API and returns its session `cookie`. */
    login?: boolean;
  };
export type ServiceSeed = Keyed & Partial<Omit<ServiceInsert, 'id' | 'providerId' | 'search'>> & { provider: Ref };
export type InstrumentSeed = Keyed &
  Partial<Omit<InstrumentInsert, 'id' | 'providerId' | 'serviceId' | 'isLarge'>> & {
    provider: Ref;
    /** Its catalog entry; one (category instrument, priced per hour) is created with it when left out. */
    service?: Ref;
    /** Of the catalog entry created with it. */
    voucherEligible?: boolean;
  };
export type VoucherSchemeSeed = Keyed & {
  year?: number;
  name?: string;
  budget?: number;
  perEnterpriseCap?: number;
  coveragePercent?: number;
  amountMode?: 'unit' | 'free';
  unitAmount?: number | null;
  validityMonths?: number | null;
  validUntil?: string | null;
  categories?: string[];
  requireTsme?: boolean;
  allowIncubatorTenants?: boolean;
  applyFrom?: string;
  applyTo?: string;
  status?: 'draft' | 'open' | 'closed';
};
export type VoucherSeed = Keyed & {
  scheme: Ref;
  org: Ref;
  amount?: number;
  number?: string;
  issuedAt?: Date;
  validUntil?: Date;
  status?: 'active' | 'suspended' | 'expired';
};
export type IncubatorTenancySeed = { incubator: Ref; tenant: Ref; since?: string; until?: string | null };
export type OrgAffiliationSeed = { a: Ref; b: Ref; kind?: 'subordinate' | 'co_built' | 'ownership'; note?: string };
export type OrgIndicatorSeed = Partial<Omit<typeof orgIndicators.$inferInsert, 'orgId'>> & { org: Ref; year: number };

export type SeedInput = {
  organisations?: readonly OrgSeed[];
  users?: readonly UserSeed[];
  orgIndicators?: readonly OrgIndicatorSeed[];
  incubatorTenancies?: readonly IncubatorTenancySeed[];
  orgAffiliations?: readonly OrgAffiliationSeed[];
  services?: readonly ServiceSeed[];
  instruments?: readonly InstrumentSeed[];
  voucherSchemes?: readonly VoucherSchemeSeed[];
  vouchers?: readonly VoucherSeed[];
};

export type VoucherSchemeRow = {
  id: number;
  year: number;
  name: string;
  budget: number;
  perEnterpriseCap: number;
  coveragePercent: string;
  amountMode: 'unit' | 'free';
  unitAmount: number | null;
  validityMonths: number | null;
  validUntil: string | null;
  categories: string[];
  requireTsme: boolean;
  allowIncubatorTenants: boolean;
  applyFrom: string;
  applyTo: string;
  status: 'draft' | 'open' | 'closed';
};
export type VoucherRow = {
  id: number;
  number: string;
  schemeId: number;
  orgId: number;
  amount: number;
  issuedAt: Date;
  validUntil: Date;
  status: 'active' | 'suspended' | 'expired';
};
export type UserRow = typeof users.$inferSelect & { password: string; orgId: number | null; cookie?: string };

export type Rows = {
  organisations: typeof organisations.$inferSelect;
  users: UserRow;
  orgIndicators: typeof orgIndicators.$inferSelect;
  incubatorTenancies: { incubatorId: number; tenantId: number; since: string; until: string | null };
  orgAffiliations: { orgA: number; orgB: number; kind: string; note: string };
  services: typeof services.$inferSelect;
  instruments: typeof instruments.$inferSelect;
  voucherSchemes: VoucherSchemeRow;
  vouchers: VoucherRow;
};

export type RowOf<K extends keyof Rows, S> = K extends 'users'
  ? S extends { login: true }
    ? UserRow & { cookie: string }
    : UserRow
  : Rows[K];

export type RowsOf<K extends keyof Rows, T extends readonly unknown[]> = { -readonly [I in keyof T]: RowOf<K, T[I]> };

/** The inserted rows, keyed and ordered as given (every table key present, empty when not seeded). */
export type Seeded<S extends SeedInput> = {
  [K in keyof Rows]: K extends keyof S ? (S[K] extends readonly unknown[] ? RowsOf<K, S[K]> : Rows[K][]) : Rows[K][];
};
