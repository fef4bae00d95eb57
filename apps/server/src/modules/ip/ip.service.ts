import type {
  IpEventInput,
  IpRecord,
  IpRecordDetail,
  IpRecordInputParsed,
  IpVerificationBody,
  ipEventInputSchema,
  ipListQuerySchema,
} from '@cz/shared';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { commonErrors } from '../../kernel/errors.ts';
import type { EventBus } from '../../kernel/events.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { attachUploads } from '../upload/index.ts';
import { ipErrors } from './ip.errors.ts';
import { IP_ACTIONS } from './ip.permissions.ts';
import { classOfRow, type IpRecordView, type IpRepository } from './ip.repository.ts';
import type { IpRecordRow } from './ip.table.ts';
import './ip.events.ts';

export const toIpRecord = (r: IpRecordView): IpRecord => ({
  ...r,
  ipClass: classOfRow(r),
  verifiedAt: r.verifiedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The fields whose change a verified record must be checked again for (a new fee due date needs no check). */
const CHECKED_FIELDS = [
  'kind',
  'number',
  'title',
  'holders',
  'appliedOn',
  'grantedOn',
  'expiresOn',
  'legalStatus',
  'acquisition',
] as const;

/** Turns the database's refusal of a duplicate number into the registry's error. */
export async function guardDuplicateNumber<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'ip_records_number_key')) throw ipErrors.duplicateNumber();
    throw err;
  }
}

/** The acting member's organisation: registering IP needs one. */
export function memberOrgOf(actor: Actor | null): number {
  if (!actor) throw commonErrors.unauthenticated();
  if (!actor.orgId) throw ipErrors.notMember();
  return actor.orgId;
}

