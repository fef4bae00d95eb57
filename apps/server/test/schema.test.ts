import { globSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { is } from 'drizzle-orm';
import { getTableConfig, type PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPool } from '../src/kernel/db/connection.ts';
import { copyDatabase, dropDatabase, withDatabase } from './database.ts';

// Guard rail: the Drizzle tables (every `*.table.ts` under apps/server/src, found at test time) and the migrated
// database describe the same tables and columns, with the same types, nullability, defaults, identities and
// generated columns.

const srcDir = fileURLToPath(new URL('../src', import.meta.url));
/** Tables the migrator owns; not part of the application's schema. */
const IGNORED_TABLES = new Set(['schema_migrations']);
/**
 * Differences that are known and harmless, each with its reason. An entry that no longer differs fails the test, so
 * the list cannot go stale.
 */
const ACCEPTED: Record<string, string> = {
  // PostgreSQL reports a generated column as nullable unless declared NOT NULL; this one is computed from the NOT NULL
  // original_value, so it is never null and Drizzle may say so.
  'instruments.is_large: drizzle says NOT NULL, database says nullable': 'generated from a NOT NULL column',
};

type DbColumn = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  is_identity: 'YES' | 'NO';
  identity_generation: 'ALWAYS' | 'BY DEFAULT' | null;
  is_generated: 'ALWAYS' | 'NEVER';
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
};

/** Drizzle type spellings (`getSQLType()`, lower case, one space) and their information_schema udt names. */
const TYPE_RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(bigint|int8|bigserial|serial8)$/, () => 'int8'],
  [/^(integer|int|int4|serial|serial4)$/, () => 'int4'],
  [/^(smallint|int2|smallserial|serial2)$/, () => 'int2'],
  [/^(boolean|bool)$/, () => 'bool'],
  [/^(double precision|float8)$/, () => 'float8'],
  [/^(real|float4)$/, () => 'float4'],
  [/^(timestamp( ?\(\d+\))? with time zone|timestamptz)$/, () => 'timestamptz'],
  [/^timestamp( ?\(\d+\))?( without time zone)?$/, () => 'timestamp'],
  [/^(time( ?\(\d+\))? with time zone|timetz)$/, () => 'timetz'],
  [/^time( ?\(\d+\))?( without time zone)?$/, () => 'time'],
  [/^(?:char|character|bpchar)(?: ?\((\d+)\))?$/, (m) => `bpchar(${m[1] ?? 1})`],
  [/^(?:varchar|character varying)(?: ?\((\d+)\))?$/, (m) => (m[1] ? `varchar(${m[1]})` : 'varchar')],
  [/^(?:numeric|decimal)(?: ?\((\d+)(?: ?, ?(\d+))?\))?$/, (m) => (m[1] ? `numeric(${m[1]},${m[2] ?? 0})` : 'numeric')],
];

/** A Drizzle SQL type (`getSQLType()`) in the form `canonicalDb` gives information_schema's description. */
function canonicalDrizzle(sqlType: string): string {
  let s = sqlType.trim().toLowerCase().replace(/\s+/g, ' ');
  let dims = 0;
  while (s.endsWith('[]')) {
    s = s.slice(0, -2).trim();
    dims++;
  }
  let base = s;
  for (const [re, to] of TYPE_RULES) {
    const m = re.exec(s);
    if (m) {
      base = to(m);
      break;
    }
  }
  // information_schema gives no length or precision for array elements.
  return dims > 0 ? `${base.replace(/\(.*\)$/, '')}${'[]'.repeat(dims)}` : base;
}

/** information_schema's description of a column's type, canonical: udt name plus length or precision. */
function canonicalDb(c: DbColumn): string {
  if (c.data_type === 'ARRAY') return `${c.udt_name.replace(/^_/, '')}[]`;
  if ((c.udt_name === 'bpchar' || c.udt_name === 'varchar') && c.character_maximum_length != null)
    return `${c.udt_name}(${c.character_maximum_length})`;
  if (c.udt_name === 'numeric' && c.numeric_precision != null)
    return `numeric(${c.numeric_precision},${c.numeric_scale})`;
  return c.udt_name;
}

type Found = { name: string; table: PgTable; where: string };

/** Every Drizzle table exported by a `*.table.ts` file under apps/server/src. */
async function drizzleTables(): Promise<{ files: string[]; tables: Found[] }> {
  const files = globSync('**/*.table.ts', { cwd: srcDir }).sort();
  const seen = new Set<unknown>();
  const tables: Found[] = [];
  for (const file of files) {
    const mod: Record<string, unknown> = await import(path.join(srcDir, file));
    for (const [exportName, value] of Object.entries(mod)) {
      if (!is(value, PgTable) || seen.has(value)) continue;
      seen.add(value);
      const { name, schema } = getTableConfig(value);
      tables.push({
        name: schema && schema !== 'public' ? `${schema}.${name}` : name,
        table: value,
        where: `${file}#${exportName}`,
      });
    }
  }
  return { files, tables };
}

const identityOf = (c: PgColumn) =>
  c.generatedIdentity ? (c.generatedIdentity.type === 'always' ? 'ALWAYS' : 'BY DEFAULT') : 'none';
const dbIdentityOf = (c: DbColumn) => (c.is_identity === 'YES' ? (c.identity_generation ?? '?') : 'none');
const describeDefault = (has: boolean) => (has ? 'a default' : 'no default');

let adminUrl: string;
let dbName: string;
let pool: pg.Pool;
let dbColumns: DbColumn[];
let found: Awaited<ReturnType<typeof drizzleTables>>;

