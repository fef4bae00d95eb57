import {
  isPerYear,
  type MaterialKind,
  type MaterialRequirement,
  type MaterialUsedBy,
  type Resolution,
  type ResolveResult,
  requiredYears,
  resolveRequirement,
  shanghaiDate,
} from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit, recordAudits } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { materialsErrors } from './materials.errors.ts';
import { toMaterial } from './materials.mapper.ts';
import type { MaterialsRepository } from './materials.repository.ts';

export type AttachInput = {
  orgId: number;
  materialIds: number[];
  usedBy: MaterialUsedBy;
  /** Who attaches (for the audit log); the platform itself when absent. */
  actor?: Actor | null;
};

export type UploadAsked = {
  orgId: number;
  kind: MaterialKind;
  /** Per-year kinds: the year asked for (the last completed year when absent). */
  year?: number | null;
  /** Other kinds: the date the material must be valid on (the day of asking when absent). */
  validOn?: string | null;
  /** The application that asks; its id may not exist yet (a draft). */
  usedBy: Omit<MaterialUsedBy, 'id'> & { id: number | null };
  onDate?: string;
  actor?: Actor | null;
};

/** What other areas get of the vault: see the façade's comment in index.ts. */
export function createMaterialsSupply({ db, repo, clock }: { db: Db; repo: MaterialsRepository; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());

  return {
    /**
     * Per requirement, the valid current materials of the organisation that satisfy it, or what is missing and why
     * (`resolveRequirement` in @cz/shared). Read-only; `onDate` is the date of the check (Asia/Shanghai today unless
     * told); `tx` the caller's transaction, when it has one.
     */
    async resolve(
      orgId: number,
      requirements: MaterialRequirement[],
      onDate: string = today(),
      tx: Tx = db,
    ): Promise<ResolveResult> {
      const kinds = [...new Set(requirements.map((r) => r.kind))];
      const rows = await repo.current(tx, orgId, kinds);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const items: Resolution[] = requirements.map((requirement) => {
        const ofKind = rows.filter((r) => r.kind === requirement.kind);
        const r = resolveRequirement(requirement, ofKind, onDate);
        return {
          requirement,
          satisfied: r.satisfied,
          materials: r.supplied.flatMap((id) => {
            const m = byId.get(id);
            return m ? [toMaterial(m, onDate)] : [];
          }),
          missing: r.missing,
        };
      });
      return { onDate, complete: items.every((i) => i.satisfied), items };
    },

    /**
     * Records that an application uses these materials, inside the application's transaction. Each must be a current,
     * unrejected material of the applicant (`materials.not_attachable` names the others, and nothing is recorded). A
     * used material is never deleted or changed in place (trigger `materials_keep`); superseding it keeps it as it was.
     * Attaching the same material to the same record again changes nothing.
     */
    async attach(tx: Tx, input: AttachInput): Promise<{ attached: number }> {
      const ids = [...new Set(input.materialIds)];
      const rows = await repo.lockMany(tx, ids);
      const refused = ids.filter((id) => {
        const r = rows.find((x) => x.id === id);
        return !r || r.orgId !== input.orgId || r.status !== 'current' || r.review === 'rejected';
      });
      if (refused.length > 0)
        throw materialsErrors.notAttachable(
          undefined,
          refused.map((id) => ({ id })),
        );
      const now = clock.now();
      const inserted = await repo.insertUses(
        tx,
        ids.map((materialId) => ({
          materialId,
          area: input.usedBy.area,
          entity: input.usedBy.entity,
          entityId: input.usedBy.id,
          usedAt: now,
          usedBy: input.actor?.userId ?? null,
        })),
      );
      if (inserted > 0)
        await recordAudits(
          tx,
          input.actor ?? null,
          ids.map((id) => ({ action: 'materials.use', entity: 'material', entityId: id, after: input.usedBy })),
        );
      return { attached: ids.length };
    },

    /**
     * The application flow had to ask the enterprise for an upload: records it, and whether a valid material of that
     * kind (and year) was in the vault at that moment — a valid material asked for again, which the flow avoids by
     * resolving first. Call it before the new upload is put into the vault.
     */
    async recordUploadFor(
      tx: Tx,
      ask: UploadAsked,
    ): Promise<{ askedAgain: boolean; existingMaterialId: number | null }> {
      const onDate = ask.onDate ?? today();
      const perYear = isPerYear(ask.kind);
      const year = perYear ? (ask.year ?? requiredYears('latest', onDate)[0] ?? null) : null;
      const requirement: MaterialRequirement = perYear
        ? { kind: ask.kind, year: year ?? undefined }
        : { kind: ask.kind, validOn: ask.validOn ?? undefined };
      const found = resolveRequirement(requirement, await repo.current(tx, ask.orgId, [ask.kind]), onDate);
      const existing = found.satisfied ? (found.supplied[0] ?? null) : null;
      const row = await repo.insertRequest(tx, {
        orgId: ask.orgId,
        kind: ask.kind,
        year,
        area: ask.usedBy.area,
        entity: ask.usedBy.entity,
        entityId: ask.usedBy.id,
        validExisted: existing !== null,
        existingMaterialId: existing,
        askedAt: clock.now(),
      });
      await recordAudit(tx, ask.actor ?? null, {
        action: 'materials.ask',
        entity: 'material_request',
        entityId: row.id,
        after: row,
      });
      return { askedAgain: existing !== null, existingMaterialId: existing };
    },

    /** The zone's measure: uploads asked for, and how many of them although a valid material was in the vault. */
    askedAgain(tx: Tx, range: { from?: string | undefined; to?: string | undefined } = {}) {
      return repo.requestCounts(tx, range);
    },
  };
}
export type MaterialsSupply = ReturnType<typeof createMaterialsSupply>;
