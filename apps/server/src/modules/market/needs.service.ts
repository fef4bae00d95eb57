import { shanghaiDate } from '@cz/shared';
import type { Need, needInputSchema, needListQuerySchema, needReviewSchema } from '@cz/shared/market';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { can } from '../../kernel/policy.ts';
import type { OrgApi } from '../org/index.ts';
import { createListingFlow } from './listing-flow.ts';
import { marketErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import type { NeedRow } from './market.table.ts';
import type { NeedRepository } from './needs.repository.ts';
import type { PushRepository } from './pushes.repository.ts';

type View = NonNullable<Awaited<ReturnType<NeedRepository['view']>>>;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A need as `actor` may read it: a confidential one's details only for its owner, the administration and the
 * `parties` of a confirmed interest (the owners of achievements the need's owner said it is interested in, or
 * inquired about for the need: pushes.repository.ts#interestedOrgIds). Lists
 * leave the details of confidential needs out for everyone but the owner and the administration.
 */
export const toNeed = (r: View, actor: Actor | null, parties: readonly number[] = []): Need => ({
  id: r.id,
  ownerOrgId: r.ownerOrgId,
  ownerName: r.ownerName,
  title: r.title,
  summary: r.summary,
  details:
    r.confidentiality === 'public' ||
    actor?.orgId === r.ownerOrgId ||
    can(actor, MARKET_ACTIONS.readAll) ||
    (actor?.orgId != null && parties.includes(actor.orgId))
      ? r.details
      : null,
  field: r.field,
  targets: r.targets,
  budgetMinFen: r.budgetMinFen,
  budgetMaxFen: r.budgetMaxFen,
  deadline: r.deadline,
  confidentiality: r.confidentiality,
  keywords: r.keywords,
  status: r.status,
  reviewNote: r.reviewNote,
  publishedAt: iso(r.publishedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/**
 * 技术需求 on the market: an organisation states what it needs solved with measurable targets, a budget range and a
 * deadline; the administration reviews it like an achievement, and the public reads the published ones (a
 * confidential one by its summary).
 */
export function createNeedService({
  db,
  needs,
  pushes,
  orgs,
  clock,
}: {
  db: Db;
  needs: NeedRepository;
  pushes: PushRepository;
  orgs: OrgApi;
  clock: Clock;
}) {
  const flow = createListingFlow<NeedRow>({
    kind: 'need',
    store: needs,
    orgs,
    clock,
    notFound: () => marketErrors.needNotFound(),
  });
  const today = () => shanghaiDate(clock.now());

  /** A need is not offered with a deadline that has passed (today in the zone's time still counts). */
  function checkDeadline(deadline: string) {
    if (deadline < today()) throw marketErrors.deadlinePast(`the deadline ${deadline} is before ${today()}`);
  }

  async function answer(tx: Tx, actor: Actor | null, id: number) {
    const row = await needs.view(tx, id);
    if (!row) throw marketErrors.needNotFound();
    return toNeed(row, actor);
  }

  return {
    /**
     * The public sees published needs; an organisation's members see all of its own (`ownerOrgId`), and the
     * administration everything. `open` keeps those whose deadline has not passed.
     */
    async list(actor: Actor | null, q: z.output<typeof needListQuerySchema>) {
      const all = can(actor, MARKET_ACTIONS.readAll);
      const own = q.ownerOrgId !== undefined && actor?.orgId === q.ownerOrgId;
      const { items, total } = await needs.list(
        { ...q, openOn: q.open ? today() : undefined, publicOnly: !(all || own) },
        pageWindow(q),
      );
      return pageOf(
        items.map((r) => toNeed(r, actor)),
        total,
        q,
      );
    },

    async get(actor: Actor | null, id: number) {
      const row = await needs.view(db, id);
      const visible =
        row && (row.status === 'published' || can(actor, MARKET_ACTIONS.readAll) || actor?.orgId === row.ownerOrgId);
      if (!row || !visible) throw marketErrors.needNotFound();
      const parties = row.confidentiality === 'summary' && actor?.orgId ? await pushes.interestedOrgIds(db, id) : [];
      return toNeed(row, actor, parties);
    },

    async create(actor: Actor | null, input: z.output<typeof needInputSchema>) {
      return db.transaction(async (tx) => {
        const org = await flow.ownerOf(tx, actor);
        checkDeadline(input.deadline);
        const now = clock.now();
        const row = await needs.insert(tx, {
          ...input,
          ownerOrgId: org.id,
          createdBy: (actor as Actor).userId,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(tx, actor, {
          action: 'market.need.create',
          entity: flow.entity,
          entityId: row.id,
          after: { title: row.title, field: row.field, budgetMaxFen: row.budgetMaxFen, deadline: row.deadline },
        });
        return answer(tx, actor, row.id);
      });
    },

    /** Changes a draft, a returned or a withdrawn need; a submitted or published one is withdrawn first. */
    async update(actor: Actor | null, id: number, input: z.output<typeof needInputSchema>) {
      return db.transaction(async (tx) => {
        checkDeadline(input.deadline);
        await flow.edit(tx, actor, id, input, (r) => ({
          title: r.title,
          summary: r.summary,
          budgetMinFen: r.budgetMinFen,
          budgetMaxFen: r.budgetMaxFen,
          deadline: r.deadline,
        }));
        return answer(tx, actor, id);
      });
    },

    /** The owner sends it for review (not once its deadline has passed); the administration is told. */
    async submit(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        const row = await flow.owned(tx, actor, id);
        checkDeadline(row.deadline);
        return answer(tx, actor, (await flow.submit(tx, actor, id)).id);
      });
    },

    async withdraw(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => answer(tx, actor, (await flow.withdraw(tx, actor, id)).id));
    },

    /** The administration publishes a submitted need, or returns it with the reason; the owner is told. */
    async review(actor: Actor | null, id: number, body: z.output<typeof needReviewSchema>) {
      return db.transaction(async (tx) => answer(tx, actor, (await flow.review(tx, actor, id, body)).id));
    },
  };
}
export type NeedService = ReturnType<typeof createNeedService>;
