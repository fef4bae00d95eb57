import {
  PRODUCT_EDITABLE,
  PRODUCT_TRANSITIONS,
  type Product,
  type ProductAction,
  type productInputSchema,
  type productListQuerySchema,
  type productReviewSchema,
  type productStepSchema,
} from '@cz/shared/finance';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { notifyAdmins, notifyOrg } from '../notification/index.ts';
import { financeErrors } from './finance.errors.ts';
import { FINANCE_ACTIONS } from './finance.permissions.ts';
import type { ProductRow } from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';
import type { ProductRepository } from './products.repository.ts';
import type { FinanceSettingsService } from './settings.service.ts';

type Input = z.output<typeof productInputSchema>;
/** What the finance area asks of the policy area: whether linked items exist. */
export type PolicyItemsLookup = (tx: Tx, ids: readonly number[]) => Promise<Set<number>>;

const columns = (input: Input) => ({
  name: input.name,
  kind: input.kind,
  labels: [...new Set(input.labels)],
  summary: input.summary,
  amountMinFen: input.amount.min,
  amountDefaultFen: input.amount.default,
  amountMaxFen: input.amount.max,
  termMinMonths: input.termMonths.min,
  termDefaultMonths: input.termMonths.default,
  termMaxMonths: input.termMonths.max,
  rateMode: input.rate?.mode ?? null,
  rateMinBp: input.rate?.minBp ?? null,
  rateDefaultBp: input.rate?.defaultBp ?? null,
  rateMaxBp: input.rate?.maxBp ?? null,
  guaranteeKinds: [...new Set(input.guaranteeKinds)],
  collateralKinds: [...new Set(input.collateralKinds)],
  repaymentKinds: [...new Set(input.repaymentKinds)],
  approvalDays: input.approvalDays,
  materials: input.materials,
  regions: input.regions,
  condition: input.condition as ProductRow['condition'],
  policyItemIds: [...new Set(input.policyItemIds)],
});

/**
 * 金融产品 of the 网络金融超市: an institution writes a product with every term as min / default / max and its
 * eligibility in the policy area's rule format, and sends it to the finance office, which publishes it or returns
 * it with the reason; the institution suspends, resumes and retires it. The database holds the same transitions.
 */