beforeAll(async () => {
  adminUrl = inject('dbAdminUrl');
  dbName = await copyDatabase(adminUrl, inject('dbTemplate'));
  pool = createPool(withDatabase(adminUrl, dbName), 2);
  const res = await pool.query<DbColumn>(
    `SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default, c.is_identity,
            c.identity_generation, c.is_generated, c.character_maximum_length, c.numeric_precision, c.numeric_scale
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  dbColumns = res.rows.filter((c) => !IGNORED_TABLES.has(c.table_name));
  found = await drizzleTables();
});
afterAll(async () => {
  await pool?.end();
  if (dbName) await dropDatabase(adminUrl, dbName);
});

describe('Drizzle definitions match the migrated database', () => {
  it('finds the table files and the migrated tables', () => {
    expect(found.files).toContain('kernel/audit/audit.table.ts');
    expect(found.tables.map((t) => t.name)).toContain('audit_log');
    expect(new Set(dbColumns.map((c) => c.table_name))).toContain('organisations');
  });

  it('every database table has exactly one Drizzle definition, and every Drizzle table exists', () => {
    const dbTables = [...new Set(dbColumns.map((c) => c.table_name))].sort();
    const problems: string[] = [];
    for (const table of dbTables) {
      const defs = found.tables.filter((t) => t.name === table);
      if (defs.length === 0) problems.push(`${table}: no Drizzle definition in any *.table.ts`);
      if (defs.length > 1)
        problems.push(`${table}: ${defs.length} Drizzle definitions (${defs.map((d) => d.where).join(', ')})`);
    }
    for (const t of found.tables)
      if (!dbTables.includes(t.name))
        problems.push(`${t.name}: defined in Drizzle (${t.where}) but not in the database`);
    expect(problems).toEqual([]);
  });

  it('every Drizzle column exists in the database with the same type, nullability, default, identity and generation', () => {
    const problems: string[] = [];
    for (const { name: table, table: t } of found.tables) {
      const inDb = new Map(dbColumns.filter((c) => c.table_name === table).map((c) => [c.column_name, c]));
      if (inDb.size === 0) continue; // reported by the table test
      for (const col of getTableConfig(t).columns) {
        const where = `${table}.${col.name}`;
        const db = inDb.get(col.name);
        if (!db) {
          problems.push(`${where}: drizzle says ${col.getSQLType()}, database says no such column`);
          continue;
        }
        const [dType, bType] = [canonicalDrizzle(col.getSQLType()), canonicalDb(db)];
        if (dType !== bType) problems.push(`${where}: drizzle says type ${dType}, database says ${bType}`);
        const [dNull, bNull] = [
          col.notNull ? 'NOT NULL' : 'nullable',
          db.is_nullable === 'NO' ? 'NOT NULL' : 'nullable',
        ];
        if (dNull !== bNull) problems.push(`${where}: drizzle says ${dNull}, database says ${bNull}`);
        const [dIdentity, bIdentity] = [identityOf(col), dbIdentityOf(db)];
        if (dIdentity !== bIdentity)
          problems.push(`${where}: drizzle says identity ${dIdentity}, database says identity ${bIdentity}`);
        const [dGenerated, bGenerated] = [
          col.generated ? 'generated' : 'not generated',
          db.is_generated === 'ALWAYS' ? 'generated' : 'not generated',
        ];
        if (dGenerated !== bGenerated)
          problems.push(`${where}: drizzle says ${dGenerated}, database says ${bGenerated}`);
        if (dIdentity === 'none' && !col.generated && db.is_generated !== 'ALWAYS') {
          const [dDefault, bDefault] = [col.default !== undefined, db.column_default !== null];
          if (dDefault !== bDefault)
            problems.push(
              `${where}: drizzle says ${describeDefault(dDefault)}, database says ${bDefault ? `default ${db.column_default}` : 'no default'}`,
            );
        }
      }
    }
    const unexplained = problems.filter((p) => !(p in ACCEPTED));
    const stale = Object.keys(ACCEPTED)
      .filter((p) => !problems.includes(p))
      .map((p) => `accepted difference no longer seen: ${p}`);
    expect([...unexplained, ...stale]).toEqual([]);
  });

  it('every database column is declared in Drizzle', () => {
    const problems: string[] = [];
    for (const c of dbColumns) {
      const defs = found.tables.filter((t) => t.name === c.table_name);
      if (defs.length === 0) continue; // reported by the table test
      for (const d of defs)
        if (!getTableConfig(d.table).columns.some((col) => col.name === c.column_name))
          problems.push(
            `${c.table_name}.${c.column_name}: drizzle says no such column (${d.where}), database says ${canonicalDb(c)}`,
          );
    }
    expect(problems).toEqual([]);
  });
});

describe('type names', () => {
  it.each([
    ['bigint', 'int8'],
    ['integer', 'int4'],
    ['smallint', 'int2'],
    ['boolean', 'bool'],
    ['timestamp with time zone', 'timestamptz'],
    ['timestamp (3) with time zone', 'timestamptz'],
    ['timestamp', 'timestamp'],
    ['char(64)', 'bpchar(64)'],
    ['numeric(5, 2)', 'numeric(5,2)'],
    ['text[]', 'text[]'],
    ['char(64)[]', 'bpchar[]'],
    ['jsonb', 'jsonb'],
    ['tstzrange', 'tstzrange'],
  ])('Drizzle %s is %s', (drizzle, canonical) => {
    expect(canonicalDrizzle(drizzle)).toBe(canonical);
  });
});
