import { shanghaiDate } from '@cz/shared';
import {
  RIGHTS_CASE_MOVES,
  type RightsCase,
  type RightsCaseDetail,
  type RightsCaseStatus,
  type rightsCaseInputSchema,
  type rightsCaseListQuerySchema,
  type rightsCaseMoveSchema,
  type rightsCaseNoteInputSchema,
} from '@cz/shared/ip';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyOrg, notifyUsers } from '../notification/index.ts';
import { attachUploads, storedFiles } from '../upload/index.ts';
import { rightsErrors } from './ip.errors.ts';
import { IP_ACTIONS } from './ip.permissions.ts';

const EVIDENCE_FILES = 'ip_rights_case';

type Row = {
  id: number;
  org_id: number;
  org_name: string;
  kind: RightsCase['kind'];
  title: string;
  description: string;
  counterparty: string;
  ip_record_id: number | null;
  evidence: string[];
  status: RightsCaseStatus;
  expert_id: number | null;
  expert_name: string | null;
  agency_org_id: number | null;
  agency_name: string | null;
  due_on: string | null;
  outcome: string | null;
  wilful_infringer_org_id: number | null;
  submitted_at: string;
  closed_at: string | null;
};
const FROM = sql`
  FROM ip_rights_cases c
  JOIN org_directory o ON o.id = c.org_id
  LEFT JOIN user_directory u ON u.id = c.expert_id
  LEFT JOIN org_directory a ON a.id = c.agency_org_id`;
const SELECT = sql`SELECT c.*, o.name AS org_name, u.display_name AS expert_name, a.name AS agency_name ${FROM}`;

/** A case's title, its parties (the asking organisation, the other side) or its number (编号) holding `q`. */
function matching(q: string): SQL {
  const like = likeFragment(q);
  const number = /^\d{1,15}$/.test(q) ? sql` OR c.id = ${Number(q)}` : sql``;
  return sql`(c.title ILIKE ${like} OR c.counterparty ILIKE ${like} OR o.name ILIKE ${like}${number})`;
}

/**
 * 知识产权维权援助. An enterprise's member asks for help with its evidence; the administration accepts the case,
 * assigns an IP expert or an IP service agency (a verified organisation of kind 'provider') or both, and a deadline,
 * and moves it (处理中, 调解, 移送) to its close with an outcome — naming, when wilful infringement was found, the
 * infringing organisation, which then has a credit record (view ip_credit_records). The assigned expert and the
 * agency's members read the case and record consultations. Every step is audited; the enterprise and whoever is
 * assigned are told.
 */
