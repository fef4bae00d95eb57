import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { achievementInput as input } from './achievements.test-kit.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

describe("an achievement's files", () => {
  const upload = async (cookie: string, name: string) => {
    const res = await api.post(
      `/api/v1/uploads?name=${encodeURIComponent(name)}`,
      Buffer.from(`%PDF-1.4 示例 ${name} ${Math.random()}`),
      { as: cookie, headers: { 'content-type': 'application/pdf' } },
    );
    expect(res.statusCode).toBe(201);
    return res.json().hash as string;
  };
  const download = async (hash: string, as?: string) =>
    (await api.get(`/api/v1/uploads/${hash}`, as ? { as } : {})).statusCode;
  const publish = async (id: number, cookie: string) => {
    await api.post(`/api/v1/market/achievements/${id}/submit`, {}, { as: cookie });
    expect(
      (await api.post(`/api/v1/market/achievements/${id}/review`, { decision: 'publish' }, { as: admin })).json()
        .status,
    ).toBe('published');
  };

  it("are the owner's uploads, never someone else's; each change audited", async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const mine = await upload(e.cookie, '示例技术说明书.pdf');
    const theirs = await upload(other.cookie, '示例他人报告.pdf');

    const refused = await api.post('/api/v1/market/achievements', input({ attachments: [theirs] }), { as: e.cookie });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('upload.not_attachable');
    const { rows: none } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM market_achievements WHERE owner_org_id = ${e.org.id}`,
    );
    expect(none[0]?.n).toBe(0);
    expect(
      (await api.post('/api/v1/market/achievements', input({ attachments: [mine, mine] }), { as: e.cookie }))
        .statusCode,
    ).toBe(400);

    const created = await api.post('/api/v1/market/achievements', input({ attachments: [mine] }), { as: e.cookie });
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json();
    expect(a).toMatchObject({ attachmentsPublic: false, attachments: [{ hash: mine, name: '示例技术说明书.pdf' }] });
    // Changing them to include the other's file is refused as a whole; dropping them detaches them.
    const swapped = await api.put(`/api/v1/market/achievements/${a.id}`, input({ attachments: [mine, theirs] }), {
      as: e.cookie,
    });
    expect(swapped.json().error.code).toBe('upload.not_attachable');
    expect((await api.get(`/api/v1/market/achievements/${a.id}`, { as: e.cookie })).json().attachments).toHaveLength(1);
    const dropped = await api.put(`/api/v1/market/achievements/${a.id}`, input({ attachments: [] }), { as: e.cookie });
    expect(dropped.json().attachments).toEqual([]);
    const { rows: kept } = await t.db.execute(sql`
      SELECT count(*)::int AS n FROM upload_attachments WHERE record_kind = 'market_achievement' AND record_id = ${a.id}`);
    expect(kept[0]?.n).toBe(0);

    const { rows: audit } = await t.db.execute(sql`
      SELECT action, before, after FROM audit_log
      WHERE entity = 'market_achievement' AND entity_id = ${String(a.id)} ORDER BY id`);
    expect(audit.map((r) => r.action)).toEqual(['market.achievement.create', 'market.achievement.update']);
    expect(audit[0]?.after).toMatchObject({ attachments: [mine], attachmentsPublic: false });
    expect(audit[1]).toMatchObject({ before: { attachments: [mine] }, after: { attachments: [] } });
  });

  it("are shown to everyone only when they are the owner's own uploads, not a file it can only read", async () => {
    const seller = await enterpriseWithUser(t);
    const owner = await enterpriseWithUser(t);
    // The seller's private document, which the owner can read as the buyer in a deal on the seller's achievement.
    const secret = await upload(seller.cookie, '示例卖方保密资料.pdf');
    const theirs = (
      await api.post('/api/v1/market/achievements', input({ attachments: [secret] }), { as: seller.cookie })
    ).json();
    await publish(theirs.id, seller.cookie);
    await api.post('/api/v1/market/deals', { achievementId: theirs.id, message: '示例：询价。' }, { as: owner.cookie });
    expect(await download(secret, owner.cookie)).toBe(200);
    // The owner may attach it for the parties of its own achievement, but not show it to everyone.
    const shown = await api.post(
      '/api/v1/market/achievements',
      input({ attachments: [secret], attachmentsPublic: true }),
      { as: owner.cookie },
    );
    expect(shown.statusCode).toBe(403);
    expect(shown.json().error).toMatchObject({ code: 'upload.not_attachable', details: [{ hash: secret }] });
    const kept = await api.post('/api/v1/market/achievements', input({ attachments: [secret] }), {
      as: owner.cookie,
    });
    expect(kept.statusCode, kept.body).toBe(201);
    // Turning them public afterwards is refused too, and the file stays private.
    const turned = await api.put(
      `/api/v1/market/achievements/${kept.json().id}`,
      input({ attachments: [secret], attachmentsPublic: true }),
      { as: owner.cookie },
    );
    expect(turned.json().error.code).toBe('upload.not_attachable');
    expect(await download(secret)).toBe(401);
  });

  it('stay private until published with public files; the buyers of its deals and the administration read them', async () => {
    const e = await enterpriseWithUser(t);
    const buyer = await enterpriseWithUser(t);
    const stranger = await enterpriseWithUser(t);
    const report = await upload(e.cookie, '示例检测报告.pdf');
    const spec = await upload(e.cookie, '示例工艺说明.pdf');

    // Marked public, but a draft: its owner and the administration only.
    const open = (
      await api.post('/api/v1/market/achievements', input({ attachments: [report], attachmentsPublic: true }), {
        as: e.cookie,
      })
    ).json();
    expect(await download(report)).toBe(401);
    expect(await download(report, stranger.cookie)).toBe(404);
    expect(await download(report, admin)).toBe(200);
    expect(await download(report, e.cookie)).toBe(200);
    await publish(open.id, e.cookie);
    expect(await download(report)).toBe(200);
    expect((await api.get(`/api/v1/market/achievements/${open.id}`)).json().attachments).toEqual([
      { hash: report, name: '示例检测报告.pdf' },
    ]);
    // Withdrawn, they are private again.
    await api.post(`/api/v1/market/achievements/${open.id}/withdraw`, {}, { as: e.cookie });
    expect(await download(report)).toBe(401);

    // Published with private files: the public sees the achievement without them, a buyer once it inquires.
    const closed = (
      await api.post('/api/v1/market/achievements', input({ attachments: [spec] }), { as: e.cookie })
    ).json();
    await publish(closed.id, e.cookie);
    expect((await api.get(`/api/v1/market/achievements/${closed.id}`)).json().attachments).toEqual([]);
    expect(await download(spec)).toBe(401);
    expect(
      (await api.get(`/api/v1/market/achievements/${closed.id}`, { as: buyer.cookie })).json().attachments,
    ).toEqual([]);
    expect(await download(spec, buyer.cookie)).toBe(404);
    const deal = await api.post(
      '/api/v1/market/deals',
      { achievementId: closed.id, message: '示例：请提供工艺说明。' },
      { as: buyer.cookie },
    );
    expect(deal.statusCode).toBe(201);
    expect(
      (await api.get(`/api/v1/market/achievements/${closed.id}`, { as: buyer.cookie })).json().attachments,
    ).toEqual([{ hash: spec, name: '示例工艺说明.pdf' }]);
    expect(await download(spec, buyer.cookie)).toBe(200);
    expect(await download(spec, stranger.cookie)).toBe(404);
    expect((await api.get(`/api/v1/market/achievements/${closed.id}`, { as: admin })).json().attachments).toHaveLength(
      1,
    );
  });
});
