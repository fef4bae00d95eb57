import type { OrgKind, OrgStatus, Role } from '@cz/shared';
import type { organisations } from '../src/modules/org/org.table.ts';
import { cookieOf, type TestApp } from './harness.ts';
import { client } from './request.ts';
import { type InstrumentSeed, PASSWORD, type Ref, seed, WEEKDAY_HOURS } from './seed.ts';

export { PASSWORD, WEEKDAY_HOURS };

/** One organisation (a verified enterprise unless told otherwise); a shorthand for `seed(t, { organisations })`. */
export async function makeOrg(
  t: TestApp,
  o: { kind?: OrgKind; status?: OrgStatus; name?: string } & Partial<typeof organisations.$inferInsert> = {},
) {
  const {
    organisations: [row],
  } = await seed(t, { organisations: [o] });
  return row;
}

/** One user, a member of `orgId` when given; a shorthand for `seed(t, { users })`. */
export async function makeUser(t: TestApp, o: { role: Role; orgId?: number; username?: string }) {
  const { orgId, ...u } = o;
  const {
    users: [row],
  } = await seed(t, { users: [{ ...u, ...(orgId ? { org: orgId } : {}) }] });
  return row;
}

export async function login(t: TestApp, username: string, password = PASSWORD): Promise<string> {
  return cookieOf(await client(t).post('/api/v1/auth/login', { username, password }));
}

/** An organisation of `kind` with one logged-in member of the same role. */
async function orgWithUser(t: TestApp, kind: 'enterprise' | 'provider') {
  const {
    organisations: [org],
    users: [user],
  } = await seed(t, { organisations: [{ key: 'o', kind }], users: [{ role: kind, org: 'o', login: true }] });
  return { org, user, cookie: user.cookie };
}

/** An enterprise with one logged-in user. */
export const enterpriseWithUser = (t: TestApp) => orgWithUser(t, 'enterprise');

/** A verified provider organisation with a logged-in user. */
export const providerWithUser = (t: TestApp) => orgWithUser(t, 'provider');

export async function adminCookie(t: TestApp) {
  const {
    users: [user],
  } = await seed(t, { users: [{ role: 'admin', login: true }] });
  return { user, cookie: user.cookie };
}

/** One instrument of `provider` (with its catalog entry), seeded; a shorthand for `seed(t, { instruments })`. */
export async function seedInstrument(
  t: TestApp,
  provider: Ref | { org: { id: number } },
  o: Omit<InstrumentSeed, 'provider'> = {},
) {
  const ref = typeof provider === 'object' && 'org' in provider ? provider.org : provider;
  const {
    instruments: [inst],
  } = await seed(t, { instruments: [{ provider: ref, ...o }] });
  return inst;
}

/** Lists an instrument through the API as the given provider; returns its JSON. */
export async function makeInstrument(t: TestApp, providerCookie: string, overrides: Record<string, unknown> = {}) {
  const res = await client(t).post(
    '/api/v1/instruments',
    {
      name: `示例扫描电子显微镜${Math.random().toString(36).slice(2, 6)}`,
      model: 'SEM-5000',
      manufacturer: '示例仪器厂',
      category: 'microscopy',
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
      ...overrides,
    },
    { as: providerCookie },
  );
  if (res.statusCode !== 201) throw new Error(`instrument not created: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; serviceId: number; providerId: number; name: string };
}
