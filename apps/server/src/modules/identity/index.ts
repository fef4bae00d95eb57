import type { FastifyBaseLogger } from 'fastify';
import { defineModule, type Kernel } from '../../kernel/module.ts';
import type { OrgApi } from '../org/index.ts';
import { registerAuthHooks } from './auth.hooks.ts';
import { authRoutes } from './auth.routes.ts';
import { createAuthService } from './auth.service.ts';
import { createLimits, memoryStore, redisStore } from './login-limiter.ts';
import { createPasswordResets } from './password-reset.service.ts';
import { createSessionRepository } from './session.repository.ts';
import { usersExportRoutes } from './users.exports.ts';
import { usersRoutes } from './users.routes.ts';
import { createUsersService, type NewUser } from './users.service.ts';

/** Published read view of users (name, status, organisation) for other modules' queries. */
export { userDirectory } from './identity.views.ts';
export { hashPassword } from './password.ts';
export type { NewUser };

/**
 * Accounts, sessions and logins. Installs the request hook that turns the session cookie into `request.actor` for
 * every other module's routes.
 */
export function createIdentityModule(k: Kernel, deps: { org: OrgApi }) {
  const { db, clock, config } = k;
  const sessions = createSessionRepository({ db });
  // Redis failures are logged at most once a minute: a down Redis would otherwise fill the log with every login.
  let log: FastifyBaseLogger | undefined;
  let lastWarning = 0;
  const store = config.redisUrl
    ? redisStore(config.redisUrl, {
        prefix: config.limiterPrefix,
        now: clock.now,
        onError: (err) => {
          if (Date.now() - lastWarning < 60_000) return;
          lastWarning = Date.now();
          log?.warn({ err }, 'Redis unreachable: login and registration limits are counted per instance meanwhile');
        },
      })
    : memoryStore(clock.now);
  const limits = createLimits(store, config.login);
  const auth = createAuthService({ db, config, clock, sessions, orgs: deps.org, limits });
  const users = createUsersService({ db, clock, orgs: deps.org, sessions });
  const resets = createPasswordResets({ db, clock, config, sessions, limits });
  return defineModule({
    name: 'identity',
    api: {
      /** Creates an account as the command line does (no acting user; superadmins allowed). */
      createUser: (input: NewUser) => users.create(null, input, true),
    },
    routes: [authRoutes({ auth, resets, config }), usersRoutes({ users, resets }), usersExportRoutes({ users })],
    setup(app) {
      registerAuthHooks(app, { config, auth });
      log = app.log;
      if (store.connect) {
        const connect = store.connect;
        app.addHook('onReady', () => connect());
      }
      // Expired sessions are refused on read; this only keeps the table small.
      let purge: NodeJS.Timeout | undefined;
      app.addHook('onReady', async () => {
        purge = setInterval(() => {
          sessions
            .purgeExpired(clock.now(), config.session.idleMs)
            .catch((err) => app.log.warn({ err }, 'session purge failed'));
        }, 3_600_000);
        purge.unref();
      });
      app.addHook('onClose', async () => {
        clearInterval(purge);
        await store.close();
      });
    },
  });
}