export function createIpService({
  db,
  ip,
  clock,
  events,
}: {
  db: Db;
  ip: IpRepository;
  clock: Clock;
  events?: EventBus;
}) {
  /**
   * Runs a write to one record and announces `ip.counts-changed` (in the write's transaction) when the record counts
   * differently afterwards: now, no longer, or in the other class. One record's change moves its organisation's
   * Ⅰ类/Ⅱ类 counts exactly then, so a rejection or an edit of a pending record announces nothing. New records
   * (entered or imported) wait for verification and count only once verified: their writes need no announcement.
   */
  async function announcingCounts<T>(
    tx: Tx,
    actor: Actor | null,
    record: { id: number; orgId: number },
    write: () => Promise<T>,
  ): Promise<T> {
    const before = await ip.countedClass(tx, record.id);
    const result = await write();
    if ((await ip.countedClass(tx, record.id)) !== before)
      await events?.emit(tx, actor, 'ip.counts-changed', { orgId: record.orgId });
    return result;
  }

  /** A record the actor may read: its organisation's members, and the administration. Others learn nothing. */
  async function readable(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const row = await ip.view(tx, id);
    if (!row || !(can(actor, IP_ACTIONS.readAll) || row.orgId === actor.orgId)) throw ipErrors.notFound();
    return row;
  }

  /** A record the actor may change: only members of the holding organisation (locked for the change). */
  async function owned(tx: Tx, actor: Actor | null, id: number): Promise<IpRecordRow> {
    if (!actor) throw commonErrors.unauthenticated();
    const row = await ip.byId(tx, id, true);
    if (!row || row.orgId !== actor.orgId) {
      if (row && can(actor, IP_ACTIONS.readAll)) throw commonErrors.forbidden('only the holder edits its records');
      throw ipErrors.notFound();
    }
    return row;
  }

  async function detail(tx: Tx, id: number): Promise<IpRecordDetail> {
    const [row, events] = await Promise.all([ip.view(tx, id), ip.events(tx, id)]);
    if (!row) throw ipErrors.notFound();
    return {
      ...toIpRecord(row),
      events: events.map((e) => ({
        id: e.id,
        kind: e.kind,
        occurredOn: e.occurredOn,
        note: e.note,
        createdAt: e.createdAt.toISOString(),
      })),
    };
  }

  return {
    /** Members see their organisation's records; the administration everyone's, filtered by organisation if asked. */
    async list(actor: Actor | null, q: z.output<typeof ipListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const orgId = can(actor, IP_ACTIONS.readAll) ? q.orgId : memberOrgOf(actor);
      const { items, total } = await ip.list({ ...q, orgId }, pageWindow(q), q.sort);
      return pageOf(items.map(toIpRecord), total, q);
    },

    async get(actor: Actor | null, id: number) {
      await readable(db, actor, id);
      return detail(db, id);
    },

    async create(actor: Actor | null, input: IpRecordInputParsed) {
      const orgId = memberOrgOf(actor);
      return db.transaction(async (tx) => {
        const [row] = await guardDuplicateNumber(() =>
          ip.insert(tx, [
            { ...input, orgId, createdBy: actor?.userId ?? null, createdAt: clock.now(), updatedAt: clock.now() },
          ]),
        );
        if (!row) throw new Error('insert returned nothing');
        await recordAudit(tx, actor, { action: 'ip.create', entity: 'ip_record', entityId: row.id, after: row });
        return detail(tx, row.id);
      });
    },

    /**
     * Changes a record. A verified (or rejected) record whose checked facts change waits for the administration
     * again: the counts rest only on what was checked against the certificate.
     */
    async update(actor: Actor | null, id: number, input: IpRecordInputParsed) {
      return db.transaction(async (tx) => {
        const before = await owned(tx, actor, id);
        const changed = CHECKED_FIELDS.some((f) => (before[f] ?? null) !== (input[f] ?? null));
        const recheck = changed && before.verification !== 'pending';
        const after = await announcingCounts(tx, actor, before, () =>
          guardDuplicateNumber(() =>
            ip.update(tx, id, {
              ...input,
              updatedAt: clock.now(),
              ...(recheck ? { verification: 'pending', verifiedAt: null, verifiedBy: null, rejectReason: null } : {}),
            }),
          ),
        );
        await recordAudit(tx, actor, { action: 'ip.update', entity: 'ip_record', entityId: id, before, after });
        return detail(tx, id);
      });
    },

    /** Records an event (append-only). A termination (终止) ends the right: the record becomes 失效. */
    async addEvent(actor: Actor | null, id: number, input: z.output<typeof ipEventInputSchema> | IpEventInput) {
      return db.transaction(async (tx) => {
        const record = await owned(tx, actor, id);
        if (input.occurredOn < record.appliedOn) throw ipErrors.eventBeforeApplication();
        // A transfer (转让) dated today or earlier, or a termination (终止), ends the record's counting.
        await announcingCounts(tx, actor, record, async () => {
          const event = await ip.insertEvent(tx, {
            recordId: id,
            kind: input.kind,
            occurredOn: input.occurredOn,
            note: input.note ?? '',
            createdBy: actor?.userId ?? null,
            createdAt: clock.now(),
          });
          await recordAudit(tx, actor, { action: 'ip.event', entity: 'ip_record', entityId: id, after: event });
          if (input.kind === 'termination' && record.legalStatus !== 'lapsed') {
            await ip.update(tx, id, { legalStatus: 'lapsed', updatedAt: clock.now() });
            await recordAudit(tx, actor, {
              action: 'ip.lapse',
              entity: 'ip_record',
              entityId: id,
              before: { legalStatus: record.legalStatus },
              after: { legalStatus: 'lapsed', eventId: event.id },
            });
          }
        });
        return detail(tx, id);
      });
    },

    /**
     * Attaches the certificate (an upload the member holds) through the upload module; its holder organisation may
     * read it, and so may the administration. A new certificate of a verified record is checked again.
     */
    async attachCertificate(actor: Actor | null, id: number, hash: string) {
      return db.transaction(async (tx) => {
        const before = await owned(tx, actor, id);
        await attachUploads(tx, actor as Actor, { kind: 'ip_certificate', id, orgIds: [before.orgId] }, [hash]);
        const recheck = before.certificate !== hash && before.verification !== 'pending';
        const after = await announcingCounts(tx, actor, before, () =>
          ip.update(tx, id, {
            certificate: hash,
            updatedAt: clock.now(),
            ...(recheck ? { verification: 'pending', verifiedAt: null, verifiedBy: null, rejectReason: null } : {}),
          }),
        );
        await recordAudit(tx, actor, {
          action: 'ip.certificate',
          entity: 'ip_record',
          entityId: id,
          before: { certificate: before.certificate, verification: before.verification },
          after: { certificate: after.certificate, verification: after.verification },
        });
        return detail(tx, id);
      });
    },

    /** The administration checks a pending record against its certificate: verified, or rejected with a reason. */
    async decide(actor: Actor | null, id: number, body: IpVerificationBody) {
      authorize(actor, IP_ACTIONS.verify);
      return db.transaction(async (tx) => {
        const before = await ip.byId(tx, id, true);
        if (!before) throw ipErrors.notFound();
        if (before.verification !== 'pending') throw ipErrors.notPending();
        if (body.decision === 'verify' && !before.certificate) throw ipErrors.noCertificate();
        const now = clock.now();
        const after = await announcingCounts(tx, actor, before, () =>
          ip.update(tx, id, {
            verification: body.decision === 'verify' ? 'verified' : 'rejected',
            verifiedAt: now,
            verifiedBy: actor?.userId ?? null,
            rejectReason: body.decision === 'reject' ? body.reason : null,
            updatedAt: now,
          }),
        );
        await recordAudit(tx, actor, {
          action: body.decision === 'verify' ? 'ip.verify' : 'ip.reject',
          entity: 'ip_record',
          entityId: id,
          before: { verification: before.verification },
          after: { verification: after.verification, rejectReason: after.rejectReason },
        });
        await notifyOrg(tx, before.orgId, {
          kind: body.decision === 'verify' ? 'ip.verified' : 'ip.rejected',
          params: { title: before.title, number: before.number, reason: after.rejectReason },
          link: `/my/ip/${id}`,
        });
        return detail(tx, id);
      });
    },

    /** An organisation's counted Ⅰ类/Ⅱ类 records: its members read their own, the administration anyone's. */
    async classCounts(actor: Actor | null, orgId: number | undefined) {
      if (!actor) throw commonErrors.unauthenticated();
      if (can(actor, IP_ACTIONS.readAll)) {
        if (orgId === undefined) throw commonErrors.validation('name the organisation (orgId)');
        return ip.classCounts(db, orgId);
      }
      const own = memberOrgOf(actor);
      if (orgId !== undefined && orgId !== own) throw commonErrors.forbidden();
      return ip.classCounts(db, own);
    },
  };
}
export type IpService = ReturnType<typeof createIpService>;
