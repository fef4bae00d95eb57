import type { FinanceSettings, Label } from '@cz/shared/finance';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { authorize } from '../../kernel/policy.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import { financeLabels, financeSettings } from './finance.table.ts';

const toSettings = (r: typeof financeSettings.$inferSelect) => ({
  firstContactDays: r.firstContactDays,
  followUpDays: r.followUpDays,
  lprBp: r.lprBp,
  servedTarget: r.servedTarget,
  pledgeRegistrationDays: r.pledgeRegistrationDays,
  updatedAt: r.updatedAt.toISOString(),
});

/** The finance office's settings (first-contact days, follow-up days, the LPR, the served target) and the labels. */
export function createFinanceSettings({ db, clock }: { db: Db; clock: Clock }) {
  const read = async (tx: Tx | Db = db) => {
    const [row] = await tx.select().from(financeSettings).where(eq(financeSettings.id, 1));
    return toSettings(row as typeof financeSettings.$inferSelect);
  };
  return {
    read,
    async update(actor: Actor | null, input: FinanceSettings) {
      const who = authorize(actor, FINANCE_ACTIONS.settings);
      return db.transaction(async (tx) => {
        const before = await read(tx);
        const [row] = await tx
          .update(financeSettings)
          .set({
            ...input,
            pledgeRegistrationDays: input.pledgeRegistrationDays ?? before.pledgeRegistrationDays,
            updatedBy: who.userId,
            updatedAt: clock.now(),
          })
          .where(eq(financeSettings.id, 1))
          .returning();
        const after = toSettings(row as typeof financeSettings.$inferSelect);
        await recordAudit(tx, actor, {
          action: 'finance.settings.update',
          entity: 'finance_settings',
          entityId: 1,
          before,
          after,
        });
        return after;
      });
    },
    async labels(tx: Tx | Db = db): Promise<Label[]> {
      const rows = await tx.select().from(financeLabels).orderBy(asc(financeLabels.sort), asc(financeLabels.code));
      return rows.map((r) => ({ code: r.code, zh: r.zh, en: r.en, active: r.active }));
    },
    async putLabel(actor: Actor | null, label: Label) {
      authorize(actor, FINANCE_ACTIONS.settings);
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(financeLabels).where(eq(financeLabels.code, label.code)).for('update');
        const values = { zh: label.zh, en: label.en, active: label.active };
        const [after] = await tx
          .insert(financeLabels)
          .values({ code: label.code, ...values, sort: before?.sort ?? 100 })
          .onConflictDoUpdate({ target: financeLabels.code, set: values })
          .returning();
        await recordAudit(tx, actor, {
          action: 'finance.label.put',
          entity: 'finance_label',
          entityId: null,
          before,
          after,
        });
        return label;
      });
    },
  };
}
export type FinanceSettingsService = ReturnType<typeof createFinanceSettings>;
