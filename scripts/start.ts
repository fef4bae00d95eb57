// `npm start`: build the web app when needed, then start the server (embedded PostgreSQL unless DATABASE_URL is set).
import { ensureWebBuild } from './web-build.ts';

try {
  ensureWebBuild();
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exit(1);
}
await import('../apps/server/src/main.ts');
