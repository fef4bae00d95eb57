import { newsAdminArticleSchema, newsAdminPageSchema, newsArticleSchema, newsCardPageSchema } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { adminCookie, enterpriseWithUser, providerWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';

const MINUTE = 60_000;
const clock = fixedClock(new Date());
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

const ADMIN = '/api/v1/news/admin/articles';
const PUBLIC = '/api/v1/news/articles';

/** A word no other article of this file's database carries, to find one article by search. */
const mark = () => `标记${Math.random().toString(36).slice(2, 8)}`;

const article = (o: Record<string, unknown> = {}) => ({
  category: 'news',
  title: `示例资讯${mark()}`,
  summary: '',
  body: '<p>示例正文第一段。</p><p>示例正文第二段。</p>',
  department: '科技创新部',
  tags: [],
  ...o,
});

/** The answer parsed by its declared schema, every field of it declared. */
function conforms<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`the answer does not match its schema: ${parsed.error.message}`);
  expect(parsed.data).toEqual(body);
  return parsed.data;
}

async function write(o: Record<string, unknown> = {}, as = admin) {
  const res = await api.post(ADMIN, article(o), { as });
  expect(res.statusCode, res.body).toBe(201);
  return conforms(newsAdminArticleSchema, res.json());
}

async function stepOf(id: number, step: string, body?: object, as = admin) {
  return api.post(`${ADMIN}/${id}/${step}`, body, { as });
}

async function published(o: Record<string, unknown> = {}) {
  const a = await write(o);
  const res = await stepOf(a.id, 'publish');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as z.infer<typeof newsAdminArticleSchema>;
}

const publicIds = async (query = '') =>
  ((await api.get(`${PUBLIC}?pageSize=200${query}`)).json().items as { id: number }[]).map((a) => a.id);

const auditActions = async (id: number) => {
  const { rows } = await t.db.execute(
    sql`SELECT action, actor_id AS "actorId" FROM audit_log WHERE entity = 'news_article' AND entity_id = ${String(id)} ORDER BY id`,
  );
  return rows as { action: string; actorId: number | null }[];
};

