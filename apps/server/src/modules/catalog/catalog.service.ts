import type { Service, serviceInputSchema, serviceListQuerySchema } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import { catalogErrors } from './catalog.errors.ts';
import { CATALOG_ACTIONS } from './catalog.permissions.ts';
import type { CatalogRepository } from './catalog.repository.ts';

type ServiceView = NonNullable<Awaited<ReturnType<CatalogRepository['view']>>>;
export const toService = (r: ServiceView): Service => ({ ...r, createdAt: r.createdAt.toISOString() });

/** The acting provider's organisation, which must be verified to list anything. */
export async function verifiedProviderOf(tx: Tx, actor: Actor | null, orgs: OrgApi) {
  if (!actor) throw commonErrors.unauthenticated();
  if (actor.role !== 'provider' || !actor.orgId) throw catalogErrors.notProvider();
  const org = await orgs.byId(tx, actor.orgId);
  if (org?.status !== 'verified') throw catalogErrors.providerNotVerified();
  return org;
}

export function createCatalogService({
  db,
  catalog,
  orgs,
  clock,
}: {
  db: Db;
  catalog: CatalogRepository;
  orgs: OrgApi;
  clock: Clock;
}) {
  async function loadOwned(tx: Tx, actor: Actor | null, id: number) {
    const row = await catalog.byId(tx, id, true);
    if (!row) throw catalogErrors.notFound();
    if (!actor) throw commonErrors.unauthenticated();
    if (!isAdmin(actor) && row.providerId !== actor.orgId) throw commonErrors.forbidden();
    return row;
  }

  return {
    /** Anyone browses active services of verified providers; a provider also sees its own, admins everything. */
    async list(actor: Actor | null, q: z.output<typeof serviceListQuerySchema>) {
      const own = q.providerId !== undefined && actor?.orgId === q.providerId;
      const { items, total } = await catalog.list(
        { ...q, publicOnly: !(isAdmin(actor) || own) },
        pageWindow(q),
        q.sort,
      );
      return pageOf(items.map(toService), total, q);
    },

    async get(actor: Actor | null, id: number) {
      const row = await catalog.view(db, id);
      if (!row) throw catalogErrors.notFound();
      const visible = row.status === 'active' || isAdmin(actor) || actor?.orgId === row.providerId;
      if (!visible) throw catalogErrors.notFound();
      return toService(row);
    },

    async create(actor: Actor | null, input: z.output<typeof serviceInputSchema>) {
      return db.transaction(async (tx) => {
        const org = await verifiedProviderOf(tx, actor, orgs);
        if (input.category === 'instrument')
          throw catalogErrors.instrumentService('list instruments under 仪器共享 through the instrument form');
        const row = await catalog.insert(
          tx,
          { ...input, price: input.pricing === 'quote' ? null : (input.price ?? null), providerId: org.id },
          [input.description, org.name],
        );
        await recordAudit(tx, actor, {
          action: 'service.create',
          entity: 'service',
          entityId: row.id,
          after: { ...row, search: undefined },
        });
        return toService((await catalog.view(tx, row.id)) as ServiceView);
      });
    },

    async update(actor: Actor | null, id: number, input: z.output<typeof serviceInputSchema>) {
      return db.transaction(async (tx) => {
        const before = await loadOwned(tx, actor, id);
        if (before.category === 'instrument' || input.category === 'instrument')
          throw catalogErrors.instrumentService();
        const org = await orgs.byId(tx, before.providerId);
        const after = await catalog.update(
          tx,
          id,
          { ...input, price: input.pricing === 'quote' ? null : (input.price ?? null) },
          clock.now(),
          {
            title: input.title,
            text: [input.description, org?.name ?? ''],
          },
        );
        await recordAudit(tx, actor, {
          action: 'service.update',
          entity: 'service',
          entityId: id,
          before: { ...before, search: undefined },
          after: { ...after, search: undefined },
        });
        return toService((await catalog.view(tx, id)) as ServiceView);
      });
    },

    async withdraw(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        const before = await loadOwned(tx, actor, id);
        const after = await catalog.update(tx, id, { status: 'withdrawn' }, clock.now());
        await recordAudit(tx, actor, {
          action: 'service.withdraw',
          entity: 'service',
          entityId: id,
          before: { status: before.status },
          after: { status: after.status },
        });
        return toService((await catalog.view(tx, id)) as ServiceView);
      });
    },

    /** The administration suspends every active listing of a provider at once, or reinstates the suspended ones. */
    async suspendProvider(
      actor: Actor | null,
      providerId: number,
      body: { action: 'suspend'; reason: string } | { action: 'reinstate' },
    ) {
      authorize(actor, CATALOG_ACTIONS.suspendListings);
      return db.transaction(async (tx) => {
        const org = await orgs.byId(tx, providerId);
        if (!org) throw catalogErrors.notFound('no such provider');
        const [from, to, reason] =
          body.action === 'suspend'
            ? (['active', 'suspended', body.reason] as const)
            : (['suspended', 'active', null] as const);
        const { rows } = await tx.execute(sql`
          UPDATE services SET status = ${to}, suspend_reason = ${reason}, updated_at = ${clock.now()}
          WHERE provider_id = ${providerId} AND status = ${from} RETURNING id`);
        const ids = rows.map((r) => Number(r.id));
        await recordAudit(tx, actor, {
          action: `service.provider_${body.action}`,
          entity: 'organisation',
          entityId: providerId,
          before: { status: from, services: ids },
          after: { status: to, reason },
        });
        await notifyOrg(tx, providerId, {
          kind: `service.provider_${body.action}`,
          params: { count: ids.length, reason },
        });
        return { changed: ids.length };
      });
    },

    /** The administration suspends a listing (with a reason the provider sees) or reinstates it. */
    async suspend(
      actor: Actor | null,
      id: number,
      body: { action: 'suspend'; reason: string } | { action: 'reinstate' },
    ) {
      authorize(actor, CATALOG_ACTIONS.suspendListings);
      return db.transaction(async (tx) => {
        const before = await catalog.byId(tx, id, true);
        if (!before) throw catalogErrors.notFound();
        const set =
          body.action === 'suspend'
            ? { status: 'suspended' as const, suspendReason: body.reason }
            : { status: 'active' as const, suspendReason: null };
        const after = await catalog.update(tx, id, set, clock.now());
        await recordAudit(tx, actor, {
          action: `service.${body.action}`,
          entity: 'service',
          entityId: id,
          before: { status: before.status, suspendReason: before.suspendReason },
          after: { status: after.status, suspendReason: after.suspendReason },
        });
        await notifyOrg(tx, before.providerId, {
          kind: `service.${body.action}`,
          params: { title: before.title, reason: body.action === 'suspend' ? body.reason : null },
          link: `/services/${id}`,
        });
        return toService((await catalog.view(tx, id)) as ServiceView);
      });
    },
  };
}
export type CatalogService = ReturnType<typeof createCatalogService>;
