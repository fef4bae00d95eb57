import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@cz/shared';
import { and, desc, eq, gte, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { auditLog } from '../../kernel/audit/audit.table.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { userDirectory } from '../identity/index.ts';

export type AuditQuery = {
  page: number;
  pageSize: number;
  actorId?: number | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
};

/** The codes of `labels` whose code or words (in either language) contain `fragment`, case aside. */
const codesSaying = (labels: Record<string, { zh: string; en: string }>, fragment: string) => {
  const f = fragment.toLowerCase();
  return Object.entries(labels)
    .filter(([code, l]) => code.includes(f) || l.zh.toLowerCase().includes(f) || l.en.toLowerCase().includes(f))
    .map(([code]) => code);
};

/**
 * An entry matches a search when its actor's name or login, its action (code or words), its record's kind (words)
 * or its record's number matches what was typed.
 */
function searched(db: Db, q: string): SQL {
  const like = likeFragment(q);
  const actors = db
    .select({ id: userDirectory.id })
    .from(userDirectory)
    .where(or(ilike(userDirectory.displayName, like), ilike(userDirectory.username, like)));
  const actions = codesSaying(AUDIT_ACTION_LABELS, q);
  const entities = codesSaying(AUDIT_ENTITY_LABELS, q);
  return or(
    inArray(auditLog.actorId, actors),
    ilike(auditLog.action, like),
    actions.length > 0 ? inArray(auditLog.action, actions) : undefined,
    entities.length > 0 ? inArray(auditLog.entity, entities) : undefined,
    eq(auditLog.entityId, q),
  ) as SQL;
}

/** Admins browse the audit log, newest first. */
export async function listAudit(db: Db, actor: Actor | null, q: AuditQuery) {
  if (!actor) throw commonErrors.unauthenticated();
  if (!isAdmin(actor)) throw commonErrors.forbidden();
  const parts: SQL[] = [];
  if (q.actorId) parts.push(eq(auditLog.actorId, q.actorId));
  if (q.entity) parts.push(eq(auditLog.entity, q.entity));
  if (q.entityId) parts.push(eq(auditLog.entityId, q.entityId));
  if (q.action) parts.push(sql`${auditLog.action} LIKE ${`${q.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (q.from) parts.push(gte(auditLog.at, new Date(q.from)));
  if (q.to) parts.push(lte(auditLog.at, new Date(q.to)));
  if (q.q) parts.push(searched(db, q.q));
  const where = and(...parts);
  const [items, [count]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorId: auditLog.actorId,
        actorName: userDirectory.displayName,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
        ip: auditLog.ip,
      })
      .from(auditLog)
      .leftJoin(userDirectory, eq(userDirectory.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return {
    items: items.map((i) => ({ ...i, at: i.at.toISOString() })),
    total: count?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The audit log as administrators read it. */
export function createAuditService({ db }: { db: Db }) {
  return { list: (actor: Actor | null, q: AuditQuery) => listAudit(db, actor, q) };
}
export type AuditService = ReturnType<typeof createAuditService>;
