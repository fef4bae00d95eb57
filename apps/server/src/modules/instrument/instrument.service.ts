import {
  type Availability,
  addDays,
  type Instrument,
  type instrumentInputSchema,
  type instrumentListQuerySchema,
  openWindows,
  shanghaiInstant,
} from '@cz/shared';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import type { CatalogApi } from '../catalog/index.ts';
import { userDirectory } from '../identity/index.ts';
import type { OrgApi } from '../org/index.ts';
import { attachUploads } from '../upload/index.ts';
import { instrumentErrors } from './instrument.errors.ts';
import type { InstrumentRepository, InstrumentView } from './instrument.repository.ts';

type Input = z.output<typeof instrumentInputSchema>;

export const toInstrument = (v: InstrumentView): Instrument => v;

function splitInput(input: Input) {
  const { description, voucherEligible, region, ...instrument } = input;
  return { instrument, listing: { description, voucherEligible, region } };
}

/** What finds an instrument besides its name: model, maker, parameters, sample requirements, provider. */
const searchTextOf = (input: Input, providerName: string) => [
  input.description,
  input.model,
  input.manufacturer,
  input.sampleRequirements,
  ...input.parameters.map((p) => `${p.name} ${p.value}`),
  providerName,
];

export function createInstrumentService(deps: {
  db: Db;
  instruments: InstrumentRepository;
  catalog: CatalogApi;
  orgs: OrgApi;
  clock: Clock;
}) {
  const { db, instruments, catalog, orgs, clock } = deps;

  /** The instrument, which the actor (its provider's user or an admin) may manage. */
  async function loadManaged(tx: Tx, actor: Actor | null, id: number) {
    if (!actor) throw commonErrors.unauthenticated();
    const row = await instruments.byId(tx, id, 'update');
    if (!row) throw instrumentErrors.notFound();
    if (!isAdmin(actor) && actor.orgId !== row.providerId) throw commonErrors.forbidden();
    return row;
  }

  /** Photos are public: only the provider's own uploads (or photos public already) become an instrument's photos. */
  const attachPhotos = (tx: Tx, actor: Actor, id: number, providerId: number, photos: string[]) =>
    attachUploads(tx, actor, { kind: 'instrument_photo', id, orgIds: [providerId], public: true }, photos);

  const canSeeHidden = (actor: Actor | null, providerId: number) => isAdmin(actor) || actor?.orgId === providerId;

  return {
    async list(actor: Actor | null, q: z.output<typeof instrumentListQuerySchema>) {
      const own = q.providerId !== undefined && actor?.orgId === q.providerId;
      const { items, total } = await instruments.list(
        { ...q, publicOnly: !(isAdmin(actor) || own) },
        pageWindow(q),
        q.sort,
      );
      return pageOf(items, total, q);
    },

    async get(actor: Actor | null, id: number) {
      const v = await instruments.view(db, id);
      if (!v) throw instrumentErrors.notFound();
      if (v.listingStatus !== 'active' && !canSeeHidden(actor, v.providerId)) throw instrumentErrors.notFound();
      return toInstrument(v);
    },

    /** A verified provider lists an instrument; its catalog entry (仪器共享, priced per hour) is created with it. */
    async create(actor: Actor | null, input: Input) {
      return db.transaction(async (tx) => {
        const org = await catalog.verifiedProvider(tx, actor);
        const { instrument, listing } = splitInput(input);
        const service = await catalog.insert(
          tx,
          {
            providerId: org.id,
            category: 'instrument',
            title: input.name,
            description: listing.description,
            pricing: 'hourly',
            price: input.priceExternal,
            region: listing.region,
            voucherEligible: listing.voucherEligible,
          },
          searchTextOf(input, org.name),
        );
        const row = await instruments.insert(tx, { ...instrument, providerId: org.id, serviceId: service.id });
        await attachPhotos(tx, actor as Actor, row.id, org.id, input.photos);
        await recordAudit(tx, actor, {
          action: 'instrument.create',
          entity: 'instrument',
          entityId: row.id,
          after: row,
        });
        return toInstrument((await instruments.view(tx, row.id)) as InstrumentView);
      });
    },

    async update(actor: Actor | null, id: number, input: Input) {
      return db.transaction(async (tx) => {
        const before = await loadManaged(tx, actor, id);
        const { instrument, listing } = splitInput(input);
        const now = clock.now();
        await attachPhotos(tx, actor as Actor, id, before.providerId, input.photos);
        const after = await instruments.update(tx, id, instrument, now);
        const org = await orgs.byId(tx, before.providerId);
        await catalog.update(tx, before.serviceId, { title: input.name, price: input.priceExternal, ...listing }, now, {
          title: input.name,
          text: searchTextOf(input, org?.name ?? ''),
        });
        await recordAudit(tx, actor, {
          action: 'instrument.update',
          entity: 'instrument',
          entityId: id,
          before,
          after,
        });
        return toInstrument((await instruments.view(tx, id)) as InstrumentView);
      });
    },

    async addBlackout(actor: Actor | null, id: number, body: { start: string; end: string; reason: string }) {
      const start = new Date(body.start);
      const end = new Date(body.end);
      if (!(end > start)) throw instrumentErrors.badRange();
      return db.transaction(async (tx) => {
        await loadManaged(tx, actor, id);
        const blackoutId = await instruments.addBlackout(tx, id, start, end, body.reason, actor?.userId ?? null);
        await recordAudit(tx, actor, {
          action: 'instrument.blackout.add',
          entity: 'instrument',
          entityId: id,
          after: { blackoutId, start, end, reason: body.reason },
        });
        return { id: blackoutId };
      });
    },

    async removeBlackout(actor: Actor | null, id: number, blackoutId: number) {
      await db.transaction(async (tx) => {
        await loadManaged(tx, actor, id);
        if (!(await instruments.removeBlackout(tx, id, blackoutId))) throw instrumentErrors.blackoutNotFound();
        await recordAudit(tx, actor, {
          action: 'instrument.blackout.remove',
          entity: 'instrument',
          entityId: id,
          before: { blackoutId },
        });
      });
    },

    async qualifications(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        await loadManaged(tx, actor, id);
        return (await instruments.qualifications(tx, id)).map((q) => ({
          ...q,
          grantedAt: new Date(q.grantedAt).toISOString(),
        }));
      });
    },

    /** The provider records that a user completed the instrument's training (or withdraws it). */
    async setQualification(actor: Actor | null, id: number, userId: number, granted: boolean) {
      await db.transaction(async (tx) => {
        await loadManaged(tx, actor, id);
        const [user] = await tx
          .select({ id: userDirectory.id })
          .from(userDirectory)
          .where(and(eq(userDirectory.id, userId), eq(userDirectory.status, 'active')));
        if (!user) throw instrumentErrors.notQualifiable();
        const changed = granted
          ? await instruments.grant(tx, id, userId, actor?.userId as number)
          : await instruments.revoke(tx, id, userId);
        if (changed) {
          await recordAudit(tx, actor, {
            action: granted ? 'instrument.qualification.grant' : 'instrument.qualification.revoke',
            entity: 'instrument',
            entityId: id,
            after: { userId },
          });
        }
      });
    },

    /**
     * Free and busy time from `from` to `to` (local dates, inclusive): the opening windows, the blocking bookings
     * with their buffers, and blackouts. Who booked is shown only to the booker and the provider.
     */
    async availability(actor: Actor | null, id: number, from: string, to: string): Promise<Availability> {
      if (to < from) throw instrumentErrors.badRange();
      const rangeStart = shanghaiInstant(from);
      const rangeEnd = shanghaiInstant(addDays(to, 1));
      if (rangeEnd.getTime() - rangeStart.getTime() > 62 * 86_400_000) throw instrumentErrors.rangeTooLong();
      // Three independent reads in parallel; nothing is shown unless the instrument is visible to the actor.
      const [v, busy, blackouts] = await Promise.all([
        instruments.calendarFacts(db, id),
        instruments.busy(db, id, rangeStart, rangeEnd),
        instruments.blackouts(db, id, rangeStart, rangeEnd),
      ]);
      if (!v || (v.listingStatus !== 'active' && !canSeeHidden(actor, v.providerId))) throw instrumentErrors.notFound();
      const provider = canSeeHidden(actor, v.providerId);
      return {
        open: openWindows(v.openingHours, from, to).map((w) => ({
          start: w.start.toISOString(),
          end: w.end.toISOString(),
        })),
        busy: busy.map((b) => ({
          start: new Date(b.start).toISOString(),
          end: new Date(b.end).toISOString(),
          status: provider || b.user_id === actor?.userId ? b.status : 'busy',
          mine: b.user_id === actor?.userId,
        })),
        blackouts: blackouts.map((b) => ({
          ...(provider ? { id: Number(b.id) } : {}),
          start: new Date(b.start).toISOString(),
          end: new Date(b.end).toISOString(),
          reason: b.reason,
        })),
      };
    },
  };
}
export type InstrumentService = ReturnType<typeof createInstrumentService>;
