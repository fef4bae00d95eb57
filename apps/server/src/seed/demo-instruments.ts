import { addDays, shanghaiDate, shanghaiInstant, shanghaiParts, toMinutes, usageFee, WEEKDAYS } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { searchVector } from '../kernel/db/search.ts';
import { bookings, usageRecords } from '../modules/booking/booking.table.ts';
import { services } from '../modules/catalog/catalog.table.ts';
import { memberships, users } from '../modules/identity/identity.table.ts';
import { instruments } from '../modules/instrument/instrument.table.ts';
import { orderEvents, serviceOrders } from '../modules/order/order.table.ts';
import { attachUploads } from '../modules/upload/index.ts';
import { DEMO_INSTRUMENTS, DEMO_LABS } from './demo-instruments.data.ts';

/** A small deterministic random source, so that every fresh demo looks the same. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Ctx = {
  orgIdByName: Map<string, number>;
  buyerOrgIds: number[];
  /** The demo enterprise account: its organisation gets upcoming bookings to look at. */
  demoEnterprise: { userId: number; orgId: number };
  passwordHash: string;
  now: Date;
  /** Picture (upload hash) per instrument category; none when the seed has nowhere to store files. */
  photos: Map<string, string>;
};

/**
 * Instruments of six fictional laboratories, with twelve months of completed use behind them (bookings, usage
 * records, completed and mostly rated orders) and a few upcoming bookings, so that the catalog, calendars and the
 * open-sharing statistics show something on first start.
 */
