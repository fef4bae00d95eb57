import { createHash, randomBytes } from 'node:crypto';
import { verify } from '@node-rs/argon2';
import Fastify, { type FastifyInstance } from 'fastify';
import type pg from 'pg';
import { INSERT_SESSION, orgListQueries, USER_BY_NAME } from './sql.ts';

const SESSION_MS = 12 * 3_600_000;

type OrgQuery = { q?: string; page?: string; pageSize?: string };
type LoginBody = { username?: string; password?: string };
type UserRow = { id: number; password_hash: string; status: string; locale: string; locked_until: Date | null };

/**
 * A Fastify 5 app without plugins, validation or auth hooks that does the app's database and hashing work
 * through a plain pg Pool: what the same requests cost without the framework.
 */
export function buildBareServer(pool: pg.Pool): FastifyInstance {
  const app = Fastify({ logger: false });

  app.get('/api/v1/orgs', async (request) => {
    const query = request.query as OrgQuery;
    const page = Number(query.page ?? 1);
    const pageSize = Number(query.pageSize ?? 20);
    const [list, count] = await Promise.all(
      orgListQueries(query.q?.trim() || undefined, page, pageSize).map((q) =>
        pool.query<{ count: string | number }>(q),
      ),
    );
    const rows = list?.rows ?? [];
    const total = Number((count ?? list)?.rows[0]?.count ?? 0);
    return { items: count ? rows : rows.map(({ count: _c, ...r }) => r), total, page, pageSize };
  });

  app.post('/api/v1/auth/login', async (request, reply) => {
    const { username = '', password = '' } = (request.body ?? {}) as LoginBody;
    const { rows } = await pool.query<UserRow>(USER_BY_NAME, [username, 1]);
    const user = rows[0];
    const ok = user ? await verify(user.password_hash, password).catch(() => false) : false;
    if (!user || !ok || user.status !== 'active' || (user.locked_until && user.locked_until > new Date())) {
      return reply.status(401).send({ error: { code: 'auth.bad_credentials', message: 'wrong username or password' } });
    }
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    await pool.query(INSERT_SESSION, [
      createHash('sha256').update(token).digest(),
      user.id,
      now,
      now,
      new Date(now.getTime() + SESSION_MS),
      request.ip,
      request.headers['user-agent']?.slice(0, 300) ?? null,
    ]);
    reply.header('set-cookie', `cz_session=${token}; Max-Age=${SESSION_MS / 1000}; Path=/; HttpOnly; SameSite=Lax`);
    return { ok: true, locale: user.locale };
  });

  return app;
}
