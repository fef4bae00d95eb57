import type { ImportReport } from '@cz/shared';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { auditLog } from '../../kernel/audit/audit.table.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { orgErrors } from './org.errors.ts';
import { type ImportError, parseOrgWorkbook } from './org.excel.ts';
import { normaliseInput } from './org.mapper.ts';
import type { OrgRepository } from './org.repository.ts';
import { guardDuplicateUscc } from './org.service.ts';

/**
 * Excel import of enterprises by an administrator: a dry run reports every bad row; a commit imports all rows in
 * one transaction or none (it re-checks everything, since the registry may have changed since the dry run).
 */
export function createOrgImport({ db, orgs, clock }: { db: Db; orgs: OrgRepository; clock: Clock }) {
  async function check(buffer: Buffer) {
    let parsed: Awaited<ReturnType<typeof parseOrgWorkbook>>;
    try {
      parsed = await parseOrgWorkbook(buffer);
    } catch {
      throw orgErrors.importFile();
    }
    const errors: ImportError[] = [...parsed.errors];
    const firstRowOf = new Map<string, number>();
    for (const { row, uscc } of parsed.codes) {
      const first = firstRowOf.get(uscc);
      if (first !== undefined) {
        errors.push({
          row,
          field: 'uscc',
          code: 'org.duplicate_uscc',
          message: `same 统一社会信用代码 as row ${first}`,
        });
      } else firstRowOf.set(uscc, row);
    }
    const existing = await orgs.existingUscc(db, [...firstRowOf.keys()]);
    for (const [uscc, row] of firstRowOf) {
      if (existing.has(uscc)) {
        errors.push({ row, field: 'uscc', code: 'org.duplicate_uscc', message: `${uscc} is already registered` });
      }
    }
    errors.sort((a, b) => a.row - b.row);
    return { parsed, errors };
  }

  function assertAdmin(actor: Actor | null) {
    if (!actor) throw commonErrors.unauthenticated();
    if (!isAdmin(actor)) throw commonErrors.forbidden();
  }

  return {
    async dryRun(actor: Actor | null, buffer: Buffer): Promise<ImportReport> {
      assertAdmin(actor);
      const { parsed, errors } = await check(buffer);
      const bad = new Set(errors.map((e) => e.row));
      return { total: parsed.total, valid: parsed.total - bad.size, errors, committed: false, created: 0 };
    },

    async commit(actor: Actor | null, buffer: Buffer): Promise<ImportReport> {
      assertAdmin(actor);
      const { parsed, errors } = await check(buffer);
      if (errors.length > 0 || parsed.total === 0) {
        const bad = new Set(errors.map((e) => e.row));
        const report = { total: parsed.total, valid: parsed.total - bad.size, errors, committed: false, created: 0 };
        throw orgErrors.importInvalid(parsed.total === 0 ? 'the file has no rows' : undefined, [report]);
      }
      const now = clock.now();
      const created = await db.transaction(async (tx) => {
        const values = parsed.rows.map(({ value }) => ({
          ...normaliseInput(value),
          status: 'verified' as const,
          verifiedAt: now,
          verifiedBy: actor?.userId ?? null,
        }));
        const inserted = await guardDuplicateUscc(() => orgs.insertMany(tx, values));
        for (let i = 0; i < inserted.length; i += 500) {
          await tx.insert(auditLog).values(
            inserted.slice(i, i + 500).map((row) => ({
              actorId: actor?.userId ?? null,
              action: 'org.import',
              entity: 'organisation',
              entityId: String(row.id),
              after: row,
              ip: actor?.ip ?? null,
              requestId: actor?.requestId ?? null,
            })),
          );
        }
        return inserted.length;
      });
      return { total: parsed.total, valid: parsed.total, errors: [], committed: true, created };
    },
  };
}
export type OrgImport = ReturnType<typeof createOrgImport>;
