import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, login, makeOrg, makeUser, PASSWORD } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';

const clock = fixedClock(new Date('2026-03-02T01:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { smtpUrl: 'smtp://mail.example.test:587', passwordResetMs: 3_600_000 } });
});
afterAll(() => t.close());

const api = client(() => t);
const NEW = 'Fresh-Passphrase-2026';
const tokenOf = (url: string) => url.slice(url.indexOf('#') + 1);
const audits = async (action: string, id: number) =>
  (
    await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND entity_id = ${String(id)}`,
    )
  ).rows[0]?.n;

describe('password reset by an administrator’s one-time link', () => {
  it('sets a new password once, ends the sessions, lifts a lock, and is audited; the token is stored hashed', async () => {
    const admin = await adminCookie(t);
    const u = await makeUser(t, { role: 'expert' });
    const session = await login(t, u.username);
    const issued = await api.post(`/api/v1/users/${u.id}/password-reset`, {}, { as: admin });
    expect(issued.statusCode).toBe(201);
    const { url, expiresAt, emailed } = issued.json();
    expect(url).toMatch(/\/reset-password#[\w-]{40,}$/);
    expect(new Date(expiresAt).getTime()).toBe(clock.now().getTime() + 3_600_000);
    expect(emailed).toBe(false); // no address on file
    const token = tokenOf(url);
    const stored = await t.db.execute(sql`SELECT encode(token_hash, 'hex') AS h FROM password_resets`);
    expect(JSON.stringify(stored.rows)).not.toContain(token);

    const info = await api.post('/api/v1/auth/password-reset/inspect', { token });
    expect(info.json()).toMatchObject({ username: u.username, expiresAt });
    const weak = await api.post('/api/v1/auth/password-reset', { token, newPassword: `${u.username}-2026` });
    expect(weak.statusCode).toBe(400);
    expect(JSON.stringify(weak.json().error.details)).toContain('password.contains_username');

    expect((await api.post('/api/v1/auth/password-reset', { token, newPassword: NEW })).statusCode).toBe(200);
    expect((await api.get('/api/v1/auth/me', { as: session })).statusCode).toBe(401);
    expect((await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD })).statusCode).toBe(401);
    expect((await api.post('/api/v1/auth/login', { username: u.username, password: NEW })).statusCode).toBe(200);
    const again = await api.post('/api/v1/auth/password-reset', { token, newPassword: 'Another-Passphrase-1' });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('auth.reset_invalid');
    expect(await audits('user.password_reset_issue', u.id)).toBe(1);
    expect(await audits('user.password_reset', u.id)).toBe(1);
  });

  it('refuses an expired link and one replaced by a newer link', async () => {
    const admin = await adminCookie(t);
    const u = await makeUser(t, { role: 'expert' });
    const first = tokenOf((await api.post(`/api/v1/users/${u.id}/password-reset`, {}, { as: admin })).json().url);
    const second = tokenOf((await api.post(`/api/v1/users/${u.id}/password-reset`, {}, { as: admin })).json().url);
    expect((await api.post('/api/v1/auth/password-reset', { token: first, newPassword: NEW })).statusCode).toBe(404);
    clock.advance(3_600_001);
    expect((await api.post('/api/v1/auth/password-reset/inspect', { token: second })).statusCode).toBe(404);
    expect((await api.post('/api/v1/auth/password-reset', { token: second, newPassword: NEW })).statusCode).toBe(404);
  });

  it('emails the link through the notification outbox when SMTP is set and the user has an address', async () => {
    const admin = await adminCookie(t);
    const {
      users: [u],
    } = await seed(t, { users: [{ role: 'expert', email: 'reset@example.test' }] });
    const res = await api.post(`/api/v1/users/${u.id}/password-reset`, {}, { as: admin });
    expect(res.json().emailed).toBe(true);
    const rows = (
      await t.db.execute<{ kind: string; link: string }>(
        sql`SELECT kind, link FROM notifications WHERE user_id = ${u.id}`,
      )
    ).rows;
    expect(rows).toEqual([{ kind: 'account.password_reset', link: `/reset-password#${tokenOf(res.json().url)}` }]);
  });

  it('is for administrators only, and only a superadmin resets a superadmin', async () => {
    const admin = await adminCookie(t);
    const u = await makeUser(t, { role: 'expert' });
    const self = await login(t, u.username);
    expect((await api.post(`/api/v1/users/${u.id}/password-reset`, {}, { as: self })).statusCode).toBe(403);
    const boss = await makeUser(t, { role: 'superadmin' });
    expect((await api.post(`/api/v1/users/${boss.id}/password-reset`, {}, { as: admin })).statusCode).toBe(403);
  });
});

describe('administrators edit users', () => {
  it('change name, role between admin and expert, department and status, audited with before and after', async () => {
    const admin = await adminCookie(t);
    const u = await makeUser(t, { role: 'expert' });
    const res = await api.patch(
      `/api/v1/users/${u.id}`,
      { displayName: '示例新名字', role: 'admin', department: '科技创新部' },
      { as: admin },
    );
    expect(res.statusCode).toBe(200);
    const listed = (await api.get(`/api/v1/users?q=${u.username}`, { as: admin })).json().items[0];
    expect(listed).toMatchObject({ displayName: '示例新名字', role: 'admin', department: '科技创新部' });
    const [entry] = (
      await t.db.execute<{ before: { role: string }; after: { role: string; displayName: string } }>(
        sql`SELECT before, after FROM audit_log WHERE action = 'user.update' AND entity_id = ${String(u.id)}`,
      )
    ).rows;
    expect(entry?.before.role).toBe('expert');
    expect(entry?.after).toMatchObject({ role: 'admin', displayName: '示例新名字' });
    // Back to expert: the department goes with the administrator's role.
    await api.patch(`/api/v1/users/${u.id}`, { role: 'expert' }, { as: admin });
    expect((await api.get(`/api/v1/users?q=${u.username}`, { as: admin })).json().items[0].department).toBeNull();
  });

  it('refuses to turn an organisation member into another role, a superadmin by an admin, and non-admins', async () => {
    const admin = await adminCookie(t);
    const org = await makeOrg(t);
    const member = await makeUser(t, { role: 'enterprise', orgId: org.id });
    const refused = await api.patch(`/api/v1/users/${member.id}`, { role: 'expert' }, { as: admin });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('user.role_change_not_allowed');
    const u = await makeUser(t, { role: 'expert' });
    expect((await api.patch(`/api/v1/users/${u.id}`, { role: 'superadmin' }, { as: admin })).statusCode).toBe(403);
    const self = await login(t, member.username);
    expect((await api.patch(`/api/v1/users/${u.id}`, { displayName: 'x' }, { as: self })).statusCode).toBe(403);
    expect((await api.patch(`/api/v1/users/${admin.user.id}`, { role: 'expert' }, { as: admin })).statusCode).toBe(403);
  });
});

describe('the language chosen on the login page', () => {
  it('is kept as the user’s language from that login on', async () => {
    const u = await makeUser(t, { role: 'expert' });
    const res = await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD, locale: 'en-US' });
    expect(res.json().locale).toBe('en-US');
    const again = await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD });
    expect(again.json().locale).toBe('en-US');
    // A wrong password changes nothing.
    await api.post('/api/v1/auth/login', { username: u.username, password: 'wrong-pass', locale: 'zh-CN' });
    expect((await api.post('/api/v1/auth/login', { username: u.username, password: PASSWORD })).json().locale).toBe(
      'en-US',
    );
  });
});
