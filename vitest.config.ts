import { defineConfig } from 'vitest/config';

// Two cores: two workers. Each server test file gets its own database copied from a migrated template.
// Unit and integration files share their worker's loaded modules (isolate: false): importing the server for every
// file took most of the run (333 s isolated, 124 s shared on two cores). A file must not depend on module state
// another file leaves behind; each builds its own app, database and clock.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['packages/shared/src/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // Pure logic runs in node; a test file that renders hooks asks for happy-dom in its first line.
        test: { name: 'web', include: ['apps/web/src/**/*.test.{ts,tsx}'], environment: 'node', isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'server',
          isolate: false,
          include: ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'],
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // Two files at a time, each worker on its own server and database (e2e/global-setup.ts starts one per
          // worker; e2e/helpers.ts picks the worker's).
          globalSetup: ['e2e/global-setup.ts'],
          setupFiles: ['e2e/failure-log.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
