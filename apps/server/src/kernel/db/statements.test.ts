import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { withGenericPlans } from './statements.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The statements prepared on this connection whose text contains `tag`. */
async function preparedWith(client: { query: (text: string) => Promise<{ rows: unknown[] }> }, tag: string) {
  const { rows } = await client.query('SELECT name, statement FROM pg_prepared_statements');
  return (rows as { name: string; statement: string }[]).filter((r) => r.statement.includes(tag));
}

describe('repeated statements are prepared once per connection', () => {
  it('never names a statement that searches: its plan depends on the pattern', async () => {
    const client = await t.db.$client.connect();
    try {
      const tag = `search_${Date.now()}`;
      const texts = [
        `SELECT '${tag}' AS tag WHERE 'x' ILIKE $1`,
        `SELECT '${tag}' AS tag WHERE similarity('x', $1) >= 0`,
        `SELECT '${tag}' AS tag WHERE to_tsvector('simple', 'x') @@ plainto_tsquery('simple', $1)`,
      ];
      for (const text of texts) for (let i = 0; i < 3; i++) await client.query(text, ['x']);
      expect(await preparedWith(client, tag)).toEqual([]);
    } finally {
      client.release();
    }
  });

  it('names a parameterised statement from its second use on, and answers as before', async () => {
    const client = await t.db.$client.connect();
    try {
      const tag = `probe_${Date.now()}`;
      const text = `SELECT $1::int + 1 AS n, '${tag}' AS tag`;
      const first = await client.query(text, [1]);
      expect(await preparedWith(client, tag)).toEqual([]);
      const second = await client.query(text, [2]);
      const third = await client.query({ text, values: [3] });
      expect([first.rows[0], second.rows[0], third.rows[0]]).toEqual([
        { n: 2, tag },
        { n: 3, tag },
        { n: 4, tag },
      ]);
      const prepared = await preparedWith(client, tag);
      expect(prepared).toHaveLength(1);
      expect(prepared[0]?.name).toMatch(/^cz_[\w-]{27}$/);
      // A different text never shares the name.
      const other = `SELECT $1::int + 2 AS n, '${tag}' AS tag`;
      await client.query(other, [1]);
      await client.query(other, [1]);
      const names = (await preparedWith(client, tag)).map((p) => p.name);
      expect(new Set(names).size).toBe(2);
    } finally {
      client.release();
    }
  });

  it('leaves statements without parameters, and a failing statement, as they were', async () => {
    const client = await t.db.$client.connect();
    try {
      const tag = `plain_${Date.now()}`;
      for (let i = 0; i < 3; i++) await client.query(`SELECT '${tag}' AS tag`);
      expect(await preparedWith(client, tag)).toEqual([]);
      const failing = `SELECT 1 / $1::int AS n, '${tag}x' AS tag`;
      await client.query(failing, [1]);
      await expect(client.query(failing, [0])).rejects.toThrow('division by zero');
      // The statement stays prepared and usable after its execution failed.
      expect((await client.query(failing, [2])).rows[0]).toEqual({ n: 0, tag: `${tag}x` });
    } finally {
      client.release();
    }
  });

  it('works inside the ORM transactions the app uses', async () => {
    const tag = `tx_${Date.now()}`;
    const sums = await t.db.transaction(async (tx) => {
      const out: number[] = [];
      for (let i = 0; i < 4; i++) {
        const { rows } = await tx.execute(sql`SELECT ${i}::int * 10 AS n, ${tag} AS tag`);
        out.push(Number(rows[0]?.n));
      }
      return out;
    });
    expect(sums).toEqual([0, 10, 20, 30]);
  });

  it('leaves the planning to PostgreSQL, and plans once (generic plans) in the transactions that opt in', async () => {
    const mode = async (tx: typeof t.db | Parameters<Parameters<typeof t.db.transaction>[0]>[0]) =>
      (await tx.execute(sql`SELECT current_setting('plan_cache_mode') AS m`)).rows[0]?.m;
    expect(await mode(t.db)).toBe('auto');
    expect(await t.db.transaction((tx) => mode(tx))).toBe('auto');
    expect(await withGenericPlans(() => t.db.transaction((tx) => mode(tx)))).toBe('force_generic_plan');
    // A transaction with options keeps them and gets the same mode; the mode ends with the transaction.
    const inSerializable = await withGenericPlans(() =>
      t.db.transaction(
        async (tx) => [
          await mode(tx),
          (await tx.execute(sql`SELECT current_setting('transaction_isolation') AS i`)).rows[0]?.i,
        ],
        { isolationLevel: 'serializable' },
      ),
    );
    expect(inSerializable).toEqual(['force_generic_plan', 'serializable']);
    expect(await mode(t.db)).toBe('auto');
    // A rolled-back transaction leaves the connection as it was, too.
    await expect(
      withGenericPlans(() =>
        t.db.transaction(async (tx) => {
          await tx.execute(sql`SELECT 1`);
          throw new Error('rolled back');
        }),
      ),
    ).rejects.toThrow('rolled back');
    const client = await t.db.$client.connect();
    try {
      expect((await client.query(`SELECT current_setting('plan_cache_mode') AS m`)).rows[0]?.m).toBe('auto');
    } finally {
      client.release();
    }
  });
});