async function upload(cookie: string, kind: 'png' | 'pdf', text: string): Promise<string> {
  const body =
    kind === 'png'
      ? Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(text)])
      : Buffer.from(`%PDF-1.4 ${text}`);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/uploads?name=${encodeURIComponent(`${text}.${kind}`)}`,
    payload: body,
    headers: { cookie, 'content-type': kind === 'png' ? 'image/png' : 'application/pdf' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().hash as string;
}

describe('writing and publishing', () => {
  it('keeps a draft from the public and shows it once published, counting its readers', async () => {
    const word = mark();
    const draft = await write({ title: `示例通知${word}`, category: 'notice', tags: ['申报', '高企'] });
    expect(draft).toMatchObject({ status: 'draft', publishAt: null, viewCount: 0 });
    expect(await publicIds()).not.toContain(draft.id);
    expect((await api.get(`${PUBLIC}/${draft.id}`)).statusCode).toBe(404);

    const before = clock.now().toISOString();
    const res = await stepOf(draft.id, 'publish');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', publishAt: before });

    const list = conforms(newsCardPageSchema, (await api.get(`${PUBLIC}?q=${encodeURIComponent(word)}`)).json());
    expect(list.items.map((a) => a.id)).toEqual([draft.id]);
    expect(list.items[0]).toMatchObject({
      category: 'notice',
      publishedAt: before,
      summary: '示例正文第一段。 示例正文第二段。',
    });
    expect(await publicIds('&category=notice&tag=高企')).toContain(draft.id);
    expect(await publicIds('&category=news')).not.toContain(draft.id);
    expect(await publicIds('&tag=无此标签')).not.toContain(draft.id);

    const read = await api.get(`${PUBLIC}/${draft.id}`);
    expect(read.statusCode).toBe(200);
    expect(conforms(newsArticleSchema, read.json())).toMatchObject({ viewCount: 1, body: draft.body });
    expect((await api.get(`${PUBLIC}/${draft.id}`)).json().viewCount).toBe(2);
    expect((await auditActions(draft.id)).map((a) => a.action)).toEqual(['news.create', 'news.publish']);
  });

  it('changes a published article in place and audits what changed', async () => {
    const a = await published();
    const res = await api.put(`${ADMIN}/${a.id}`, article({ title: '示例修改后的标题', pinned: true }), { as: admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', title: '示例修改后的标题', pinned: true });
    expect((await api.get(`${PUBLIC}/${a.id}`)).json().title).toBe('示例修改后的标题');
    const { rows } = await t.db.execute(
      sql`SELECT before, after FROM audit_log WHERE action = 'news.update' AND entity_id = ${String(a.id)}`,
    );
    expect(rows[0]).toMatchObject({
      before: { title: a.title, pinned: false },
      after: { title: '示例修改后的标题', pinned: true },
    });
    expect(Object.keys(rows[0]?.after as object).sort()).toEqual(['pinned', 'title']);
  });

  it('refuses an event without its time, and a step out of turn', async () => {
    const noTime = await api.post(ADMIN, article({ category: 'event' }), { as: admin });
    expect(noTime.statusCode).toBe(400);
    expect(noTime.body).toContain('news.event_required');
    const a = await write();
    expect((await stepOf(a.id, 'withdraw', { reason: '示例原因' })).json().error.code).toBe('news.wrong_state');
    expect((await stepOf(a.id, 'republish')).statusCode).toBe(409);
    expect((await stepOf(999_999_999, 'publish')).statusCode).toBe(404);
  });
});

describe('scheduled publishing', () => {
  it('shows a scheduled article at its time, before the job has run, and the job then marks it published', async () => {
    const word = mark();
    const a = await write({ title: `示例定时${word}` });
    const at = new Date(clock.now().getTime() + 10 * MINUTE);
    const res = await stepOf(a.id, 'schedule', { publishAt: at.toISOString() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'scheduled', publishAt: at.toISOString() });

    clock.advance(10 * MINUTE - 1);
    expect(await publicIds(`&q=${encodeURIComponent(word)}`)).toEqual([]);
    expect((await api.get(`${PUBLIC}/${a.id}`)).statusCode).toBe(404);

    clock.advance(1);
    expect(await publicIds(`&q=${encodeURIComponent(word)}`)).toEqual([a.id]);
    const read = (await api.get(`${PUBLIC}/${a.id}`)).json();
    expect(read.publishedAt).toBe(at.toISOString());
    // The administration sees it as published too; the row is still 'scheduled' until the job runs.
    const listed = (await api.get(`${ADMIN}?q=${encodeURIComponent(word)}`, { as: admin })).json().items[0];
    expect(listed.status).toBe('published');
    expect((await api.get(`${ADMIN}?status=scheduled&q=${encodeURIComponent(word)}`, { as: admin })).json().total).toBe(
      0,
    );
    const stored = async () =>
      (await t.db.execute(sql`SELECT status FROM news_articles WHERE id = ${a.id}`)).rows[0]?.status;
    expect(await stored()).toBe('scheduled');

    const job = t.modules.find((m) => m.name === 'news')?.jobs?.find((j) => j.name === 'news-publish-due');
    expect(job?.cron).toBe('* * * * *');
    expect(await job?.run()).toBeGreaterThanOrEqual(1);
    expect(await stored()).toBe('published');
    expect(await job?.run()).toBe(0);
    const audits = await auditActions(a.id);
    expect(audits.map((x) => x.action)).toEqual(['news.create', 'news.schedule', 'news.publish_due']);
    expect(audits[2]?.actorId).toBeNull();
    expect((await api.get(`${PUBLIC}/${a.id}`)).json().publishedAt).toBe(at.toISOString());
  });

  it('refuses a time that has passed, moves a scheduled article, and puts it back to draft before its time only', async () => {
    const a = await write();
    const past = await stepOf(a.id, 'schedule', { publishAt: clock.now().toISOString() });
    expect(past.statusCode).toBe(422);
    expect(past.json().error.code).toBe('news.publish_at_past');

    const first = new Date(clock.now().getTime() + 5 * MINUTE).toISOString();
    const later = new Date(clock.now().getTime() + 60 * MINUTE).toISOString();
    expect((await stepOf(a.id, 'schedule', { publishAt: first })).statusCode).toBe(200);
    expect((await stepOf(a.id, 'schedule', { publishAt: later })).json().publishAt).toBe(later);
    const back = await stepOf(a.id, 'unschedule');
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ status: 'draft', publishAt: null });

    const b = await write();
    await stepOf(b.id, 'schedule', { publishAt: first });
    clock.advance(5 * MINUTE);
    // Public already: it is withdrawn, not put back to draft.
    expect((await stepOf(b.id, 'unschedule')).json().error.code).toBe('news.wrong_state');
    expect((await stepOf(b.id, 'withdraw', { reason: '示例：时间有误' })).statusCode).toBe(200);
  });

  it('publishes a scheduled article early, dated then', async () => {
    const a = await write();
    await stepOf(a.id, 'schedule', { publishAt: new Date(clock.now().getTime() + 30 * MINUTE).toISOString() });
    const now = clock.now().toISOString();
    expect((await stepOf(a.id, 'publish')).json()).toMatchObject({ status: 'published', publishAt: now });
  });
});

describe('withdrawal', () => {
  it('takes an article down with its reason and republishes it under its first date', async () => {
    const a = await published();
    expect((await stepOf(a.id, 'withdraw', { reason: '' })).statusCode).toBe(400);
    clock.advance(MINUTE);
    const res = await stepOf(a.id, 'withdraw', { reason: '示例：数据有误，更正后重新发布' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'withdrawn',
      withdrawReason: '示例：数据有误，更正后重新发布',
      withdrawnAt: clock.now().toISOString(),
    });
    expect(await publicIds()).not.toContain(a.id);
    expect((await api.get(`${PUBLIC}/${a.id}`)).statusCode).toBe(404);
    expect(
      (await api.get(`${ADMIN}?status=withdrawn&pageSize=200`, { as: admin }))
        .json()
        .items.map((x: { id: number }) => x.id),
    ).toContain(a.id);

    clock.advance(MINUTE);
    const again = await stepOf(a.id, 'republish');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      status: 'published',
      publishAt: a.publishAt,
      withdrawReason: null,
      withdrawnAt: null,
    });
    expect(await publicIds()).toContain(a.id);
    const { rows } = await t.db.execute(
      sql`SELECT after FROM audit_log WHERE action = 'news.withdraw' AND entity_id = ${String(a.id)}`,
    );
    expect(rows[0]?.after).toMatchObject({ status: 'withdrawn', reason: '示例：数据有误，更正后重新发布' });
  });
});

describe('the rich-text body', () => {
  it('is stored sanitised: no script, no onerror, no javascript: link; the markup the editor makes survives', async () => {
    const image = await upload(admin, 'png', `正文图片${mark()}`);
    const word = mark();
    const a = await write({
      body:
        `<h2>一、申报条件</h2><p><strong>重点</strong>和<em>说明</em>${word}</p><script>alert(1)</script>` +
        `<img src="/api/v1/uploads/${image}" alt="现场" onerror="alert(1)">` +
        '<p><a href="javascript:alert(1)">危险链接</a> <a href="https://www.most.gov.cn/">科技部</a></p>' +
        '<ul><li><p>第一项</p></li></ul><blockquote><p>引用</p></blockquote>',
    });
    expect(a.body).not.toMatch(/<script|alert|onerror|javascript:/i);
    expect(a.body).toContain('<h2>一、申报条件</h2>');
    expect(a.body).toContain(`<p><strong>重点</strong>和<em>说明</em>${word}</p>`);
    expect(a.body).toContain(`<img src="/api/v1/uploads/${image}" alt="现场" />`);
    expect(a.body).toContain(
      '<a href="https://www.most.gov.cn/" target="_blank" rel="noopener noreferrer nofollow">科技部</a>',
    );
    expect(a.body).toContain('<ul><li><p>第一项</p></li></ul><blockquote><p>引用</p></blockquote>');
    const { rows } = await t.db.execute(sql`SELECT body_html, body_text FROM news_articles WHERE id = ${a.id}`);
    expect(rows[0]?.body_html).toBe(a.body);
    expect(rows[0]?.body_text).toBe(`一、申报条件\n重点和说明${word}\n危险链接 科技部\n第一项\n引用`);

    await stepOf(a.id, 'publish');
    // The text is searched: a word only in the body finds the article.
    expect(await publicIds(`&q=${encodeURIComponent(word)}`)).toEqual([a.id]);
    expect((await api.get(`${PUBLIC}/${a.id}`)).json().body).toBe(a.body);
  });

  it('takes % and _ in a search literally', async () => {
    const a = await published({ title: `示例100%_达标${mark()}` });
    expect(await publicIds(`&q=${encodeURIComponent('100%_')}`)).toContain(a.id);
    expect(await publicIds(`&q=${encodeURIComponent('1_0')}`)).not.toContain(a.id);
  });
});

describe('files of an article', () => {
  it('are for the administration while a draft, public from the scheduled time on, and closed again on withdrawal', async () => {
    const e = await enterpriseWithUser(t);
    const cover = await upload(admin, 'png', `封面${mark()}`);
    const image = await upload(admin, 'png', `插图${mark()}`);
    const file = await upload(admin, 'pdf', `附件${mark()}`);
    const a = await write({
      cover,
      body: `<p>图</p><img src="/api/v1/uploads/${image}">`,
      attachments: [{ hash: file, name: '附件1：申报书.pdf' }],
    });
    expect(a.attachments).toEqual([{ hash: file, name: '附件1：申报书.pdf' }]);
    const status = async (hash: string, as?: string) => (await api.get(`/api/v1/uploads/${hash}`, { as })).statusCode;
    for (const h of [cover, image, file]) {
      expect(await status(h)).toBe(401);
      expect(await status(h, e.cookie)).toBe(404);
      expect(await status(h, admin)).toBe(200);
    }

    await stepOf(a.id, 'schedule', { publishAt: new Date(clock.now().getTime() + 2 * MINUTE).toISOString() });
    for (const h of [cover, image, file]) expect(await status(h)).toBe(401);
    clock.advance(2 * MINUTE);
    for (const h of [cover, image, file]) expect(await status(h)).toBe(200);
    const read = (await api.get(`${PUBLIC}/${a.id}`)).json();
    expect(read).toMatchObject({ cover, attachments: [{ hash: file, name: '附件1：申报书.pdf' }] });

    await stepOf(a.id, 'withdraw', { reason: '示例：附件有误' });
    for (const h of [cover, image, file]) expect(await status(h)).toBe(401);

    // An attachment removed from a republished article is no longer public; the others are again.
    await stepOf(a.id, 'republish');
    const edited = await api.put(`${ADMIN}/${a.id}`, article({ cover, body: '<p>无图</p>' }), { as: admin });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await status(cover)).toBe(200);
    expect(await status(image)).toBe(401);
    expect(await status(file)).toBe(401);
  });

  it('refuses a file that was never uploaded', async () => {
    const res = await api.post(ADMIN, article({ cover: 'f'.repeat(64) }), { as: admin });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('upload.not_attachable');
  });
});

describe('who manages articles', () => {
  it('is the administration alone: visitors must log in, members and providers are refused', async () => {
    const a = await published();
    const e = await enterpriseWithUser(t);
    const p = await providerWithUser(t);
    const {
      users: [superadmin],
    } = await seed(t, { users: [{ role: 'superadmin', login: true }] });
    const calls: [string, string, object?][] = [
      ['GET', ADMIN],
      ['GET', `${ADMIN}/${a.id}`],
      ['GET', `${ADMIN}/export.xlsx`],
      ['POST', ADMIN, article()],
      ['PUT', `${ADMIN}/${a.id}`, article()],
      ['POST', `${ADMIN}/${a.id}/withdraw`, { reason: '示例原因' }],
      ['POST', `${ADMIN}/${a.id}/publish`],
    ];
    for (const [method, url, body] of calls) {
      const as = (cookie?: string) => api.request(method as 'GET', url, body, { as: cookie });
      expect((await as()).statusCode, `${method} ${url} anonymous`).toBe(401);
      expect((await as(e.cookie)).statusCode, `${method} ${url} enterprise`).toBe(403);
      expect((await as(p.cookie)).statusCode, `${method} ${url} provider`).toBe(403);
    }
    expect((await api.get(`${ADMIN}/${a.id}`, { as: superadmin?.cookie })).statusCode).toBe(200);
    expect((await stepOf(a.id, 'withdraw', { reason: '示例：超级管理员撤回' }, superadmin?.cookie)).statusCode).toBe(
      200,
    );
  });
});

describe('lists', () => {
  it('page the public list without overlap, pinned first, then newest', async () => {
    const tag = `分页${mark()}`;
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      clock.advance(1000);
      ids.push((await published({ tags: [tag], pinned: i === 1 })).id);
    }
    const { keys } = await walkPages(api, `${PUBLIC}?tag=${encodeURIComponent(tag)}`, undefined, 3);
    expect(keys).toEqual([ids[1], ...ids.filter((_, i) => i !== 1).reverse()]);
    const admin7 = await walkPages(api, `${ADMIN}?tag=${encodeURIComponent(tag)}`, admin, 2);
    expect(admin7.keys).toEqual([...ids].reverse());
    conforms(newsAdminPageSchema, (await api.get(`${ADMIN}?tag=${encodeURIComponent(tag)}`, { as: admin })).json());
    expect(await exportRowCount(api, `${ADMIN}/export.xlsx?tag=${encodeURIComponent(tag)}`, admin)).toBe(7);
  });

  it('lists upcoming events soonest first, leaving out those over and those not public', async () => {
    const tag = `活动${mark()}`;
    const now = clock.now().getTime();
    const event = (startsIn: number, endsIn: number | null) => ({
      category: 'event',
      tags: [tag],
      event: {
        startsAt: new Date(now + startsIn * MINUTE).toISOString(),
        endsAt: endsIn === null ? null : new Date(now + endsIn * MINUTE).toISOString(),
        place: '示例高新区创新大厦',
        signup: 'platform',
      },
    });
    const later = await published(event(300, 360));
    const soon = await published(event(60, null));
    const running = await published(event(-30, 30));
    const over = await published(event(-120, -60));
    await write(event(10, 20));
    const upcoming = await publicIds(`&upcoming=true&tag=${encodeURIComponent(tag)}`);
    expect(upcoming).toEqual([running.id, soon.id, later.id]);
    expect(await publicIds(`&category=event&tag=${encodeURIComponent(tag)}`)).toContain(over.id);
    const card = (await api.get(`${PUBLIC}?upcoming=true&tag=${encodeURIComponent(tag)}`)).json().items[0];
    expect(card.event).toMatchObject({ place: '示例高新区创新大厦', signup: 'platform', signupUrl: null });
  });
});