export function createRightsService({ db, clock }: { db: Db; clock: Clock }) {
  const manage = (actor: Actor | null) => authorize(actor, IP_ACTIONS.verify);
  const today = () => shanghaiDate(clock.now());

  /** A case as read, with its evidence's names from `files` (storedFiles of every listed case at once). */
  function toCase(r: Row, files: Map<string, { name: string }>): RightsCase {
    const due = r.due_on ? String(r.due_on).slice(0, 10) : null;
    return {
      id: Number(r.id),
      orgId: Number(r.org_id),
      orgName: r.org_name,
      kind: r.kind,
      title: r.title,
      description: r.description,
      counterparty: r.counterparty,
      ipRecordId: r.ip_record_id === null ? null : Number(r.ip_record_id),
      evidence: r.evidence.map((hash) => ({ hash, name: files.get(hash)?.name ?? hash.slice(0, 12) })),
      status: r.status,
      expertId: r.expert_id === null ? null : Number(r.expert_id),
      expertName: r.expert_name,
      agencyOrgId: r.agency_org_id === null ? null : Number(r.agency_org_id),
      agencyName: r.agency_name,
      dueOn: due,
      overdue: due !== null && !['closed', 'declined'].includes(r.status) && today() > due,
      outcome: r.outcome,
      wilfulInfringerOrgId: r.wilful_infringer_org_id === null ? null : Number(r.wilful_infringer_org_id),
      submittedAt: new Date(r.submitted_at).toISOString(),
      closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    };
  }
  async function row(tx: Tx, id: number, forUpdate = false) {
    if (forUpdate) await tx.execute(sql`SELECT 1 FROM ip_rights_cases WHERE id = ${id} FOR UPDATE`);
    const { rows } = await tx.execute(sql`${SELECT} WHERE c.id = ${id}`);
    return rows[0] as Row | undefined;
  }
  async function detail(tx: Tx, id: number): Promise<RightsCaseDetail> {
    const r = (await row(tx, id)) as Row;
    const { rows } = await tx.execute(sql`
      SELECT n.id, n.kind, u.display_name AS author_name, n.body, n.created_at
      FROM ip_rights_case_notes n JOIN user_directory u ON u.id = n.author_id
      WHERE n.case_id = ${id} ORDER BY n.id`);
    return {
      ...toCase(r, await storedFiles(tx, r.evidence)),
      notes: (rows as { id: number; kind: string; author_name: string; body: string; created_at: string }[]).map(
        (n) => ({
          id: Number(n.id),
          kind: n.kind as 'note' | 'consultation' | 'status',
          authorName: n.author_name,
          body: n.body,
          createdAt: new Date(n.created_at).toISOString(),
        }),
      ),
    };
  }
  /** The case for its organisation, its assigned expert, the members of its assigned agency, and the administration. */
  async function readable(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const r = await row(tx, id);
    const mine = r && actor.orgId === Number(r.org_id);
    const assigned =
      r &&
      ((r.expert_id !== null && Number(r.expert_id) === actor.userId) ||
        (r.agency_org_id !== null && actor.orgId === Number(r.agency_org_id)));
    if (!r || !(mine || assigned || can(actor, IP_ACTIONS.readAll))) throw rightsErrors.notFound();
    return { r, assigned: !!assigned };
  }
  const note = (tx: Tx, caseId: number, kind: string, authorId: number, body: string) =>
    tx.execute(sql`
      INSERT INTO ip_rights_case_notes (case_id, kind, author_id, body, created_at)
      VALUES (${caseId}, ${kind}, ${authorId}, ${body}, ${clock.now().toISOString()})`);

  return {
    async submit(actor: Actor | null, input: z.output<typeof rightsCaseInputSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw rightsErrors.notMember();
      const orgId = actor.orgId;
      return db.transaction(async (tx) => {
        if (input.ipRecordId !== null) {
          const { rows } = await tx.execute(
            sql`SELECT 1 FROM ip_records WHERE id = ${input.ipRecordId} AND org_id = ${orgId}`,
          );
          if (rows.length === 0) throw rightsErrors.foreignRecord();
        }
        const now = clock.now().toISOString();
        const { rows } = await tx.execute(sql`
          INSERT INTO ip_rights_cases (org_id, kind, title, description, counterparty, ip_record_id, evidence,
                                       submitted_by, submitted_at, updated_at)
          VALUES (${orgId}, ${input.kind}, ${input.title}, ${input.description}, ${input.counterparty},
                  ${input.ipRecordId}, ${`{${input.evidence.join(',')}}`}::text[], ${actor.userId}, ${now}, ${now})
          RETURNING id`);
        const id = Number((rows[0] as { id: number }).id);
        await attachUploads(tx, actor, { kind: EVIDENCE_FILES, id, orgIds: [orgId] }, input.evidence);
        await recordAudit(tx, actor, {
          action: 'ip.case.submit',
          entity: 'ip_rights_case',
          entityId: id,
          after: { kind: input.kind, title: input.title, evidence: input.evidence.length },
        });
        return detail(tx, id);
      });
    },

    /**
     * The administration's moves: accept (expert and/or agency, deadline), decline, 处理中 / 调解 / 移送, close with
     * the outcome.
     */
    async move(actor: Actor | null, id: number, m: z.output<typeof rightsCaseMoveSchema>) {
      const a = manage(actor);
      return db.transaction(async (tx) => {
        const r = await row(tx, id, true);
        if (!r) throw rightsErrors.notFound();
        if (!RIGHTS_CASE_MOVES[r.status].includes(m.to)) throw rightsErrors.badMove(`${r.status} → ${m.to}`);
        const now = clock.now().toISOString();
        let text: string;
        if (m.to === 'accepted') {
          if (m.expertId !== null) {
            const { rows } = await tx.execute(
              sql`SELECT 1 FROM user_directory WHERE id = ${m.expertId} AND role = 'expert' AND status = 'active'`,
            );
            if (rows.length === 0) throw rightsErrors.notExpert();
          }
          // An IP service agency is a verified service provider; never the asking organisation itself.
          if (m.agencyOrgId !== null) {
            const { rows } = await tx.execute(sql`
              SELECT 1 FROM org_directory
              WHERE id = ${m.agencyOrgId} AND kind = 'provider' AND status = 'verified' AND id <> ${r.org_id}`);
            if (rows.length === 0) throw rightsErrors.notAgency();
          }
          await tx.execute(sql`
            UPDATE ip_rights_cases SET status = 'accepted', expert_id = ${m.expertId}, agency_org_id = ${m.agencyOrgId},
                   due_on = ${m.dueOn}, updated_at = ${now}
            WHERE id = ${id}`);
          const link = `/my/ip-cases/${id}`;
          if (m.expertId !== null)
            await notifyUsers(tx, [m.expertId], { kind: 'ip.case_assigned', params: { title: r.title }, link });
          if (m.agencyOrgId !== null)
            await notifyOrg(tx, m.agencyOrgId, { kind: 'ip.case_assigned_agency', params: { title: r.title }, link });
          text = `受理，办理期限 ${m.dueOn}${m.note ? `：${m.note}` : ''}`;
        } else if (m.to === 'declined') {
          await tx.execute(sql`
            UPDATE ip_rights_cases SET status = 'declined', outcome = ${m.note}, closed_at = ${now}, updated_at = ${now}
            WHERE id = ${id}`);
          text = `不予受理：${m.note}`;
        } else if (m.to === 'closed') {
          if (m.wilfulInfringerOrgId !== null) {
            const { rows } = await tx.execute(
              sql`SELECT 1 FROM org_directory WHERE id = ${m.wilfulInfringerOrgId} AND id <> ${r.org_id}`,
            );
            if (rows.length === 0) throw rightsErrors.badInfringer();
          }
          await tx.execute(sql`
            UPDATE ip_rights_cases SET status = 'closed', outcome = ${m.outcome},
                   wilful_infringer_org_id = ${m.wilfulInfringerOrgId}, closed_at = ${now}, updated_at = ${now}
            WHERE id = ${id}`);
          text = `结案：${m.outcome}`;
        } else {
          await tx.execute(sql`UPDATE ip_rights_cases SET status = ${m.to}, updated_at = ${now} WHERE id = ${id}`);
          text = `${{ handling: '处理中', mediation: '调解', transferred: '移送' }[m.to]}${m.note ? `：${m.note}` : ''}`;
        }
        await note(tx, id, 'status', a.userId, text);
        await recordAudit(tx, a, {
          action: `ip.case.${m.to}`,
          entity: 'ip_rights_case',
          entityId: id,
          before: { status: r.status },
          after: m,
        });
        await notifyOrg(tx, Number(r.org_id), {
          kind: 'ip.case_moved',
          params: { title: r.title, status: m.to },
          link: `/my/ip-cases/${id}`,
        });
        return detail(tx, id);
      });
    },

    /** A note: the enterprise's, the administration's, or a consultation of the assigned expert or agency. */
    async addNote(actor: Actor | null, id: number, body: z.output<typeof rightsCaseNoteInputSchema>) {
      return db.transaction(async (tx) => {
        const { r, assigned } = await readable(tx, actor, id);
        const a = actor as Actor;
        if (['closed', 'declined'].includes(r.status)) throw rightsErrors.badMove('the case is closed');
        const kind = body.consultation && assigned ? 'consultation' : 'note';
        await note(tx, id, kind, a.userId, body.body);
        await tx.execute(sql`UPDATE ip_rights_cases SET updated_at = ${clock.now().toISOString()} WHERE id = ${id}`);
        await recordAudit(tx, a, {
          action: kind === 'consultation' ? 'ip.case.consult' : 'ip.case.note',
          entity: 'ip_rights_case',
          entityId: id,
          after: { length: body.body.length },
        });
        if (a.orgId !== Number(r.org_id))
          await notifyOrg(tx, Number(r.org_id), {
            kind: 'ip.case_note',
            params: { title: r.title },
            link: `/my/ip-cases/${id}`,
          });
        return detail(tx, id);
      });
    },

    async get(actor: Actor | null, id: number) {
      await readable(db, actor, id);
      return detail(db, id);
    },

    async list(actor: Actor | null, q: z.output<typeof rightsCaseListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      let scope: SQL;
      if (q.scope === 'all') {
        if (!can(actor, IP_ACTIONS.readAll)) throw commonErrors.forbidden();
        scope = sql`true`;
      } else if (q.scope === 'assigned')
        scope = sql`(c.expert_id = ${actor.userId} OR c.agency_org_id = ${actor.orgId ?? -1})`;
      else scope = sql`c.org_id = ${actor.orgId ?? -1}`;
      const where = sql.join(
        [scope, q.status ? sql`c.status = ${q.status}` : null, q.q ? matching(q.q) : null].filter((x) => x !== null),
        sql` AND `,
      );
      const { rows } = await db.execute(sql`
        ${SELECT} WHERE ${where}
        ORDER BY (c.status IN ('closed', 'declined')), c.due_on NULLS FIRST, c.id DESC
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
      const { rows: n } = await db.execute(sql`SELECT count(*)::int AS n ${FROM} WHERE ${where}`);
      const files = await storedFiles(
        db,
        (rows as Row[]).flatMap((r) => r.evidence),
      );
      return {
        items: (rows as Row[]).map((r) => toCase(r, files)),
        total: Number((n[0] as { n: number }).n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}
export type RightsService = ReturnType<typeof createRightsService>;
