import { sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Tx } from '../db/connection.ts';
import { deferWrite } from '../db/deferred.ts';
import type { auditLog } from './audit.table.ts';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Writes one audit row inside the caller's transaction, so the change and its record commit together. The row is
 * deferred to the end of the transaction, with the other audit rows of the use case in one statement (see
 * kernel/db/deferred.ts); nothing reads the audit log inside the transaction that writes it.
 */
export function recordAudit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  return recordAudits(tx, actor, [entry]);
}

/** Several audit rows of one use case. */
export async function recordAudits(tx: Tx, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
  for (const entry of entries) {
    const row: typeof auditLog.$inferInsert = {
      actorId: actor?.userId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      before: entry.before === undefined ? null : redact(entry.before),
      after: entry.after === undefined ? null : redact(entry.after),
      ip: actor?.ip ?? null,
      requestId: actor?.requestId ?? null,
    };
    await deferWrite(tx, 'audit_log', row, insertAuditRows);
  }
}

/**
 * The deferred audit rows of a transaction in one statement whose text never changes: the rows travel as one JSON
 * parameter, in the order they were recorded (the ids follow it). The query builder would build a new text for each
 * count of rows and walk every column of every row on each request.
 */
const insertAuditRows = (rows: (typeof auditLog.$inferInsert)[]) => sql`
  INSERT INTO audit_log (actor_id, action, entity, entity_id, before, after, ip, request_id)
  SELECT a."actorId", a.action, a.entity, a."entityId", a.before, a.after, a.ip, a."requestId"
  FROM jsonb_to_recordset(${JSON.stringify(rows.map((r, ord) => ({ ...r, ord })))}::jsonb)
    AS a(ord int, "actorId" bigint, action text, entity text, "entityId" text, before jsonb, after jsonb, ip text,
         "requestId" text)
  ORDER BY a.ord`;

const SECRET_KEYS = new Set(['password', 'passwordHash', 'password_hash', 'idHash']);

function redact(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return '[binary]';
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redact);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEYS.has(k) ? '[redacted]' : redact(v);
  return out;
}