export async function seedInstrumentDemo(tx: Tx, ctx: Ctx): Promise<{ instruments: number; bookings: number }> {
  const rnd = random(20_211_123);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;

  // One provider-role account per laboratory (the first is the printed demo account 'provider', created already).
  const labUser = new Map<number, number>();
  for (const lab of DEMO_LABS) {
    const orgId = ctx.orgIdByName.get(lab.name) as number;
    const existing = await tx.execute(sql`SELECT id FROM users WHERE username = ${lab.username}`);
    let userId = existing.rows[0]?.id as number | undefined;
    if (!userId) {
      const [u] = await tx
        .insert(users)
        .values({
          username: lab.username,
          displayName: `${lab.name}管理员`,
          passwordHash: ctx.passwordHash,
          role: 'provider',
        })
        .returning();
      userId = u?.id as number;
      await tx.insert(memberships).values({ userId, orgId, isOwner: true });
    }
    labUser.set(orgId, userId);
  }
  // Every buyer organisation has one account to hold its bookings.
  const buyerUser = new Map<number, number>([[ctx.demoEnterprise.orgId, ctx.demoEnterprise.userId]]);
  for (const [i, orgId] of ctx.buyerOrgIds.entries()) {
    if (buyerUser.has(orgId)) continue;
    const [u] = await tx
      .insert(users)
      .values({
        username: `demo_ent_${String(i + 1).padStart(2, '0')}`,
        displayName: `示例企业用户${i + 1}`,
        passwordHash: ctx.passwordHash,
        role: 'enterprise',
      })
      .returning();
    await tx.insert(memberships).values({ userId: u?.id as number, orgId, isOwner: true });
    buyerUser.set(orgId, u?.id as number);
  }

  let bookingCount = 0;
  const today = shanghaiDate(ctx.now);
  for (const def of DEMO_INSTRUMENTS) {
    const lab = DEMO_LABS[def.lab] as (typeof DEMO_LABS)[number];
    const providerId = ctx.orgIdByName.get(lab.name) as number;
    const priceExternal = def.priceYuan * 100;
    const priceInternal = Math.round(priceExternal * 0.6);
    const slot = def.slot ?? 30;
    const params = def.params.map(([name, value]) => ({ name, value }));
    const [service] = await tx
      .insert(services)
      .values({
        providerId,
        category: 'instrument',
        title: def.name,
        description: def.description,
        pricing: 'hourly',
        price: priceExternal,
        voucherEligible: true,
        qualifications: def.lab === 0 ? ['CMA 示例2021140001', 'CNAS L示例0001'] : [],
        search: searchVector(
          def.name,
          def.description,
          def.model,
          def.samples,
          ...def.params.flat(),
          lab.name,
        ) as unknown as string,
      })
      .returning();
    const [inst] = await tx
      .insert(instruments)
      .values({
        providerId,
        serviceId: service?.id as number,
        name: def.name,
        model: def.model,
        manufacturer: '示例仪器制造有限公司',
        category: def.category,
        originalValue: def.valueWan * 1_000_000,
        photos: ctx.photos.has(def.category) ? [ctx.photos.get(def.category) as string] : [],
        location: `${lab.name}${1 + Math.floor(rnd() * 4)}号楼${100 + Math.floor(rnd() * 300)}室`,
        parameters: params,
        sampleRequirements: def.samples,
        priceInternal,
        priceExternal,
        operation: def.training ? 'self' : 'assisted',
        trainingRequired: def.training ?? false,
        openingHours: def.hours,
        minMinutes: slot === 60 ? 60 : 30,
        maxMinutes: (def.maxHours ?? 8) * 60,
        slotMinutes: slot,
        horizonDays: 60,
        minNoticeMinutes: 120,
        bufferMinutes: def.category === 'microscopy' ? 30 : 0,
        approvalRequired: def.approval,
        cancelNoticeHours: 24,
        lateCancelPercent: def.approval ? 30 : 0,
      })
      .returning();
    const instrument = inst as typeof instruments.$inferSelect;
    // The photo is public, as an instrument photo a provider attaches is (the seed attaches it as the administration).
    await attachUploads(
      tx,
      { userId: -1, role: 'superadmin', orgId: null, ip: null, requestId: 'demo-seed' },
      { kind: 'instrument_photo', id: instrument.id, orgIds: [providerId], public: true },
      instrument.photos,
    );

    // Twelve months of history: on some weekdays one booking within an opening window, mostly used and rated.
    const history: { orgId: number; start: Date; end: Date; fate: 'done' | 'no_show' | 'cancelled' }[] = [];
    for (let day = addDays(today, -365); day < addDays(today, -1); day = addDays(day, 1)) {
      const windows =
        def.hours[WEEKDAYS[shanghaiParts(shanghaiInstant(day, 720)).isoWeekday - 1] as keyof typeof def.hours];
      if (windows.length === 0 || rnd() > 0.22) continue;
      const [from, to] = pick(windows);
      const open = toMinutes(from);
      const close = toMinutes(to);
      const length = Math.min(close - open, slot * Math.max(1, Math.round((60 + rnd() * 180) / slot)));
      const startMin = open + Math.floor((rnd() * (close - open - length)) / slot) * slot;
      const r = rnd();
      history.push({
        orgId: rnd() < 0.12 ? providerId : pick(ctx.buyerOrgIds),
        start: shanghaiInstant(day, startMin),
        end: shanghaiInstant(day, startMin + length),
        fate: r < 0.04 ? 'no_show' : r < 0.09 ? 'cancelled' : 'done',
      });
    }
    for (const h of history) {
      const minutes = (h.end.getTime() - h.start.getTime()) / 60_000;
      const hourly = h.orgId === providerId ? priceInternal : priceExternal;
      const used = Math.max(slot, minutes - Math.floor(rnd() * 3) * 10);
      const { billedMinutes, fee } = usageFee(used, slot, hourly);
      const done = h.fate === 'done';
      const rated = done && h.orgId !== providerId && rnd() < 0.7;
      const completedAt = new Date(h.end.getTime() + 86_400_000);
      const [order] = await tx
        .insert(serviceOrders)
        .values({
          serviceId: service?.id as number,
          providerId,
          buyerOrgId: h.orgId,
          buyerUserId: (h.orgId === providerId ? labUser.get(providerId) : buyerUser.get(h.orgId)) as number,
          status: done ? 'completed' : 'cancelled',
          quantity: minutes / 60,
          amount: done ? fee : null,
          requestNote: '示例历史预约',
          deliveryNote: done ? `usage ${billedMinutes} min` : null,
          cancelReason: h.fate === 'no_show' ? 'no_show' : h.fate === 'cancelled' ? '计划变更' : null,
          rating: rated ? 3 + Math.floor(rnd() * 3) : null,
          ratingComment: rated
            ? pick(['服务专业，数据可靠', '预约方便，出报告快', '操作人员耐心细致', '价格合理', null])
            : null,
          ratedAt: rated ? completedAt : null,
          quotedAt: new Date(h.start.getTime() - 3 * 86_400_000),
          acceptedAt: done ? new Date(h.start.getTime() - 2 * 86_400_000) : null,
          deliveredAt: done ? h.end : null,
          completedAt: done ? completedAt : null,
          createdAt: new Date(h.start.getTime() - 4 * 86_400_000),
          updatedAt: done ? completedAt : h.start,
        })
        .returning({ id: serviceOrders.id });
      const orderId = order?.id as number;
      await tx.insert(orderEvents).values([
        {
          orderId,
          at: new Date(h.start.getTime() - 4 * 86_400_000),
          fromStatus: null,
          toStatus: 'requested',
          note: '示例历史预约',
        },
        {
          orderId,
          at: done ? completedAt : h.start,
          fromStatus: 'requested',
          toStatus: done ? 'completed' : 'cancelled',
          note: null,
        },
      ]);
      const [b] = await tx
        .insert(bookings)
        .values({
          instrumentId: instrument.id,
          orderId,
          userId: (h.orgId === providerId ? labUser.get(providerId) : buyerUser.get(h.orgId)) as number,
          orgId: h.orgId,
          period: { start: h.start, end: h.end },
          blocked: { start: h.start, end: new Date(h.end.getTime() + instrument.bufferMinutes * 60_000) },
          status: done ? 'completed' : h.fate === 'no_show' ? 'no_show' : 'cancelled',
          purpose: '示例历史预约',
          samples: 1 + Math.floor(rnd() * 6),
          cancelledAt: h.fate === 'cancelled' ? new Date(h.start.getTime() - 2 * 86_400_000) : null,
          createdAt: new Date(h.start.getTime() - 4 * 86_400_000),
          updatedAt: h.end,
        })
        .returning({ id: bookings.id });
      if (done) {
        await tx.insert(usageRecords).values({
          bookingId: b?.id as number,
          actual: { start: h.start, end: new Date(h.start.getTime() + used * 60_000) },
          samples: 1 + Math.floor(rnd() * 6),
          operator: `示例操作员${1 + Math.floor(rnd() * 5)}`,
          billedMinutes,
          hourlyPrice: hourly,
          fee,
          external: h.orgId !== providerId,
          recordedBy: labUser.get(providerId) ?? null,
          recordedAt: h.end,
        });
      }
      bookingCount++;
    }
  }
  // Last year's 后补助 rule: 20% of external revenue, at most 10万元, related parties excluded, 共享率 ≥ 30%.
  const lastYear = Number(today.slice(0, 4)) - 1;
  await tx.execute(sql`
    INSERT INTO subsidy_rules (year, owner_percent, owner_cap, exclude_related, min_share_percent)
    VALUES (${lastYear}, 20, 10000000, true, 30), (${lastYear + 1}, 20, 10000000, true, 30)
    ON CONFLICT (year) DO NOTHING`);
  return { instruments: DEMO_INSTRUMENTS.length, bookings: bookingCount };
}
