import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { financeKit, refused } from './finance.test-kit.ts';

// Friday 2026-03-27, 10:00 in Shanghai; the event ran from 08:30 to 11:30 that day (00:30–03:30 UTC).
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const { api, institution, published } = financeKit(() => ({ t, admin }));

describe('a 银企对接会: invitations, 1:1 meetings that cannot overlap, outcomes, follow-ups and yield', () => {
  it('books meetings in free slots, records the outcome with a follow-up five working days on, and counts what followed', async () => {
    const bank = await institution('示例对接会合作银行');
    const bank2 = await institution('示例对接会第二银行');
    await published(bank.cookie, { name: '示例对接会信用贷' });
    const ent = await enterpriseWithUser(t);
    const ent2 = await enterpriseWithUser(t);
    const created = await api.post(
      '/api/v1/finance/events',
      {
        title: '示例春季银企对接会',
        venue: '示例 高新区双创服务中心',
        startsAt: '2026-03-27T00:30:00.000Z',
        endsAt: '2026-03-27T03:30:00.000Z',
      },
      { as: admin },
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const {
      organisations: [pending],
    } = await seed(t, { organisations: [{ kind: 'enterprise', status: 'pending' }] });
    expect(
      (await api.post(`/api/v1/finance/events/${id}/invite`, { orgIds: [pending.id] }, { as: admin })).json().error
        .code,
    ).toBe('finance.not_invitable');
    const invited = await api.post(
      `/api/v1/finance/events/${id}/invite`,
      { orgIds: [bank.org.id, bank2.org.id, ent.org.id, ent2.org.id] },
      { as: admin },
    );
    expect(
      invited
        .json()
        .invites.map((i: { side: string }) => i.side)
        .sort(),
    ).toEqual(['enterprise', 'enterprise', 'institution', 'institution']);
    expect(
      (await api.post(`/api/v1/finance/events/${id}/respond`, { response: 'accepted' }, { as: ent.cookie })).statusCode,
    ).toBe(200);
    // Only the invited see it.
    const outsider = await enterpriseWithUser(t);
    expect((await api.get(`/api/v1/finance/events/${id}`, { as: outsider.cookie })).statusCode).toBe(404);

    const book = (o: Record<string, unknown>) => api.post(`/api/v1/finance/events/${id}/meetings`, o, { as: admin });
    const first = await book({
      institutionOrgId: bank.org.id,
      enterpriseOrgId: ent.org.id,
      startsAt: '2026-03-27T00:30:00.000Z',
      minutes: 20,
    });
    expect(first.statusCode, first.body).toBe(200);
    // The bank is busy 08:30–08:50, and so is the enterprise: neither meets anyone else then.
    const clash = await book({
      institutionOrgId: bank.org.id,
      enterpriseOrgId: ent2.org.id,
      startsAt: '2026-03-27T00:40:00.000Z',
    });
    expect([clash.statusCode, clash.json().error.code]).toEqual([409, 'finance.slot_taken']);
    expect(
      (
        await book({
          institutionOrgId: bank2.org.id,
          enterpriseOrgId: ent.org.id,
          startsAt: '2026-03-27T00:49:00.000Z',
        })
      ).json().error.code,
    ).toBe('finance.slot_taken');
    expect(
      (
        await book({
          institutionOrgId: bank.org.id,
          enterpriseOrgId: ent2.org.id,
          startsAt: '2026-03-27T00:50:00.000Z',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await book({
          institutionOrgId: bank2.org.id,
          enterpriseOrgId: ent.org.id,
          startsAt: '2026-03-27T03:20:00.000Z',
        })
      ).json().error.code,
    ).toBe('finance.slot_outside');
    expect(
      (
        await book({ institutionOrgId: ent.org.id, enterpriseOrgId: ent2.org.id, startsAt: '2026-03-27T01:30:00.000Z' })
      ).json().error.code,
    ).toBe('finance.not_invited');
    await refused(
      t.db.execute(sql`INSERT INTO finance_event_meetings (event_id, institution_org_id, enterprise_org_id, slot)
        VALUES (${id}, ${bank2.org.id}, ${ent2.org.id}, tstzrange('2026-03-27 00:55+00', '2026-03-27 01:00+00'))`),
      /finance_event_meetings_enterprise_free/,
    );

    const event = (await api.get(`/api/v1/finance/events/${id}`, { as: admin })).json();
    const meeting = event.meetings.find((m: { enterpriseOrgId: number }) => m.enterpriseOrgId === ent.org.id);
    const held = await api.post(
      `/api/v1/finance/meetings/${meeting.id}/result`,
      { action: 'held', outcome: 'interested', note: '企业有流动资金需求' },
      { as: admin },
    );
    // Friday 27 March + 5 working days (清明, Monday 6 April, is not reached) = Friday 3 April.
    expect(held.json().meetings.find((m: { id: number }) => m.id === meeting.id)).toMatchObject({
      status: 'held',
      followUpDue: '2026-04-03',
      followUpOverdue: false,
    });
    expect(
      (
        await api.post(
          `/api/v1/finance/meetings/${meeting.id}/result`,
          { action: 'follow_up', note: '已回访' },
          { as: bank2.cookie },
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api.post(
          `/api/v1/finance/meetings/${meeting.id}/result`,
          { action: 'follow_up', note: '已回访，企业将发布需求' },
          { as: bank.cookie },
        )
      ).statusCode,
    ).toBe(200);

    // What followed: the enterprise posts a need the bank claims.
    const need = await api.post(
      '/api/v1/finance/needs',
      {
        amountFen: 100_000_000,
        termMonths: 12,
        purpose: 'working_capital',
        purposeText: '示例：对接会后发布的流动资金需求。',
        guaranteeOffered: ['credit'],
        neededBy: '2026-06-30',
      },
      { as: ent.cookie },
    );
    expect((await api.post(`/api/v1/finance/needs/${need.json().id}/claim`, {}, { as: bank.cookie })).statusCode).toBe(
      201,
    );
    const after = (await api.post(`/api/v1/finance/events/${id}/end`, { status: 'held' }, { as: admin })).json();
    expect(after.yield).toEqual({ held: 1, interested: 1, followedUp: 1, claimedAfter: 1, disbursedAfter: 0 });
    expect(
      (await api.get('/api/v1/finance/events', { as: ent.cookie })).json().items.map((e: { id: number }) => e.id),
    ).toEqual([id]);
  });
});

describe('guide funds, sub-funds and investors', () => {
  it('records a guide fund with a sub-fund it commits to, and matches an investor to enterprises with reasons', async () => {
    const vc = await institution('示例高新创投', 'investment');
    const guide = await api.post(
      '/api/v1/finance/funds',
      { name: '示例高新区产业引导基金', kind: 'guide', targetFen: 50_000_000_000, vintage: 2025 },
      { as: admin },
    );
    expect(guide.statusCode, guide.body).toBe(201);
    const badSub = await api.post(
      '/api/v1/finance/funds',
      { name: '示例无母基金子基金', kind: 'sub', targetFen: 1, vintage: 2025 },
      { as: admin },
    );
    expect(badSub.json().error.code).toBe('finance.bad_parent');
    const sub = await api.post(
      '/api/v1/finance/funds',
      {
        name: '示例新材料子基金',
        kind: 'sub',
        parentId: guide.json().id,
        managerOrgId: vc.org.id,
        targetFen: 10_000_000_000,
        vintage: 2026,
        stages: ['early', 'growth'],
      },
      { as: admin },
    );
    const committed = await api.post(
      `/api/v1/finance/funds/${sub.json().id}/commitments`,
      {
        lpFundId: guide.json().id,
        lpName: '示例高新区产业引导基金',
        amountFen: 3_000_000_000,
        committedOn: '2026-03-01',
      },
      { as: admin },
    );
    expect(committed.json()).toMatchObject({ committedFen: 3_000_000_000, parentId: guide.json().id });
    const funds = (await api.get('/api/v1/finance/funds')).json().items;
    expect(
      funds.find((f: { id: number }) => f.id === guide.json().id).subFunds.map((s: { id: number }) => s.id),
    ).toEqual([sub.json().id]);

    const {
      organisations: [young, old],
    } = await seed(t, {
      organisations: [
        { kind: 'enterprise', foundedOn: '2022-06-01', industry: 'C' },
        { kind: 'enterprise', foundedOn: '2010-06-01', industry: 'C' },
      ],
    });
    const bank = await institution('示例非投资机构');
    expect(
      (
        await api.put(
          '/api/v1/finance/investor-profile',
          { stages: ['early'], ticketMinFen: 1, ticketMaxFen: 2 },
          { as: bank.cookie },
        )
      ).json().error.code,
    ).toBe('finance.not_investor');
    await api.put(
      '/api/v1/finance/investor-profile',
      { stages: ['early'], industries: ['C'], ticketMinFen: 100_000_000, ticketMaxFen: 500_000_000 },
      { as: vc.cookie },
    );
    const matches = (await api.get('/api/v1/finance/investor-matches', { as: vc.cookie })).json().items;
    const ids = matches.map((m: { orgId: number }) => m.orgId);
    expect(ids).toContain(young.id);
    expect(ids).not.toContain(old.id);
    expect(matches.find((m: { orgId: number }) => m.orgId === young.id).reasons[0].zh).toBe('初创期（成立 3 年）');
    const invested = await api.post(
      '/api/v1/finance/investments',
      { fundId: sub.json().id, orgId: young.id, amountFen: 200_000_000, investedOn: '2026-03-20', round: 'a' },
      { as: vc.cookie },
    );
    expect(invested.statusCode, invested.body).toBe(201);
    expect(
      (await api.get('/api/v1/finance/funds')).json().items.find((f: { id: number }) => f.id === sub.json().id)
        .investedFen,
    ).toBe(200_000_000);
  });
});
