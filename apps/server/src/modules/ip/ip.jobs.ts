import { shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { notifyOrg } from '../notification/index.ts';

/** Days ahead of a due date that the holder is told: annual fees 30, expiries 90. */
export const FEE_NOTICE_DAYS = 30;
export const EXPIRY_NOTICE_DAYS = 90;

/**
 * Tells the holding organisation of annual fees (年费) due within 30 days and of rights expiring within 90, on the
 * zone's calendar. Each record, kind and due date is claimed once in ip_reminders (its primary key, ON CONFLICT DO
 * NOTHING), so the job is idempotent and safe with several instances: a second run, or a second instance waiting on
 * the same row, sends nothing. A new due date (next year's fee) is a new reminder.
 */
export function sendIpReminders(db: Db, now: Date, batch = 200): Promise<number> {
  return db.transaction((tx) => remindDue(tx, now, batch));
}

/** One batch of reminders inside the caller's transaction (the job's, or the demo seed's). */
export async function remindDue(tx: Tx, now: Date, batch = 200): Promise<number> {
  const today = shanghaiDate(now);
  const { rows } = await tx.execute(sql`
      WITH due AS (
        SELECT r.id, r.org_id, r.title, r.number, 'fee'::text AS kind, r.fee_due_on AS due_on
        FROM ip_records r
        WHERE r.legal_status = 'valid'
          AND r.fee_due_on BETWEEN ${today}::date AND ${today}::date + ${FEE_NOTICE_DAYS}::int
        UNION ALL
        SELECT r.id, r.org_id, r.title, r.number, 'expiry', r.expires_on
        FROM ip_records r
        WHERE r.legal_status = 'valid'
          AND r.expires_on BETWEEN ${today}::date AND ${today}::date + ${EXPIRY_NOTICE_DAYS}::int
      ), claimed AS (
        INSERT INTO ip_reminders (record_id, kind, due_on, sent_at)
        SELECT d.id, d.kind, d.due_on, ${now.toISOString()}::timestamptz FROM due d
        WHERE NOT EXISTS (SELECT 1 FROM ip_reminders x
                          WHERE x.record_id = d.id AND x.kind = d.kind AND x.due_on = d.due_on)
        ORDER BY d.due_on, d.id, d.kind
        LIMIT ${batch}
        ON CONFLICT DO NOTHING
        RETURNING record_id, kind, due_on
      )
      SELECT c.record_id AS "recordId", c.kind, c.due_on AS "dueOn", d.org_id AS "orgId", d.title, d.number
      FROM claimed c JOIN due d ON d.id = c.record_id AND d.kind = c.kind AND d.due_on = c.due_on
      ORDER BY c.due_on, c.record_id`);
  for (const r of rows as {
    recordId: number;
    kind: 'fee' | 'expiry';
    dueOn: string;
    orgId: number;
    title: string;
    number: string;
  }[]) {
    await notifyOrg(tx, Number(r.orgId), {
      kind: r.kind === 'fee' ? 'ip.fee_due' : 'ip.expiring',
      params: { title: r.title, number: r.number, dueOn: r.dueOn },
      link: `/my/ip/${r.recordId}`,
    });
    await recordAudit(tx, null, {
      action: 'ip.remind',
      entity: 'ip_record',
      entityId: Number(r.recordId),
      after: { kind: r.kind, dueOn: r.dueOn },
    });
  }
  return rows.length;
}
