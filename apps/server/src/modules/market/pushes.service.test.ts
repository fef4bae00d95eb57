import { FEEDBACK_FACTORS } from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

/** A published 煤基活性炭 achievement of the seller (mature unless said otherwise). */
async function publishAchievement(seller: { cookie: string }, suffix: string, stage = 'mature') {
  const a = (
    await api.post(
      '/api/v1/market/achievements',
      {
        title: `示例煤基活性炭造粒成型技术${suffix}`,
        summary: '示例成果：以无烟煤为原料的活性炭造粒、炭化与活化成套工艺，碘吸附值 1100 mg/g 以上。',
        field: 'materials',
        stage,
        transferModes: ['licence'],
        priceFen: 50_000_000,
        keywords: ['活性炭'],
      },
      { as: seller.cookie },
    )
  ).json();
  await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
  const res = await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return a as { id: number };
}

/** A published achievement of a new seller, and a published confidential need of a new buyer that it answers. */
async function pair(suffix: string) {
  const seller = await enterpriseWithUser(t);
  const buyer = await enterpriseWithUser(t);
  const a = await publishAchievement(seller, suffix);
  const n = (
    await api.post(
      '/api/v1/market/needs',
      {
        title: `示例高碘值煤基活性炭需求${suffix}`,
        summary: '示例需求：水处理用活性炭吸附性能不足，寻求煤基活性炭造粒与活化工艺。',
        details: '示例保密：现用进口活性炭，年用量 800 吨。',
        field: 'materials',
        targets: [{ indicator: '碘吸附值', operator: 'gte', value: 1000, unit: 'mg/g' }],
        budgetMinFen: 10_000_000,
        budgetMaxFen: 80_000_000,
        deadline: '2099-12-31',
        confidentiality: 'summary',
      },
      { as: buyer.cookie },
    )
  ).json();
  await api.post(`/api/v1/market/needs/${n.id}/submit`, {}, { as: buyer.cookie });
  await api.post(`/api/v1/market/needs/${n.id}/review`, { decision: 'publish' }, { as: admin });
  return { seller, buyer, achievementId: a.id as number, needId: n.id as number };
}

async function broker() {
  const {
    users: [expert],
  } = await seed(t, { users: [{ role: 'expert', login: true }] });
  return expert as { id: number; cookie: string };
}

const kindsOf = async (orgId: number) =>
  (
    await t.db.execute(sql`
      SELECT n.kind FROM notifications n JOIN memberships m ON m.user_id = n.user_id WHERE m.org_id = ${orgId} ORDER BY n.id`)
  ).rows.map((r) => (r as { kind: string }).kind);

