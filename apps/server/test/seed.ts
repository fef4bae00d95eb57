import { sql } from 'drizzle-orm';
import type { Tx } from '../src/kernel/db/connection.ts';
import { searchVector } from '../src/kernel/db/search.ts';
import { services } from '../src/modules/catalog/catalog.table.ts';
import { memberships, users } from '../src/modules/identity/identity.table.ts';
import { hashPassword } from '../src/modules/identity/password.ts';
import { instruments } from '../src/modules/instrument/instrument.table.ts';
import { organisations, orgIndicators } from '../src/modules/org/org.table.ts';
import { cookieOf, type TestApp, uniqueName, uniqueUscc } from './harness.ts';
import { client } from './request.ts';

/**
 * Declarative seeding of the per-file database copy, keyed by table (after papra's `seedDatabase`):
 *
 *     const { organisations: [lab, buyer], users: [provider, enterprise] } = await seed(t, {
 *       organisations: [{ key: 'lab', kind: 'provider' }, { key: 'buyer', park: '光伏产业园' }],
 *       users: [{ role: 'provider', org: 'lab', login: true }, { role: 'enterprise', org: 'buyer' }],
 *     });
 *
 * Every column has a default (unique random names, valid 统一社会信用代码), rows are inserted in dependency order and
 * returned with their ids in the order given. A row refers to another by the other's `key` in the same call, by an id,
 * or by a row (anything with an `id`). Users get the password {@link PASSWORD} unless given one, hashed as the app
 * does; `login: true` also logs them in through the API and returns the session `cookie`.
 *
 * Tables with a Drizzle definition are inserted through it; the others (voucher schemes, vouchers, incubator
 * tenancies, affiliations) through `sql`. Schemes are funded and vouchers issued in the ledger, as the app does, so
 * `reconcile()` stays clean.
 */

export const PASSWORD = 'Test-Passphrase-2026';

export type {
  IncubatorTenancySeed,
  InstrumentInsert,
  InstrumentSeed,
  Keyed,
  OrgAffiliationSeed,
  OrgIndicatorSeed,
  OrgInsert,
  OrgSeed,
  Ref,
  RowOf,
  Rows,
  RowsOf,
  Seeded,
  SeedInput,
  ServiceInsert,
  ServiceSeed,
  UserInsert,
  UserRow,
  UserSeed,
  VoucherRow,
  VoucherSchemeRow,
  VoucherSchemeSeed,
  VoucherSeed,
} from './seed.types.ts';

import type {
  InstrumentInsert,
  Keyed,
  Ref,
  Rows,
  Seeded,
  SeedInput,
  UserRow,
  UserSeed,
  VoucherRow,
  VoucherSchemeRow,
} from './seed.types.ts';

const hashes = new Map<string, Promise<string>>();
const hashOf = (password: string) => {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
};

const rand = () => Math.random().toString(36).slice(2, 8);

export const WEEKDAY_HOURS = {
  mon: [['08:30', '17:30']],
  tue: [['08:30', '17:30']],
  wed: [['08:30', '17:30']],
  thu: [['08:30', '17:30']],
  fri: [['08:30', '17:30']],
  sat: [],
  sun: [],
} as InstrumentInsert['openingHours'];

const camel = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()), v]),
  );

