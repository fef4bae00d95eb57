import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { NoticeInput, ObjectionInput, PolicyNotice } from '@cz/shared/policy';
import {
  addWorkingDays,
  noticeInputSchema,
  objectionInputSchema,
  type policyNoticeQuerySchema,
} from '@cz/shared/policy';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageClause, pageOf } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import { loadCalendar, lockItem } from './policy.applications.repository.ts';
import { myLink } from './policy.applications.review.ts';
import { move, recordEvent } from './policy.applications.steps.ts';
import { policyApplications, policyNoticeObjections, policyNotices } from './policy.applications.table.ts';
import { policyItemErrors } from './policy.items.errors.ts';

type NoticeRow = {
  id: number;
  item_id: number;
  item_title: string;
  document_title: string;
  department: string;
  starts_on: string;
  ends_on: string;
  working_days: number;
  note: string;
  created_at: string;
  entries: { applicationId: number; orgName: string; amountFen: number }[] | null;
};

/** Applications a notice still lists: those publicised or paid since (a rejection after an objection leaves it). */
const LISTED = sql`('publicised', 'paid')`;

/**
 * 公示: the department lists the approved applications of an item on the public page for a number of working days
 * (five unless told), records the objections it receives, and pays once the period has ended.
 */
export function createNotices({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());

  async function notices(tx: Tx, where: ReturnType<typeof sql>, q: { page: number; pageSize: number }) {
    const on = today();
    const { rows } = await tx.execute(sql`
      SELECT n.id, n.item_id, i.title AS item_title, d.title AS document_title, i.department, n.starts_on,
             n.ends_on, n.working_days, n.note, n.created_at,
             (SELECT jsonb_agg(jsonb_build_object('applicationId', a.id, 'orgName', o.name,
                                                  'amountFen', a.approved_fen) ORDER BY o.name, a.id)
              FROM policy_applications a JOIN org_directory o ON o.id = a.org_id
              WHERE a.notice_id = n.id AND a.status IN ${LISTED}) AS entries
      FROM policy_notices n
      JOIN policy_items i ON i.id = n.item_id
      JOIN policy_documents d ON d.id = i.document_id
      WHERE ${where}
      ORDER BY n.starts_on DESC, n.id DESC ${pageClause(q)}`);
    const { rows: n } = await tx.execute(sql`
      SELECT count(*)::int AS n FROM policy_notices n JOIN policy_items i ON i.id = n.item_id WHERE ${where}`);
    const items = (rows as NoticeRow[]).map((r): PolicyNotice => {
      const entries = r.entries ?? [];
      return {
        id: r.id,
        itemId: r.item_id,
        itemTitle: r.item_title,
        documentTitle: r.document_title,
        department: r.department,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        workingDays: r.working_days,
        running: r.starts_on <= on && on <= r.ends_on,
        note: r.note,
        entries,
        totalFen: entries.reduce((s, e) => s + e.amountFen, 0),
        createdAt: new Date(r.created_at).toISOString(),
      };
    });
    return { items, total: Number(n[0]?.n ?? 0) };
  }

  return {
    /** Publicises the item's approved applications (those named, or all), each enterprise told of the period. */
    async publicise(actor: Actor | null, itemId: number, body: NoticeInput) {
      const input = noticeInputSchema.parse(body);
      return db.transaction(async (tx) => {
        const item = await lockItem(tx, itemId);
        if (!item) throw policyItemErrors.notFound();
        const who = authorize(actor, APPLICATION_ACTIONS.review, { department: item.department });
        const waiting = await tx
          .select()
          .from(policyApplications)
          .where(
            and(
              eq(policyApplications.itemId, itemId),
              inArray(policyApplications.status, ['approved', 'accepted']),
              input.applicationIds ? inArray(policyApplications.id, input.applicationIds) : undefined,
            ),
          )
          .orderBy(policyApplications.id)
          .for('update');
        const found = new Set(waiting.map((a) => a.id));
        const strays = (input.applicationIds ?? []).filter((id) => !found.has(id));
        if (waiting.length === 0 || strays.length > 0)
          throw applicationErrors.noticeEmpty(
            undefined,
            strays.map((id) => ({ applicationId: id })),
          );
        const on = today();
        const endsOn = addWorkingDays(on, input.workingDays, await loadCalendar(tx));
        const now = clock.now();
        const [notice] = await tx
          .insert(policyNotices)
          .values({
            itemId,
            startsOn: on,
            endsOn,
            workingDays: input.workingDays,
            note: input.note,
            createdBy: who.userId,
            createdAt: now,
          })
          .returning();
        if (!notice) throw applicationErrors.noticeNotFound();
        await recordAudit(tx, actor, {
          action: 'policy.notice.create',
          entity: 'policy_notice',
          entityId: notice.id,
          after: notice,
        });
        for (const row of waiting) {
          await move(tx, actor, row, 'publicise', 'publicised', { noticeId: notice.id }, now, {
            noticeId: notice.id,
            endsOn,
          });
          await notifyOrg(tx, row.orgId, {
            kind: 'policy.application_publicised',
            params: { title: item.title, endsOn, amount: row.approvedFen },
            link: myLink(row.id),
          });
        }
        const { items } = await notices(tx, sql`n.id = ${notice.id}`, { page: 1, pageSize: 1 });
        return items[0] as PolicyNotice;
      });
    },

    /** An objection received during a notice (to the notice, or to one application on it), recorded as received. */
    async object(actor: Actor | null, noticeId: number, body: ObjectionInput) {
      const input = objectionInputSchema.parse(body);
      return db.transaction(async (tx) => {
        const [notice] = await tx.select().from(policyNotices).where(eq(policyNotices.id, noticeId));
        if (!notice) throw applicationErrors.noticeNotFound();
        const item = await lockItem(tx, notice.itemId);
        const who = authorize(actor, APPLICATION_ACTIONS.review, { department: item?.department });
        let row: typeof policyApplications.$inferSelect | undefined;
        if (input.applicationId !== null) {
          [row] = await tx
            .select()
            .from(policyApplications)
            .where(and(eq(policyApplications.id, input.applicationId), eq(policyApplications.noticeId, noticeId)))
            .for('update');
          if (!row) throw applicationErrors.notFound();
        }
        const now = clock.now();
        const [objection] = await tx
          .insert(policyNoticeObjections)
          .values({ noticeId, ...input, recordedBy: who.userId, recordedAt: now })
          .returning();
        await recordAudit(tx, actor, {
          action: 'policy.notice.objection',
          entity: 'policy_notice',
          entityId: noticeId,
          after: objection,
        });
        if (row) await recordEvent(tx, actor, row, 'objection', row.status, { objectionId: objection?.id }, now);
        return objection?.id ?? 0;
      });
    },

    /** The public page: notices, newest first, with the enterprises and amounts still listed. */
    async list(q: z.output<typeof policyNoticeQuerySchema>) {
      const c = [sql`true`];
      if (q.running !== undefined)
        c.push(q.running ? sql`n.ends_on >= ${today()}::date` : sql`n.ends_on < ${today()}::date`);
      if (q.q)
        c.push(sql`(i.title ILIKE ${likeFragment(q.q)} OR EXISTS (
          SELECT 1 FROM policy_applications a JOIN org_directory o ON o.id = a.org_id
          WHERE a.notice_id = n.id AND a.status IN ${LISTED} AND o.name ILIKE ${likeFragment(q.q)}))`);
      const { items, total } = await notices(db, sql.join(c, sql` AND `), q);
      return pageOf(items, total, q);
    },

    async get(id: number) {
      const { items } = await notices(db, sql`n.id = ${id}`, { page: 1, pageSize: 1 });
      if (!items[0]) throw applicationErrors.noticeNotFound();
      return items[0];
    },
  };
}
export type Notices = ReturnType<typeof createNotices>;
