import { sql } from 'drizzle-orm';
import { bigint, boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { tstzrange } from './columns.ts';
import { plainInserter } from './plain.ts';

// A table of the column kinds the platform's rows use: identity, defaults (the database's and a $defaultFn), jsonb,
// text[], a tstzrange, timestamps, nullable text.
const probe = pgTable('plain_probe', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  note: text('note'),
  tags: text('tags').array().notNull().default([]),
  facts: jsonb('facts').$type<{ a: number }[]>().notNull().default([]),
  period: tstzrange('period').notNull(),
  active: boolean('active').notNull().default(true),
  code: text('code')
    .notNull()
    .$defaultFn(() => 'made-by-fn'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.execute(sql`CREATE TABLE plain_probe (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, note text,
    tags text[] NOT NULL DEFAULT '{}', facts jsonb NOT NULL DEFAULT '[]', period tstzrange NOT NULL,
    active boolean NOT NULL DEFAULT true, code text NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
});
afterAll(() => t.close());

describe('a plain INSERT … RETURNING', () => {
  it('writes and reads a row exactly as the query builder does', async () => {
    const insert = plainInserter(probe);
    const period = { start: new Date('2026-06-01T01:00:00Z'), end: new Date('2026-06-01T03:30:00Z') };
    const cases: (typeof probe.$inferInsert)[] = [
      { name: 'full', note: '示例', tags: ['a', 'b,c', '"q"'], facts: [{ a: 1 }], period, active: false, code: 'x' },
      { name: 'defaults', period },
      { name: 'nulls', note: null, period },
    ];
    for (const values of cases) {
      const [built] = await t.db.transaction((tx) => tx.insert(probe).values(values).returning());
      const plain = await t.db.transaction((tx) => insert(tx, values));
      const { id: _a, at: atBuilt, ...restBuilt } = built as typeof probe.$inferSelect;
      const { id: _b, at: atPlain, ...restPlain } = plain;
      expect(restPlain, values.name).toEqual(restBuilt);
      expect(atPlain).toBeInstanceOf(Date);
      expect(Math.abs(atPlain.getTime() - atBuilt.getTime())).toBeLessThan(60_000);
    }
    // Read back by the builder: what the plain statement stored is what the builder stores.
    const rows = await t.db.select().from(probe).where(sql`name = 'full'`);
    expect(rows.map((r) => [r.tags, r.facts, r.period, r.active])).toEqual([
      [['a', 'b,c', '"q"'], [{ a: 1 }], period, false],
      [['a', 'b,c', '"q"'], [{ a: 1 }], period, false],
    ]);
  });

  it('reports a refused row as the builder does, with the driver error as its cause', async () => {
    const insert = plainInserter(probe);
    const err = await t.db
      .transaction((tx) =>
        insert(tx, { name: null as unknown as string, period: { start: new Date(), end: new Date() } }),
      )
      .catch((e: unknown) => e);
    expect((err as { cause?: { code?: string } }).cause?.code).toBe('23502');
  });
});
