import {
  acceptedMimes,
  isMultiple,
  isPerYear,
  type MaterialInputParsed,
  type MaterialPatch,
  type MaterialReviewBody,
  type materialListQuerySchema,
  type resolveBodySchema,
  shanghaiDate,
  type vaultQuerySchema,
} from '@cz/shared';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit, recordAudits } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import { attachUploads, storedFiles } from '../upload/index.ts';
import { materialsErrors } from './materials.errors.ts';
import { guardMaterialWrite, toMaterial } from './materials.mapper.ts';
import { MATERIALS_ACTIONS } from './materials.permissions.ts';
import type { MaterialsRepository } from './materials.repository.ts';
import type { MaterialsSupply } from './materials.supply.ts';
import type { MaterialRow } from './materials.table.ts';

/** The upload attachment of a material's file: its organisation reads it, and so does the administration. */
const attachment = (m: { id: number; orgId: number }) => ({ kind: 'material', id: m.id, orgIds: [m.orgId] });

const PERIOD_FIELDS = ['year', 'validFrom', 'validTo'] as const;

/** Members (role enterprise) of the organisation keep its vault, and the administration keeps every one. */
export function managesVault(actor: Actor | null, orgId: number): boolean {
  if (!actor) return false;
  return can(actor, MATERIALS_ACTIONS.manageAll) || (actor.role === 'enterprise' && actor.orgId === orgId);
}

export function assertManagesVault(actor: Actor | null, orgId: number): Actor {
  if (!actor) throw commonErrors.unauthenticated();
  if (!managesVault(actor, orgId)) throw materialsErrors.notMember();
  return actor;
}

