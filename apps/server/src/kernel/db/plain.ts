import { getTableColumns, getTableName, is, SQL, type Table } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type pg from 'pg';
import type { Tx } from './connection.ts';

/**
 * Plain statements for the busiest writes. The query builder builds its SQL anew for every call: walking the
 * columns, escaping the names, collecting the parameters. On booking creation that work was the largest part of the
 * server's own CPU per request (a V8 profile of the instruments benchmark). The statements here are built once per
 * shape (the set of columns given) and then only bound and executed, through the transaction's own connection, so
 * that they stay in the transaction, are prepared once per connection (statements.ts) and are counted like any other
 * (test/round-trips.test.ts). Their rows are read as the ORM reads them, column by column.
 */

/** The pg connection behind a transaction (or the pool behind the database handle). */
export function clientOf(tx: Tx): pg.PoolClient | pg.Pool {
  return (tx as unknown as { session: { client: pg.PoolClient | pg.Pool } }).session.client;
}

type Column = ReturnType<typeof getTableColumns>[string];

/** A row as PostgreSQL's driver gives it (column names), in the shape the ORM reads it (property names, mapped). */
export function rowReader<T extends Table>(table: T): (row: Record<string, unknown>) => T['$inferSelect'] {
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = row[column.name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as T['$inferSelect'];
  };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * `INSERT INTO table (…) VALUES (…) RETURNING *` of one row, as the builder's `insert(table).values(v).returning()`
 * writes it: a property left undefined takes the column's default (its `$defaultFn` when it has one, else the
 * database's), a value goes through the column's mapping to the driver.
 */
export function plainInserter<T extends Table>(
  table: T,
): (tx: Tx, values: T['$inferInsert']) => Promise<T['$inferSelect']> {
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  const name = quote(getTableName(table));
  const read = rowReader(table);
  const texts = new Map<string, string>();
  return async (tx, values) => {
    const given: [string, Column, unknown][] = [];
    for (const [key, column] of columns) {
      let value = (values as Record<string, unknown>)[key];
      if (value === undefined && column.defaultFn) value = column.defaultFn();
      if (value === undefined) continue;
      if (is(value, SQL)) throw new Error(`plainInserter: ${key} is an SQL expression; use the query builder`);
      given.push([key, column, value]);
    }
    const shape = given.map(([key]) => key).join(',');
    let text = texts.get(shape);
    if (!text) {
      text =
        given.length === 0
          ? `INSERT INTO ${name} DEFAULT VALUES RETURNING *`
          : `INSERT INTO ${name} (${given.map(([, c]) => quote(c.name)).join(', ')}) VALUES (${given.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
      texts.set(shape, text);
    }
    const params = given.map(([, column, value]) => (value === null ? null : column.mapToDriverValue(value)));
    const { rows } = await clientOf(tx)
      .query(text, params)
      .catch((err: unknown) => {
        // As the ORM reports a refused statement: the driver's error (SQLSTATE, constraint) is the cause.
        throw new DrizzleQueryError(text, params, err as Error);
      });
    if (!rows[0]) throw new Error('insert returned nothing');
    return read(rows[0]);
  };
}
