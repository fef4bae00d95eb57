import type { Actor } from '../actor.ts';
import type { Tx } from '../db/connection.ts';
import { deferWrite } from '../db/deferred.ts';
import { auditLog } from './audit.table.ts';

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
    await deferWrite(tx, 'audit_log', row, (rows) => tx.insert(auditLog).values(rows));
  }
}

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
