import { type MarketSettings, registrationNumber } from '@cz/shared/market';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { authorize } from '../../kernel/policy.ts';
import { marketSettings } from './deals.table.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

/** The market's one settings row (migration 0037 inserts it with the defaults). */
export async function loadSettings(tx: Tx, forUpdate = false): Promise<MarketSettings> {
  const q = tx.select().from(marketSettings).where(eq(marketSettings.id, 1));
  const [r] = forUpdate ? await q.for('update') : await q;
  if (!r) throw new Error('market_settings has no row: run the migrations');
  return {
    noticeDays: r.noticeDays,
    workingDays: r.workingDays,
    reviewWorkingDays: r.reviewWorkingDays,
    reviewThresholdFen: r.reviewThresholdFen,
    numberLayout: r.numberLayout,
    provinceCode: r.provinceCode,
    cityCode: r.cityCode,
    pointCode: r.pointCode,
    refusalReasons: r.refusalReasons,
    tradeBaseYear: r.tradeBaseYear,
    tradeBaseFen: r.tradeBaseFen,
    tradeTargetMultiple: Number(r.tradeTargetMultiple),
    tradeTargetYear: r.tradeTargetYear,
  };
}

/**
 * The notice period, the registration time limits, the registration number's layout and codes, and the refusal
 * reasons: read by every member (the forms show them), changed by the administration, audited.
 */
export function createSettingsService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    get: () => loadSettings(db),
    async update(actor: Actor | null, input: MarketSettings) {
      authorize(actor, MARKET_ACTIONS.settings);
      // The codes must fill the layout's letters exactly: a number is never cut or padded.
      try {
        registrationNumber(
          { year: 2026, province: input.provinceCode, city: input.cityCode, point: input.pointCode, serial: 1 },
          input.numberLayout,
        );
      } catch (err) {
        throw commonErrors.validation((err as Error).message);
      }
      if (new Set(input.refusalReasons.map((r) => r.code)).size !== input.refusalReasons.length)
        throw commonErrors.validation('refusal reason codes must be unique');
      if (input.tradeTargetYear <= input.tradeBaseYear)
        throw commonErrors.validation('the target year must come after the base year');
      return db.transaction(async (tx) => {
        const before = await loadSettings(tx, true);
        await tx
          .update(marketSettings)
          .set({ ...input, updatedBy: actor?.userId ?? null, updatedAt: clock.now() })
          .where(eq(marketSettings.id, 1));
        await recordAudit(tx, actor, {
          action: 'market.settings.update',
          entity: 'market_settings',
          entityId: 1,
          before,
          after: input,
        });
        return loadSettings(tx);
      });
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