describe('技术经理人 push suggestions, the need owner answers', () => {
  it('lets a named broker push once; the owner is told, counts it, and answers interested: the seller reads the details', async () => {
    const { seller, buyer, achievementId, needId } = await pair('甲');
    const expert = await broker();
    expect((await api.get('/api/v1/market/broker', { as: expert.cookie })).json()).toEqual({ broker: false });
    const refused = await api.post(`/api/v1/market/needs/${needId}/pushes`, { achievementId }, { as: expert.cookie });
    expect(refused.json().error.code).toBe('market.not_broker');
    // Not a broker, the expert may not read the suggestions either.
    expect((await api.get(`/api/v1/market/needs/${needId}/suggestions`, { as: expert.cookie })).statusCode).toBe(404);

    // The administration names the expert 技术经理人 (only experts can be named; only the administration names).
    expect(
      (await api.put(`/api/v1/market/brokers/${expert.id}`, { broker: true }, { as: seller.cookie })).statusCode,
    ).toBe(403);
    expect(
      (await api.put(`/api/v1/market/brokers/${seller.user.id}`, { broker: true }, { as: admin })).statusCode,
    ).toBe(404);
    const named = await api.put(`/api/v1/market/brokers/${expert.id}`, { broker: true }, { as: admin });
    expect(named.json()).toMatchObject({ userId: expert.id, broker: true });
    const listed = (await api.get('/api/v1/market/brokers', { as: admin })).json().items;
    expect(listed.find((c: { userId: number }) => c.userId === expert.id)).toMatchObject({ broker: true });
    expect((await api.get('/api/v1/market/broker', { as: expert.cookie })).json()).toEqual({ broker: true });
    // Its workbench counts the open needs nobody has pushed for: this one among them, until it is pushed.
    const brokerCount = async () =>
      (await api.get('/api/v1/workbench', { as: expert.cookie }))
        .json()
        .items.find((w: { key: string }) => w.key === 'market.broker_needs')?.count as number;
    const open = await brokerCount();
    expect(open).toBeGreaterThanOrEqual(1);
    const suggested = (await api.get(`/api/v1/market/needs/${needId}/suggestions`, { as: expert.cookie })).json();
    const before = suggested.items.find((s: { achievement: { id: number } }) => s.achievement.id === achievementId);
    expect(before.reasons.feedback).toBeNull();
    const pushed = await api.post(
      `/api/v1/market/needs/${needId}/pushes`,
      { achievementId, note: '示例：吸附指标与需求相符' },
      { as: expert.cookie },
    );
    expect(pushed.statusCode, pushed.body).toBe(201);
    expect(pushed.json()).toMatchObject({ needId, achievementId, answer: null, note: '示例：吸附指标与需求相符' });
    expect(await brokerCount()).toBe(open - 1);
    const again = await api.post(`/api/v1/market/needs/${needId}/pushes`, { achievementId }, { as: expert.cookie });
    expect(again.json().error.code).toBe('market.already_pushed');
    expect(await kindsOf(buyer.org.id)).toEqual(['market.need_published', 'market.push_received']);
    const work = (await api.get('/api/v1/workbench', { as: buyer.cookie })).json();
    expect(work.items.find((w: { key: string }) => w.key === 'market.pushes')).toMatchObject({ count: 1 });
    const waiting = (await api.get(`/api/v1/market/needs/${needId}/suggestions`, { as: buyer.cookie })).json();
    expect(
      waiting.items.find((s: { achievement: { id: number } }) => s.achievement.id === achievementId).reasons.feedback,
    ).toBe('waiting');

    // Before the interest, the seller reads the summary only.
    expect((await api.get(`/api/v1/market/needs/${needId}`, { as: seller.cookie })).json().details).toBeNull();
    // Only the need's owner answers.
    const pushId = pushed.json().id;
    expect(
      (await api.post(`/api/v1/market/pushes/${pushId}/answer`, { answer: 'interested' }, { as: seller.cookie }))
        .statusCode,
    ).toBe(404);
    const answered = await api.post(
      `/api/v1/market/pushes/${pushId}/answer`,
      { answer: 'interested' },
      { as: buyer.cookie },
    );
    expect(answered.json()).toMatchObject({ answer: 'interested' });
    expect((await api.get(`/api/v1/market/needs/${needId}`, { as: seller.cookie })).json().details).toContain('年用量');
    expect(await kindsOf(seller.org.id)).toContain('market.push_interested');
    const { rows: told } = await t.db.execute(sql`SELECT kind FROM notifications WHERE user_id = ${expert.id}`);
    expect(told.map((r) => (r as { kind: string }).kind)).toEqual(['market.push_answered']);
    // Once only, in the database too.
    expect(
      (await api.post(`/api/v1/market/pushes/${pushId}/answer`, { answer: 'not_now' }, { as: buyer.cookie })).json()
        .error.code,
    ).toBe('market.already_answered');
    await expect(t.db.execute(sql`UPDATE market_pushes SET answer = 'not_now' WHERE id = ${pushId}`)).rejects.toThrow();
    const { rows: audit } = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'market_push' AND entity_id = ${String(pushId)} ORDER BY id`,
    );
    expect(audit.map((r) => (r as { action: string }).action)).toEqual(['market.push.create', 'market.push.answer']);
  });

  it('raises the pair by the interested factor, above an achievement that ranked before it', async () => {
    const { seller, buyer, achievementId: mature, needId } = await pair('丁');
    // Three more of the same text: as many words shared (the same BM25), and earlier ids, so ranked before.
    for (const x of ['己', '庚', '辛']) await publishAchievement(seller, x);
    // The same achievement at an earlier stage: a lower score (the stage factor), ranked after the mature one.
    const { id: middle } = await publishAchievement(seller, '戊', 'middle');
    const suggestions = async () =>
      (await api.get(`/api/v1/market/needs/${needId}/suggestions`, { as: buyer.cookie })).json().items as {
        achievement: { id: number };
        score: number;
        reasons: { feedback: string | null };
      }[];
    const rankOf = (items: { achievement: { id: number } }[], id: number) =>
      items.findIndex((s) => s.achievement.id === id) + 1;
    const plain = await suggestions();
    const before = plain.find((s) => s.achievement.id === middle);
    const ahead = plain.find((s) => s.achievement.id === mature);
    expect(
      before && ahead && before.score < ahead.score && before.score * FEEDBACK_FACTORS.interested > ahead.score,
    ).toBe(true);
    // (Achievements of the other tests share the words: ranks are compared, not counted.)
    expect(rankOf(plain, middle)).toBeGreaterThan(rankOf(plain, mature));

    const pushId = (
      await api.post(`/api/v1/market/needs/${needId}/pushes`, { achievementId: middle }, { as: admin })
    ).json().id;
    // Pushed but not answered yet: the score stays.
    const waiting = (await suggestions()).find((s) => s.achievement.id === middle);
    expect(waiting).toMatchObject({ score: before?.score, reasons: { feedback: 'waiting' } });
    const answered = await api.post(
      `/api/v1/market/pushes/${pushId}/answer`,
      { answer: 'interested' },
      { as: buyer.cookie },
    );
    expect(answered.statusCode, answered.body).toBe(200);

    const after = await suggestions();
    const raised = after.find((s) => s.achievement.id === middle);
    expect(raised?.reasons.feedback).toBe('interested');
    expect(raised?.score).toBeCloseTo((before?.score ?? 0) * FEEDBACK_FACTORS.interested, 2);
    expect(FEEDBACK_FACTORS.interested).toBeGreaterThan(1);
    // It now ranks before the achievement that was ahead of it, whose score did not move.
    expect(rankOf(after, middle)).toBeLessThan(rankOf(after, mature));
    expect(rankOf(after, middle)).toBeLessThan(rankOf(plain, middle));
    expect(after.find((s) => s.achievement.id === mature)?.score).toBe(ahead?.score);
    // The factor counts before the candidates are cut (three per suggestion asked for): asked for one, it is the one.
    const top = (await api.get(`/api/v1/market/needs/${needId}/suggestions?limit=1`, { as: buyer.cookie })).json();
    expect(top.items.map((s: { achievement: { id: number } }) => s.achievement.id)).toEqual([middle]);
  });

  it('moves the pair far down when not relevant (with a reason)', async () => {
    const { buyer, achievementId, needId } = await pair('乙');
    const score = async () =>
      (await api.get(`/api/v1/market/needs/${needId}/suggestions`, { as: buyer.cookie }))
        .json()
        .items.find((s: { achievement: { id: number } }) => s.achievement.id === achievementId);
    const plain = await score();
    const pushId = (await api.post(`/api/v1/market/needs/${needId}/pushes`, { achievementId }, { as: admin })).json()
      .id;
    const noReason = await api.post(
      `/api/v1/market/pushes/${pushId}/answer`,
      { answer: 'not_relevant' },
      { as: buyer.cookie },
    );
    expect(noReason.statusCode).toBe(400);
    await api.post(
      `/api/v1/market/pushes/${pushId}/answer`,
      { answer: 'not_relevant', reason: '示例：需要的是柱状炭而非颗粒炭' },
      { as: buyer.cookie },
    );
    const demoted = await score();
    expect(demoted.reasons.feedback).toBe('not_relevant');
    expect(demoted.score).toBeCloseTo(plain.score * FEEDBACK_FACTORS.not_relevant, 2);
    const list = (await api.get(`/api/v1/market/needs/${needId}/pushes`, { as: buyer.cookie })).json();
    expect(list.items[0]).toMatchObject({ answer: 'not_relevant', answerReason: '示例：需要的是柱状炭而非颗粒炭' });
  });

  it('gives a broker a desk of the open needs to review, those nobody pushed for first, as its workbench counts', async () => {
    const fresh = await pair('壬');
    const pushed = await pair('癸');
    const expert = await broker();
    const desk = (query: string, as: string | null = expert.cookie) =>
      api.get(`/api/v1/market/broker/needs?${query}`, as ? { as } : {});
    // Only brokers: an expert not named, an enterprise, nobody logged in are refused.
    expect((await desk('')).json().error.code).toBe('market.not_broker');
    expect((await desk('', fresh.buyer.cookie)).statusCode).toBe(403);
    expect((await desk('', null)).statusCode).toBe(401);
    await api.put(`/api/v1/market/brokers/${expert.id}`, { broker: true }, { as: admin });
    await api.post(
      `/api/v1/market/needs/${pushed.needId}/pushes`,
      { achievementId: pushed.achievementId },
      { as: expert.cookie },
    );

    const all = (await desk('pageSize=200')).json();
    const ids = all.items.map((n: { id: number }) => n.id) as number[];
    expect(all.items.find((n: { id: number }) => n.id === fresh.needId)).toMatchObject({
      title: '示例高碘值煤基活性炭需求壬',
      field: 'materials',
      deadline: '2099-12-31',
      pushes: 0,
      unanswered: 0,
    });
    expect(all.items.find((n: { id: number }) => n.id === pushed.needId)).toMatchObject({
      pushes: 1,
      unanswered: 1,
      interested: 0,
    });
    expect(ids.indexOf(fresh.needId)).toBeLessThan(ids.indexOf(pushed.needId));
    const waiting = (await desk('waiting=true&pageSize=200')).json();
    expect(waiting.items.map((n: { id: number }) => n.id)).toContain(fresh.needId);
    expect(waiting.items.map((n: { id: number }) => n.id)).not.toContain(pushed.needId);
    expect((await desk(`q=${encodeURIComponent('需求壬')}`)).json()).toMatchObject({
      total: 1,
      items: [{ id: fresh.needId }],
    });
    // The workbench counts the same needs and leads to the desk.
    const item = (await api.get('/api/v1/workbench', { as: expert.cookie }))
      .json()
      .items.find((w: { key: string }) => w.key === 'market.broker_needs');
    expect(item).toMatchObject({ count: waiting.total, link: '/my/market/broker?waiting=true' });
    const xlsx = await api.get('/api/v1/market/broker/needs/export.xlsx?waiting=true', { as: expert.cookie });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/market-broker-needs-\d{4}-\d{2}-\d{2}\.xlsx/);
    expect((await api.get('/api/v1/market/broker/needs/export.xlsx', { as: fresh.buyer.cookie })).statusCode).toBe(403);
  });

  it('pushes only a published achievement for a published need', async () => {
    const { seller, needId, achievementId } = await pair('丙');
    await api.post(`/api/v1/market/achievements/${achievementId}/withdraw`, {}, { as: seller.cookie });
    const res = await api.post(`/api/v1/market/needs/${needId}/pushes`, { achievementId }, { as: admin });
    expect(res.json().error.code).toBe('market.not_pushable');
    const { rows } = await t.db.execute(sql`SELECT count(*)::int AS n FROM market_pushes WHERE need_id = ${needId}`);
    expect(rows[0]?.n).toBe(0);
  });
});
