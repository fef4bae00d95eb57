import type { ImportReport } from '@cz/shared';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudits } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { ipErrors } from './ip.errors.ts';
import { type ImportError, parseIpWorkbook } from './ip.excel.ts';
import type { IpRepository } from './ip.repository.ts';
import { guardDuplicateNumber, memberOrgOf } from './ip.service.ts';

/**
 * Excel import of an organisation's records by its member: a dry run reports every bad row (row number, column,
 * code) and changes nothing; a commit checks everything again and imports all rows in one transaction, or none.
 * Imported records wait for the administration's verification like records entered one by one.
 */
export function createIpImport({ db, ip, clock }: { db: Db; ip: IpRepository; clock: Clock }) {
  async function check(buffer: Buffer) {
    let parsed: Awaited<ReturnType<typeof parseIpWorkbook>>;
    try {
      parsed = await parseIpWorkbook(buffer);
    } catch {
      throw ipErrors.importFile();
    }
    const errors: ImportError[] = [...parsed.errors];
    const firstRowOf = new Map<string, number>();
    for (const { row, value } of parsed.rows) {
      const key = `${value.kind}:${value.number}`;
      const first = firstRowOf.get(key);
      if (first !== undefined)
        errors.push({ row, field: 'number', code: 'ip.duplicate_number', message: `same number as row ${first}` });
      else firstRowOf.set(key, row);
    }
    const existing = await ip.existingNumbers(
      db,
      parsed.rows.map((r) => r.value),
    );
    for (const [key, row] of firstRowOf)
      if (existing.has(key))
        errors.push({
          row,
          field: 'number',
          code: 'ip.duplicate_number',
          message: `${key.split(':')[1]} is already registered`,
        });
    errors.sort((a, b) => a.row - b.row);
    const bad = new Set(errors.map((e) => e.row));
    const report: ImportReport = {
      total: parsed.total,
      valid: parsed.total - bad.size,
      errors,
      committed: false,
      created: 0,
    };
    return { parsed, report };
  }

  return {
    async dryRun(actor: Actor | null, buffer: Buffer): Promise<ImportReport> {
      memberOrgOf(actor);
      return (await check(buffer)).report;
    },

    async commit(actor: Actor | null, buffer: Buffer): Promise<ImportReport> {
      const orgId = memberOrgOf(actor);
      const { parsed, report } = await check(buffer);
      if (report.errors.length > 0 || parsed.total === 0)
        throw ipErrors.importInvalid(parsed.total === 0 ? 'the file has no rows' : undefined, [report]);
      const now = clock.now();
      const created = await db.transaction(async (tx) => {
        const inserted = await guardDuplicateNumber(() =>
          ip.insert(
            tx,
            parsed.rows.map(({ value }) => ({
              ...value,
              orgId,
              createdBy: actor?.userId ?? null,
              createdAt: now,
              updatedAt: now,
            })),
          ),
        );
        await recordAudits(
          tx,
          actor,
          inserted.map((row) => ({ action: 'ip.import', entity: 'ip_record', entityId: row.id, after: row })),
        );
        return inserted.length;
      });
      return { ...report, valid: parsed.total, committed: true, created };
    },
  };
}
export type IpImport = ReturnType<typeof createIpImport>;