export function createProductService({
  db,
  products,
  settings,
  policyItems,
  clock,
}: {
  db: Db;
  products: ProductRepository;
  settings: FinanceSettingsService;
  policyItems: PolicyItemsLookup;
  clock: Clock;
}) {
  async function checkReferences(tx: Tx, input: Input) {
    const active = new Set((await settings.labels(tx)).filter((l) => l.active).map((l) => l.code));
    const unknown = input.labels.filter((l) => !active.has(l));
    if (unknown.length > 0) throw financeErrors.unknownLabel(`unknown labels: ${unknown.join(', ')}`);
    if (input.policyItemIds.length > 0) {
      const found = await policyItems(tx, input.policyItemIds);
      const missing = input.policyItemIds.filter((id) => !found.has(id));
      if (missing.length > 0) throw financeErrors.unknownPolicyItem(`no policy items ${missing.join(', ')}`);
    }
  }

  const answer = async (tx: Tx | Db, id: number) => (await products.view(tx, id)) as Product;

  /** The product, locked, when the actor is a member of its institution (or the finance office). */
  async function owned(tx: Tx, actor: Actor | null, id: number) {
    const row = await products.byId(tx, id, true);
    if (row && can(actor, FINANCE_ACTIONS.review)) return row;
    const inst = await institutionOf(tx, actor);
    if (!row || row.institutionOrgId !== inst.orgId) throw financeErrors.productNotFound();
    return row;
  }

  async function move(tx: Tx, actor: Actor, before: ProductRow, action: ProductAction, extra: Partial<ProductRow>) {
    const t = PRODUCT_TRANSITIONS[action];
    const after = await products.update(tx, before.id, { status: t.to, updatedAt: clock.now(), ...extra }, t.from);
    if (!after) throw financeErrors.productState(`cannot ${action} a product that is ${before.status}`);
    await recordAudit(tx, actor, {
      action: `finance.product.${action}`,
      entity: 'finance_product',
      entityId: before.id,
      before: { status: before.status },
      after: { status: after.status, reviewNote: after.reviewNote },
    });
    return after;
  }

  return {
    /** The public sees published products; an institution all of its own (`mine`); the finance office all. */
    async list(actor: Actor | null, q: z.output<typeof productListQuerySchema>) {
      let filter: Parameters<ProductRepository['list']>[1] = { ...q, statuses: ['published'] };
      if (q.scope === 'mine') {
        const inst = await institutionOf(db, actor);
        filter = { ...q, institutionOrgId: inst.orgId };
      } else if (q.scope === 'all') {
        authorize(actor, FINANCE_ACTIONS.review);
        filter = { ...q };
      }
      const { items, total } = await products.list(db, filter, pageWindow(q));
      return pageOf(items, total, q);
    },

    async get(actor: Actor | null, id: number) {
      const p = await products.view(db, id);
      const visible =
        p &&
        (p.status === 'published' ||
          can(actor, FINANCE_ACTIONS.review) ||
          (actor?.orgId != null && actor.orgId === p.institutionOrgId));
      if (!p || !visible) throw financeErrors.productNotFound();
      return p;
    },

    /** Two to four published products side by side (in the order asked). */
    async compare(ids: readonly number[]) {
      const found = await products.views(db, ids);
      const byId = new Map(found.filter((p) => p.status === 'published').map((p) => [p.id, p]));
      const missing = ids.filter((id) => !byId.has(id));
      if (missing.length > 0) throw financeErrors.productNotFound(`no published products ${missing.join(', ')}`);
      return { items: ids.map((id) => byId.get(id) as Product) };
    },

    async create(actor: Actor | null, input: Input) {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        await checkReferences(tx, input);
        const now = clock.now();
        const row = await products.insert(tx, {
          ...columns(input),
          institutionOrgId: inst.orgId,
          createdBy: (actor as Actor).userId,
          createdAt: now,
          updatedAt: now,
        });
        await recordAudit(tx, actor, {
          action: 'finance.product.create',
          entity: 'finance_product',
          entityId: row.id,
          after: { name: row.name, kind: row.kind, amountMaxFen: row.amountMaxFen },
        });
        return answer(tx, row.id);
      });
    },

    /** Changes a draft or a returned product. */
    async update(actor: Actor | null, id: number, input: Input) {
      return db.transaction(async (tx) => {
        const before = await owned(tx, actor, id);
        if (!PRODUCT_EDITABLE.includes(before.status)) throw financeErrors.notEditable();
        await checkReferences(tx, input);
        const after = await products.update(tx, id, { ...columns(input), updatedAt: clock.now() }, PRODUCT_EDITABLE);
        if (!after) throw financeErrors.notEditable();
        await recordAudit(tx, actor, {
          action: 'finance.product.update',
          entity: 'finance_product',
          entityId: id,
          before: { name: before.name, amountMaxFen: before.amountMaxFen, rateMinBp: before.rateMinBp },
          after: { name: after.name, amountMaxFen: after.amountMaxFen, rateMinBp: after.rateMinBp },
        });
        return answer(tx, id);
      });
    },

    /** The institution's steps: submit, withdraw from review, suspend, resume, retire. */
    async step(actor: Actor | null, id: number, body: z.output<typeof productStepSchema>) {
      return db.transaction(async (tx) => {
        const before = await owned(tx, actor, id);
        const after = await move(tx, actor as Actor, before, body.action, body.note ? { reviewNote: body.note } : {});
        if (body.action === 'submit')
          await notifyAdmins(tx, {
            kind: 'finance.product_submitted',
            params: { name: after.name },
            link: `/admin/finance/products/${id}`,
          });
        return answer(tx, id);
      });
    },

    /** The finance office publishes a submitted product or returns it with the reason; the institution is told. */
    async review(actor: Actor | null, id: number, body: z.output<typeof productReviewSchema>) {
      const who = authorize(actor, FINANCE_ACTIONS.review);
      return db.transaction(async (tx) => {
        const before = await products.byId(tx, id, true);
        if (!before) throw financeErrors.productNotFound();
        const publish = body.decision === 'publish';
        const now = clock.now();
        const after = await move(tx, who, before, publish ? 'publish' : 'return', {
          reviewNote: body.note || null,
          reviewedBy: who.userId,
          reviewedAt: now,
          publishedAt: publish ? now : before.publishedAt,
        });
        await notifyOrg(tx, after.institutionOrgId, {
          kind: publish ? 'finance.product_published' : 'finance.product_returned',
          params: { name: after.name, reason: publish ? '' : body.note },
          link: `/finance-desk/products/${id}`,
        });
        return answer(tx, id);
      });
    },
  };
}
export type ProductService = ReturnType<typeof createProductService>;
