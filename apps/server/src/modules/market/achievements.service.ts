import type {
  Achievement,
  AchievementDetail,
  achievementInputSchema,
  achievementListQuerySchema,
  achievementReviewSchema,
} from '@cz/shared/market';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { can } from '../../kernel/policy.ts';
import type { IpApi } from '../ip/index.ts';
import type { OrgApi } from '../org/index.ts';
import { readableAchievementFiles, shareAchievementFiles } from './achievements.files.ts';
import type { AchievementRepository, AchievementRow } from './achievements.repository.ts';
import { createListingFlow } from './listing-flow.ts';
import { marketErrors } from './market.errors.ts';
import { achievementMatchColumns } from './market.match-text.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

type View = NonNullable<Awaited<ReturnType<AchievementRepository['view']>>>;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const toAchievement = (r: View): Achievement => ({
  id: r.id,
  ownerOrgId: r.ownerOrgId,
  ownerName: r.ownerName,
  ownerKind: r.ownerKind,
  title: r.title,
  summary: r.summary,
  field: r.field,
  stage: r.stage,
  maturityEvidence: r.maturityEvidence,
  transferModes: r.transferModes,
  priceFen: r.priceFen,
  negotiable: r.negotiable,
  keywords: r.keywords,
  team: r.team,
  ipRecordIds: r.ipRecordIds,
  attachmentsPublic: r.attachmentsPublic,
  status: r.status,
  reviewNote: r.reviewNote,
  publishedAt: iso(r.publishedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * 科技成果 on the market: members of a verified organisation write and submit them, the administration reviews them
 * (publish, or return with the reason), the public browses the published ones. Every change is audited.
 */
export function createAchievementService({
  db,
  onPublicChange = () => {},
  achievements,
  orgs,
  ip,
  clock,
}: {
  db: Db;
  /** Told when what the public sees may have changed (a publication, a withdrawal): the match's statistics. */
  onPublicChange?: () => void;
  achievements: AchievementRepository;
  orgs: OrgApi;
  ip: IpApi;
  clock: Clock;
}) {
  const flow = createListingFlow<AchievementRow>({
    kind: 'achievement',
    store: achievements,
    orgs,
    clock,
    notFound: () => marketErrors.notFound(),
  });

  async function checkIp(tx: Tx, orgId: number, ids: readonly number[]) {
    const own = new Set(await ip.ownRecordIds(tx, orgId, ids));
    const foreign = ids.filter((id) => !own.has(id));
    if (foreign.length) throw marketErrors.foreignIp(`not the owner's: ${foreign.join(', ')}`);
  }

  /** The achievement with the files the actor may open. */
  async function detail(tx: Tx | Db, actor: Actor | null, row: View): Promise<AchievementDetail> {
    return { ...toAchievement(row), attachments: await readableAchievementFiles(tx, actor, row) };
  }

  /** After a change: who may read its files follows it (achievements.files.ts), and the answer is read back. */
  async function answer(tx: Tx, actor: Actor | null, id: number) {
    await shareAchievementFiles(tx, actor as Actor, id);
    const row = await achievements.view(tx, id);
    if (!row) throw marketErrors.notFound();
    return detail(tx, actor, row);
  }

  return {
    /**
     * The public sees published achievements; an organisation's members see all of its own (`ownerOrgId`), and the
     * administration everything.
     */
    async list(actor: Actor | null, q: z.output<typeof achievementListQuerySchema>) {
      const all = can(actor, MARKET_ACTIONS.readAll);
      const own = q.ownerOrgId !== undefined && actor?.orgId === q.ownerOrgId;
      const { items, total } = await achievements.list({ ...q, publicOnly: !(all || own) }, pageWindow(q));
      return pageOf(items.map(toAchievement), total, q);
    },

    async get(actor: Actor | null, id: number) {
      const row = await achievements.view(db, id);
      const visible =
        row && (row.status === 'published' || can(actor, MARKET_ACTIONS.readAll) || actor?.orgId === row.ownerOrgId);
      if (!row || !visible) throw marketErrors.notFound();
      return detail(db, actor, row);
    },

    async create(actor: Actor | null, input: z.output<typeof achievementInputSchema>) {
      return db.transaction(async (tx) => {
        const org = await flow.ownerOf(tx, actor);
        await checkIp(tx, org.id, input.ipRecordIds);
        const now = clock.now();
        const row = await achievements.insert(tx, {
          ...input,
          ...achievementMatchColumns(input),
          ownerOrgId: org.id,
          createdBy: (actor as Actor).userId,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(tx, actor, {
          action: 'market.achievement.create',
          entity: flow.entity,
          entityId: row.id,
          after: {
            title: row.title,
            field: row.field,
            stage: row.stage,
            priceFen: row.priceFen,
            attachments: row.attachments,
            attachmentsPublic: row.attachmentsPublic,
          },
        });
        return answer(tx, actor, row.id);
      });
    },

    /** Changes a draft, a returned or a withdrawn achievement; a submitted or published one is withdrawn first. */
    async update(actor: Actor | null, id: number, input: z.output<typeof achievementInputSchema>) {
      return db.transaction(async (tx) => {
        const before = await flow.owned(tx, actor, id);
        await checkIp(tx, before.ownerOrgId, input.ipRecordIds);
        await flow.edit(tx, actor, id, { ...input, ...achievementMatchColumns(input) }, (r) => ({
          title: r.title,
          summary: r.summary,
          priceFen: r.priceFen,
          attachments: r.attachments,
          attachmentsPublic: r.attachmentsPublic,
        }));
        return answer(tx, actor, id);
      });
    },

    /** The owner sends it for review; the administration is told. */
    async submit(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => answer(tx, actor, (await flow.submit(tx, actor, id)).id));
    },

    /** The owner takes it off the market (or back from review). */
    async withdraw(actor: Actor | null, id: number) {
      const done = await db.transaction(async (tx) => answer(tx, actor, (await flow.withdraw(tx, actor, id)).id));
      onPublicChange();
      return done;
    },

    /** The administration publishes a submitted achievement, or returns it with the reason; the owner is told. */
    async review(actor: Actor | null, id: number, body: z.output<typeof achievementReviewSchema>) {
      const done = await db.transaction(async (tx) => answer(tx, actor, (await flow.review(tx, actor, id, body)).id));
      onPublicChange();
      return done;
    },
  };
}
export type AchievementService = ReturnType<typeof createAchievementService>;
