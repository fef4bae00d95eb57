import type { ProviderSummary, SubsidyRule } from '@cz/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors, createError } from '../../kernel/errors.ts';
import type { SharingRepository } from './sharing.repository.ts';
import { proposeSubsidy, summariseProviders } from './subsidy.ts';

export const sharingErrors = {
  noRule: createError('sharing.no_rule', 404, 'no 后补助 rule has been set for that year'),
};

type RuleRow = {
  year: number;
  owner_percent: string;
  owner_cap: number;
  exclude_related: boolean;
  min_share_percent: string;
};
const toRule = (r: RuleRow): SubsidyRule => ({
  year: r.year,
  ownerPercent: Number(r.owner_percent),
  ownerCap: Number(r.owner_cap),
  excludeRelated: r.exclude_related,
  minSharePercent: Number(r.min_share_percent),
});

export function createSharingService({ db, sharing }: { db: Db; sharing: SharingRepository }) {
  /** Admins see every provider; a provider's users see their own instruments. */
  function scopeOf(actor: Actor | null, providerId?: number): number | undefined {
    if (!actor) throw commonErrors.unauthenticated();
    if (isAdmin(actor)) return providerId;
    if (actor.role === 'provider' && actor.orgId && (providerId === undefined || providerId === actor.orgId))
      return actor.orgId;
    throw commonErrors.forbidden();
  }

  async function rule(year: number): Promise<SubsidyRule | null> {
    const { rows } = await db.execute(sql`SELECT * FROM subsidy_rules WHERE year = ${year}`);
    return rows[0] ? toRule(rows[0] as RuleRow) : null;
  }

  const fen = (v: number) => v / 100;

  async function stats(actor: Actor | null, year: number, providerId?: number) {
    const scope = scopeOf(actor, providerId);
    const instruments = await sharing.instrumentStats(year, scope);
    return { year, instruments, providers: summariseProviders(instruments) };
  }

  return {
    stats,

    async getRule(actor: Actor | null, year: number) {
      if (!isAdmin(actor)) throw actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      const r = await rule(year);
      if (!r) throw sharingErrors.noRule();
      return r;
    },

    async putRule(actor: Actor | null, r: SubsidyRule) {
      if (!isAdmin(actor)) throw actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const before = await tx.execute(sql`SELECT * FROM subsidy_rules WHERE year = ${r.year} FOR UPDATE`);
        await tx.execute(sql`
          INSERT INTO subsidy_rules (year, owner_percent, owner_cap, exclude_related, min_share_percent, updated_by, updated_at)
          VALUES (${r.year}, ${r.ownerPercent}, ${r.ownerCap}, ${r.excludeRelated}, ${r.minSharePercent}, ${actor?.userId}, now())
          ON CONFLICT (year) DO UPDATE SET owner_percent = EXCLUDED.owner_percent, owner_cap = EXCLUDED.owner_cap,
            exclude_related = EXCLUDED.exclude_related, min_share_percent = EXCLUDED.min_share_percent,
            updated_by = EXCLUDED.updated_by, updated_at = now()`);
        await recordAudit(tx, actor, {
          action: 'sharing.subsidy_rule',
          entity: 'subsidy_rule',
          entityId: r.year,
          before: before.rows[0] ? toRule(before.rows[0] as RuleRow) : undefined,
          after: r,
        });
        return r;
      });
    },

    /** Each provider's proposed 后补助 for the year under that year's rule. */
    async subsidy(actor: Actor | null, year: number) {
      if (!isAdmin(actor)) throw actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      const r = await rule(year);
      if (!r) throw sharingErrors.noRule();
      const providers = summariseProviders(await sharing.instrumentStats(year));
      const proposals = providers.map((p: ProviderSummary) => proposeSubsidy(p, r));
      return { rule: r, proposals, total: proposals.reduce((sum, p) => sum + p.proposed, 0) };
    },

    /** The year's statistics (and the subsidy proposals, for admins with a rule) as an Excel workbook. */
    async workbook(actor: Actor | null, year: number, providerId?: number): Promise<Buffer> {
      const { instruments, providers } = await stats(actor, year, providerId);
      const wb = new ExcelJS.Workbook();
      const s1 = wb.addWorksheet(`仪器 Instruments ${year}`);
      s1.columns = [
        { header: '仪器 Instrument', key: 'instrumentName', width: 28 },
        { header: '机构 Provider', key: 'providerName', width: 24 },
        { header: '原值(元) Original value', key: 'originalValue', width: 14 },
        { header: '大型 Large', key: 'isLarge', width: 8 },
        { header: '有效工作机时 Effective h', key: 'effectiveHours', width: 12 },
        { header: '对外服务机时 External h', key: 'externalHours', width: 12 },
        { header: '共享率 Share rate', key: 'shareRate', width: 10 },
        { header: '对内收入(元) Internal revenue', key: 'internalRevenue', width: 14 },
        { header: '对外收入(元) External revenue', key: 'externalRevenue', width: 14 },
        { header: '关联方收入(元) Related-party', key: 'relatedRevenue', width: 14 },
        { header: '服务企业数 Enterprises', key: 'enterprisesServed', width: 10 },
        { header: '预约 Bookings', key: 'bookings', width: 8 },
        { header: '爽约 No-shows', key: 'noShows', width: 8 },
        { header: '评分 Rating', key: 'rating', width: 8 },
        { header: '收益率 Yield', key: 'yieldRate', width: 10 },
      ];
      for (const r of instruments) {
        s1.addRow({
          ...r,
          originalValue: fen(r.originalValue),
          isLarge: r.isLarge ? '是' : '否',
          internalRevenue: fen(r.internalRevenue),
          externalRevenue: fen(r.externalRevenue),
          relatedRevenue: fen(r.relatedRevenue),
        });
      }
      const s2 = wb.addWorksheet(`机构 Providers ${year}`);
      s2.columns = [
        { header: '机构 Provider', key: 'providerName', width: 24 },
        { header: '仪器数 Instruments', key: 'instruments', width: 10 },
        { header: '有效工作机时 Effective h', key: 'effectiveHours', width: 12 },
        { header: '对外服务机时 External h', key: 'externalHours', width: 12 },
        { header: '共享率 Share rate', key: 'shareRate', width: 10 },
        { header: '对外收入(元) External revenue', key: 'externalRevenue', width: 14 },
        { header: '后补助建议(元) Proposed subsidy', key: 'proposed', width: 14 },
      ];
      const r = isAdmin(actor) ? await rule(year) : null;
      for (const p of providers) {
        s2.addRow({
          ...p,
          externalRevenue: fen(p.externalRevenue),
          proposed: r ? fen(proposeSubsidy(p, r).proposed) : '',
        });
      }
      for (const sheet of [s1, s2]) {
        sheet.getRow(1).font = { bold: true };
        sheet.views = [{ state: 'frozen', ySplit: 1 }];
      }
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
export type SharingService = ReturnType<typeof createSharingService>;
