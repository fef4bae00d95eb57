import type { OrgKind, OrgStatus, Role } from '@cz/shared';
import { memberships, users } from '../src/modules/identity/identity.table.ts';
import { hashPassword } from '../src/modules/identity/password.ts';
import { organisations } from '../src/modules/org/org.table.ts';
import { cookieOf, type TestApp, uniqueName, uniqueUscc } from './harness.ts';

export const PASSWORD = 'secret123';
let hashed: Promise<string> | undefined;

export async function makeOrg(
  t: TestApp,
  o: { kind?: OrgKind; status?: OrgStatus; name?: string } & Partial<typeof organisations.$inferInsert> = {},
) {
  const [row] = await t.db
    .insert(organisations)
    .values({ kind: 'enterprise', status: 'verified', name: uniqueName('示例企业'), uscc: uniqueUscc(), ...o })
    .returning();
  if (!row) throw new Error('no org');
  return row;
}

export async function makeUser(t: TestApp, o: { role: Role; orgId?: number; username?: string }) {
  hashed ??= hashPassword(PASSWORD);
  const username = o.username ?? uniqueName(o.role);
  const [row] = await t.db
    .insert(users)
    .values({ username, displayName: `示例${o.role}`, passwordHash: await hashed, role: o.role })
    .returning();
  if (!row) throw new Error('no user');
  if (o.orgId) await t.db.insert(memberships).values({ userId: row.id, orgId: o.orgId });
  return { ...row, password: PASSWORD };
}

export async function login(t: TestApp, username: string, password = PASSWORD): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  return cookieOf(res);
}

/** An enterprise with one logged-in user. */
export async function enterpriseWithUser(t: TestApp) {
  const org = await makeOrg(t);
  const user = await makeUser(t, { role: 'enterprise', orgId: org.id });
  return { org, user, cookie: await login(t, user.username) };
}

export async function adminCookie(t: TestApp) {
  const user = await makeUser(t, { role: 'admin' });
  return { user, cookie: await login(t, user.username) };
}

export const WEEKDAY_HOURS = {
  mon: [['08:30', '17:30']],
  tue: [['08:30', '17:30']],
  wed: [['08:30', '17:30']],
  thu: [['08:30', '17:30']],
  fri: [['08:30', '17:30']],
  sat: [],
  sun: [],
};

/** A verified provider organisation with a logged-in user. */
export async function providerWithUser(t: TestApp) {
  const org = await makeOrg(t, { kind: 'provider' });
  const user = await makeUser(t, { role: 'provider', orgId: org.id });
  return { org, user, cookie: await login(t, user.username) };
}

/** Lists an instrument through the API as the given provider; returns its JSON. */
export async function makeInstrument(t: TestApp, providerCookie: string, overrides: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/instruments',
    headers: { cookie: providerCookie },
    payload: {
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
  });
  if (res.statusCode !== 201) throw new Error(`instrument not created: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; serviceId: number; providerId: number; name: string };
}
