import { EXPIRY_NOTICE_DAYS, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { notifyOrg } from '../notification/index.ts';

/**
 * Tells an enterprise of each current material whose end falls within EXPIRY_NOTICE_DAYS (30) days, on the zone's
 * calendar, so that it uploads the renewed one before an application needs it. Each material is claimed once in
 * material_reminders (its primary key, ON CONFLICT DO NOTHING): a second run, or a second instance, sends nothing.
 * Rejected materials are not reminded of (the enterprise was told to replace them already).
 */
export function sendMaterialReminders(db: Db, now: Date, batch = 200): Promise<number> {
  return db.transaction((tx) => remindExpiring(tx, now, batch));
}

/** One batch of reminders inside the caller's transaction (the job's, or the demo seed's). */
export async function remindExpiring(tx: Tx, now: Date, batch = 200): Promise<number> {
  const today = shanghaiDate(now);
  const { rows } = await tx.execute(sql`
      WITH due AS (
        SELECT m.id, m.org_id, m.title, m.valid_to
        FROM materials m
        WHERE m.status = 'current' AND m.review <> 'rejected'
          AND m.valid_to BETWEEN ${today}::date AND ${today}::date + ${EXPIRY_NOTICE_DAYS}::int
          AND NOT EXISTS (SELECT 1 FROM material_reminders r WHERE r.material_id = m.id)
        ORDER BY m.valid_to, m.id
        LIMIT ${batch}
      ), claimed AS (
        INSERT INTO material_reminders (material_id, due_on, sent_at)
        SELECT d.id, d.valid_to, ${now.toISOString()}::timestamptz FROM due d
        ON CONFLICT DO NOTHING
        RETURNING material_id, due_on
      )
      SELECT c.material_id AS "materialId", c.due_on AS "dueOn", d.org_id AS "orgId", d.title
      FROM claimed c JOIN due d ON d.id = c.material_id
      ORDER BY c.due_on, c.material_id`);
  for (const r of rows as { materialId: number; dueOn: string; orgId: number; title: string }[]) {
    await notifyOrg(tx, Number(r.orgId), {
      kind: 'materials.expiring',
      params: { title: r.title, dueOn: r.dueOn },
      link: '/my/materials',
    });
    await recordAudit(tx, null, {
      action: 'materials.remind',
      entity: 'material',
      entityId: Number(r.materialId),
      after: { dueOn: r.dueOn },
    });
  }
  return rows.length;
}
