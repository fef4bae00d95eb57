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

/** A published achievement of a new seller, and a published confidential need of a new buyer that it answers. */
async function pair(suffix: string) {
  const seller = await enterpriseWithUser(t);
  const buyer = await enterpriseWithUser(t);
  const a = (
    await api.post(
      '/api/v1/market/achievements',
      {
        title: `示例煤基活性炭造粒成型技术${suffix}`,
        summary: '示例成果：以无烟煤为原料的活性炭造粒、炭化与活化成套工艺，碘吸附值 1100 mg/g 以上。',
        field: 'materials',
        stage: 'mature',
        transferModes: ['licence'],
        priceFen: 50_000_000,
        keywords: ['活性炭'],
      },
      { as: seller.cookie },
    )
  ).json();
  await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
  await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
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

  it('moves the pair in the ranking by the answer: up when interested, far down when not relevant (with a reason)', async () => {
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
    expect(demoted.score).toBeCloseTo(plain.score * 0.2, 2);
    const list = (await api.get(`/api/v1/market/needs/${needId}/pushes`, { as: buyer.cookie })).json();
    expect(list.items[0]).toMatchObject({ answer: 'not_relevant', answerReason: '示例：需要的是柱状炭而非颗粒炭' });
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