/** Inserts the rows, in dependency order, and returns them with their ids (see the module comment). */
export async function seed<const S extends SeedInput>(t: TestApp, input: S): Promise<Seeded<S>> {
  const keys = new Map<string, Map<string, number>>();
  const remember = (table: string, rows: readonly Keyed[], ids: number[]) => {
    const m = keys.get(table) ?? new Map<string, number>();
    rows.forEach((r, i) => {
      if (r.key === undefined) return;
      if (m.has(r.key)) throw new Error(`seed: two ${table} rows have the key ${r.key}`);
      m.set(r.key, ids[i] as number);
    });
    keys.set(table, m);
  };
  const idOf = (table: string, ref: Ref): number => {
    if (typeof ref === 'number') return ref;
    if (typeof ref === 'object') return ref.id;
    const id = keys.get(table)?.get(ref);
    if (id === undefined) throw new Error(`seed: no ${table} row with the key ${ref} in this call`);
    return id;
  };

  const out = await t.db.transaction(async (tx) => {
    const result: { [K in keyof Rows]: Rows[K][] } = {
      organisations: [],
      users: [],
      orgIndicators: [],
      incubatorTenancies: [],
      orgAffiliations: [],
      services: [],
      instruments: [],
      voucherSchemes: [],
      vouchers: [],
    };

    if (input.organisations?.length) {
      result.organisations = await tx
        .insert(organisations)
        .values(
          input.organisations.map(({ key: _key, ...o }) => ({
            kind: 'enterprise' as const,
            status: 'verified' as const,
            name: uniqueName('示例企业'),
            uscc: uniqueUscc(),
            ...o,
          })),
        )
        .returning();
      remember(
        'organisations',
        input.organisations,
        result.organisations.map((r) => r.id),
      );
    }

    if (input.users?.length) {
      const values = await Promise.all(
        input.users.map(async ({ key: _k, org: _o, isOwner: _i, password, login: _l, ...u }) => ({
          username: uniqueName(u.role),
          displayName: `示例${u.role}`,
          ...u,
          passwordHash: await hashOf(password ?? PASSWORD),
        })),
      );
      const rows = await tx.insert(users).values(values).returning();
      const members = input.users.flatMap((u, i) =>
        u.org === undefined
          ? []
          : [
              {
                userId: (rows[i] as { id: number }).id,
                orgId: idOf('organisations', u.org),
                isOwner: u.isOwner ?? false,
              },
            ],
      );
      if (members.length) await tx.insert(memberships).values(members);
      result.users = rows.map((r, i) => {
        const u = input.users?.[i] as UserSeed;
        return {
          ...r,
          password: u.password ?? PASSWORD,
          orgId: u.org === undefined ? null : idOf('organisations', u.org),
        };
      });
      remember(
        'users',
        input.users,
        rows.map((r) => r.id),
      );
    }

    if (input.orgIndicators?.length) {
      result.orgIndicators = await tx
        .insert(orgIndicators)
        .values(
          input.orgIndicators.map(({ org, ...o }) => ({
            orgId: idOf('organisations', org),
            revenue: 500_000_000,
            rdExpense: 30_000_000,
            totalAssets: 800_000_000,
            employees: 120,
            techStaff: 30,
            ...o,
          })),
        )
        .returning();
    }

    for (const r of input.incubatorTenancies ?? []) {
      const { rows } = await tx.execute(sql`
        INSERT INTO incubator_tenancies (incubator_id, tenant_id, since, until)
        VALUES (${idOf('organisations', r.incubator)}, ${idOf('organisations', r.tenant)}, ${r.since ?? '2025-01-01'}, ${r.until ?? null})
        RETURNING *`);
      result.incubatorTenancies.push(camel(rows[0] as Record<string, unknown>) as Rows['incubatorTenancies']);
    }

    for (const r of input.orgAffiliations ?? []) {
      const [a, b] = [idOf('organisations', r.a), idOf('organisations', r.b)].sort((x, y) => x - y) as [number, number];
      const { rows } = await tx.execute(sql`
        INSERT INTO org_affiliations (org_a, org_b, kind, note)
        VALUES (${a}, ${b}, ${r.kind ?? 'co_built'}, ${r.note ?? ''})
        RETURNING org_a, org_b, kind, note`);
      result.orgAffiliations.push(camel(rows[0] as Record<string, unknown>) as Rows['orgAffiliations']);
    }

    for (const { key: _k, provider, ...s } of input.services ?? []) {
      const values = {
        category: 'testing' as const,
        title: `示例检测服务${rand()}`,
        description: '',
        pricing: 'quote' as const,
        ...s,
        providerId: idOf('organisations', provider),
      };
      const [row] = await tx
        .insert(services)
        .values({ ...values, search: searchVector(values.title, values.description) as unknown as string })
        .returning();
      result.services.push(row as Rows['services']);
    }
    remember(
      'services',
      input.services ?? [],
      result.services.map((r) => r.id),
    );

    for (const { key: _k, provider, service, voucherEligible, ...i } of input.instruments ?? []) {
      const providerId = idOf('organisations', provider);
      const values = {
        name: `示例扫描电子显微镜${rand()}`,
        model: 'SEM-5000',
        manufacturer: '示例仪器厂',
        category: 'microscopy' as const,
        originalValue: 350_000_000,
        priceInternal: 20_000,
        priceExternal: 40_000,
        openingHours: WEEKDAY_HOURS,
        minMinutes: 60,
        maxMinutes: 240,
        slotMinutes: 30,
        horizonDays: 30,
        minNoticeMinutes: 60,
        bufferMinutes: 30,
        approvalRequired: true,
        cancelNoticeHours: 24,
        lateCancelPercent: 50,
        ...i,
      };
      const serviceId =
        service === undefined
          ? await listingOf(tx, providerId, values, voucherEligible ?? false)
          : idOf('services', service);
      const [row] = await tx
        .insert(instruments)
        .values({ ...values, providerId, serviceId })
        .returning();
      result.instruments.push(row as Rows['instruments']);
    }
    remember(
      'instruments',
      input.instruments ?? [],
      result.instruments.map((r) => r.id),
    );

    for (const s of input.voucherSchemes ?? []) {
      const v = {
        year: 2026,
        name: `示例创新券${rand()}`,
        budget: 100_000_000,
        perEnterpriseCap: 10_000_000,
        coveragePercent: 50,
        amountMode: 'free' as const,
        unitAmount: null,
        validUntil: null,
        categories: ['testing'],
        requireTsme: true,
        allowIncubatorTenants: true,
        applyFrom: '2020-01-01',
        applyTo: '2099-12-31',
        status: 'open' as const,
        ...s,
      };
      const validityMonths = s.validityMonths !== undefined ? s.validityMonths : v.validUntil === null ? 12 : null;
      const { rows } = await tx.execute(sql`
        INSERT INTO voucher_schemes (year, name, budget, per_enterprise_cap, coverage_percent, amount_mode, unit_amount,
          validity_months, valid_until, categories, require_tsme, allow_incubator_tenants, apply_from, apply_to, status)
        VALUES (${v.year}, ${v.name}, ${v.budget}, ${v.perEnterpriseCap}, ${v.coveragePercent}, ${v.amountMode},
          ${v.unitAmount}, ${validityMonths}, ${v.validUntil}, ${`{${v.categories.join(',')}}`}::text[], ${v.requireTsme},
          ${v.allowIncubatorTenants}, ${v.applyFrom}, ${v.applyTo}, ${v.status})
        RETURNING id, year, name, budget, per_enterprise_cap, coverage_percent, amount_mode, unit_amount, validity_months,
          valid_until, categories, require_tsme, allow_incubator_tenants, apply_from, apply_to, status`);
      const row = camel(rows[0] as Record<string, unknown>) as VoucherSchemeRow;
      await transfer(tx, 'funding', `scheme:${row.id}`, row.budget, 'fund', `scheme:${row.id}`);
      result.voucherSchemes.push(row);
    }
    remember(
      'voucherSchemes',
      input.voucherSchemes ?? [],
      result.voucherSchemes.map((r) => r.id),
    );

    for (const v of input.vouchers ?? []) {
      const schemeId = idOf('voucherSchemes', v.scheme);
      const issuedAt = v.issuedAt ?? new Date();
      const validUntil = v.validUntil ?? new Date(issuedAt.getTime() + 365 * 86_400_000);
      const amount = v.amount ?? 1_000_000;
      const { rows } = await tx.execute(sql`
        INSERT INTO vouchers (number, scheme_id, org_id, amount, issued_at, valid_until, status)
        VALUES (${v.number ?? `CXQ-SEED-${rand()}${rand()}`}, ${schemeId}, ${idOf('organisations', v.org)}, ${amount},
          ${issuedAt.toISOString()}, ${validUntil.toISOString()}, ${v.status ?? 'active'})
        RETURNING id, number, scheme_id, org_id, amount, issued_at, valid_until, status`);
      const row = camel(rows[0] as Record<string, unknown>) as VoucherRow;
      await transfer(tx, `scheme:${schemeId}`, `voucher:${row.id}`, amount, 'issue', `seed:${row.id}`);
      result.vouchers.push({ ...row, issuedAt: new Date(row.issuedAt), validUntil: new Date(row.validUntil) });
    }

    return result;
  });

  // Logins go through the API once the rows are committed.
  await Promise.all(
    (input.users ?? []).map(async (u, i) => {
      if (!u.login) return;
      const row = out.users[i] as UserRow;
      row.cookie = cookieOf(
        await client(t).post('/api/v1/auth/login', { username: row.username, password: row.password }),
      );
    }),
  );
  return out as unknown as Seeded<S>;
}