export function createMaterialsService({
  db,
  repo,
  supply,
  clock,
}: {
  db: Db;
  repo: MaterialsRepository;
  supply: MaterialsSupply;
  clock: Clock;
}) {
  const today = () => shanghaiDate(clock.now());

  /** A material of the organisation, locked for a change; another organisation's is not found. */
  async function ofOrg(tx: Tx, orgId: number, id: number): Promise<MaterialRow> {
    const row = await repo.byId(tx, id, true);
    if (!row || row.orgId !== orgId) throw materialsErrors.notFound();
    return row;
  }

  async function answer(tx: Tx, id: number) {
    const row = await repo.view(tx, id);
    if (!row) throw materialsErrors.notFound();
    return toMaterial(row, today());
  }

  return {
    /** One enterprise's vault: current materials unless told, validity on `on` (today unless told). */
    async vault(actor: Actor | null, orgId: number, q: z.output<typeof vaultQuerySchema>) {
      assertManagesVault(actor, orgId);
      const on = q.on ?? today();
      const { items, total } = await repo.list(
        { orgId, kind: q.kind, status: q.status, q: q.q, today: on },
        pageWindow(q),
      );
      return pageOf(
        items.map((r) => toMaterial(r, on)),
        total,
        q,
      );
    },

    /** The administration's list over every enterprise, with its filters. */
    async list(actor: Actor | null, q: z.output<typeof materialListQuerySchema>) {
      authorize(actor, MATERIALS_ACTIONS.manageAll);
      const on = today();
      const { items, total } = await repo.list({ ...q, today: on }, pageWindow(q), q.sort);
      return pageOf(
        items.map((r) => toMaterial(r, on)),
        total,
        q,
      );
    },

    /**
     * Puts a material into the vault. Of a kind held once per period, it supersedes the current one of its kind and
     * period (its year; the kind's one for dated kinds); `replaces` names the one it replaces otherwise. The old one
     * is kept, marked superseded. The file must be one the actor uploaded (or may read) and of a type the kind takes.
     */
    async create(actor: Actor | null, orgId: number, input: MaterialInputParsed) {
      const who = assertManagesVault(actor, orgId);
      return db.transaction(async (tx) => {
        await repo.lockKind(tx, orgId, input.kind);
        const file = (await storedFiles(tx, [input.file])).get(input.file);
        if (!file) throw materialsErrors.fileMissing();
        const accepted = acceptedMimes(input.kind);
        if (!accepted.includes(file.mime)) throw materialsErrors.fileType(undefined, [{ mime: file.mime, accepted }]);

        const superseding = new Map<number, MaterialRow>();
        if (input.replaces !== undefined) {
          const replaced = await ofOrg(tx, orgId, input.replaces);
          if (replaced.kind !== input.kind) throw materialsErrors.replaceMismatch();
          if (replaced.status !== 'current') throw materialsErrors.superseded();
          superseding.set(replaced.id, replaced);
        }
        const periodKnown = !isPerYear(input.kind) || input.year !== null;
        if (!isMultiple(input.kind) && periodKnown)
          for (const row of await repo.currentOfPeriod(
            tx,
            orgId,
            input.kind,
            isPerYear(input.kind) ? input.year : null,
          ))
            superseding.set(row.id, row);
        if (input.askedFor)
          await supply.recordUploadFor(tx, {
            orgId,
            kind: input.kind,
            year: input.year,
            usedBy: input.askedFor,
            actor: who,
          });

        const now = clock.now();
        const old = [...superseding.keys()];
        // The old ones stop being current before the new one is written (the one-current index), then name it.
        await repo.markSuperseded(tx, old, now);
        const row = await guardMaterialWrite(() =>
          repo.insert(tx, {
            orgId,
            kind: input.kind,
            title: input.title,
            year: input.year,
            validFrom: input.validFrom,
            validTo: input.validTo,
            notes: input.notes,
            file: input.file,
            fileName: file.name,
            ipRecordId: input.ipRecordId,
            createdBy: who.userId,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await repo.pointSuperseded(tx, old, row.id);
        await attachUploads(tx, who, attachment(row), [input.file]);
        await recordAudits(tx, who, [
          { action: 'materials.create', entity: 'material', entityId: row.id, after: row },
          ...old.map((id) => ({
            action: 'materials.supersede',
            entity: 'material',
            entityId: id,
            before: { status: 'current' },
            after: { status: 'superseded', supersededBy: row.id },
          })),
        ]);
        return answer(tx, row.id);
      });
    },

    /**
     * Corrects a current material's title, notes or period — while no application uses it (a used one is kept as it
     * was: a correction is a new material). A new period sends a checked or rejected material back to the check.
     */
    async update(actor: Actor | null, orgId: number, id: number, patch: MaterialPatch) {
      const who = assertManagesVault(actor, orgId);
      return db.transaction(async (tx) => {
        const before = await ofOrg(tx, orgId, id);
        if (before.status !== 'current') throw materialsErrors.superseded();
        if ((await repo.useCount(tx, id)) > 0) throw materialsErrors.inUse();
        const periodChanged = PERIOD_FIELDS.some((f) => patch[f] !== undefined && patch[f] !== before[f]);
        const recheck = periodChanged && before.review !== 'pending';
        const after = await guardMaterialWrite(() =>
          repo.update(tx, id, {
            ...patch,
            updatedAt: clock.now(),
            ...(recheck ? { review: 'pending', reviewedAt: null, reviewedBy: null, rejectReason: null } : {}),
          }),
        );
        await recordAudit(tx, who, { action: 'materials.update', entity: 'material', entityId: id, before, after });
        return answer(tx, id);
      });
    },

    /** The administration checks a current material, or rejects it with a reason; the enterprise is told. */
    async review(actor: Actor | null, orgId: number, id: number, body: MaterialReviewBody) {
      const who = authorize(actor, MATERIALS_ACTIONS.review);
      return db.transaction(async (tx) => {
        const before = await ofOrg(tx, orgId, id);
        if (before.status !== 'current') throw materialsErrors.superseded();
        const now = clock.now();
        const reason = body.decision === 'reject' ? body.reason : null;
        const after = await repo.update(tx, id, {
          review: body.decision === 'check' ? 'checked' : 'rejected',
          reviewedAt: now,
          reviewedBy: who.userId,
          rejectReason: reason,
          updatedAt: now,
        });
        await recordAudit(tx, who, {
          action: body.decision === 'check' ? 'materials.check' : 'materials.reject',
          entity: 'material',
          entityId: id,
          before: { review: before.review, rejectReason: before.rejectReason },
          after: { review: after.review, rejectReason: after.rejectReason },
        });
        await notifyOrg(tx, orgId, {
          kind: body.decision === 'check' ? 'materials.checked' : 'materials.rejected',
          params: { title: before.title, reason },
          link: '/my/materials',
        });
        return answer(tx, id);
      });
    },

    /** What an application form would get from the vault (members of the organisation and the administration). */
    async resolve(actor: Actor | null, orgId: number, body: z.output<typeof resolveBodySchema>) {
      assertManagesVault(actor, orgId);
      return supply.resolve(orgId, body.requirements, body.onDate ?? today());
    },

    async metrics(actor: Actor | null, range: { from?: string | undefined; to?: string | undefined }) {
      authorize(actor, MATERIALS_ACTIONS.manageAll);
      return supply.askedAgain(db, range);
    },
  };
}
export type MaterialsService = ReturnType<typeof createMaterialsService>;
