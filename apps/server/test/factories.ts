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