/** The catalog entry of an instrument, as the instrument service creates it. */
async function listingOf(
  tx: Tx,
  providerId: number,
  i: { name: string; model: string; manufacturer: string; priceExternal: number },
  voucherEligible: boolean,
) {
  const [row] = await tx
    .insert(services)
    .values({
      providerId,
      category: 'instrument',
      title: i.name,
      pricing: 'hourly',
      price: i.priceExternal,
      voucherEligible,
      search: searchVector(i.name, i.model, i.manufacturer) as unknown as string,
    })
    .returning({ id: services.id });
  return (row as { id: number }).id;
}

/** One ledger entry, as the app's `transfer` writes it (the trigger keeps the balances). */
async function transfer(tx: Tx, from: string, to: string, amount: number, kind: string, ref: string) {
  const kindOf = (code: string) => code.split(':')[0] as string;
  await tx.execute(sql`
    INSERT INTO ledger_accounts (code, kind) VALUES (${from}, ${kindOf(from)}), (${to}, ${kindOf(to)})
    ON CONFLICT (code) DO NOTHING`);
  await tx.execute(sql`
    INSERT INTO ledger_entries (from_account, to_account, amount, kind, ref)
    VALUES (${from}, ${to}, ${amount}, ${kind}, ${ref})`);
}
