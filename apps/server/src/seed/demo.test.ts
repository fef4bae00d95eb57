import { isValidUscc, SERVICE_CATEGORY_CODES } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { DEMO_ACCOUNTS, seedDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: 2026, uploadDir: t.config.uploadDir });
});
afterAll(() => t.close());
const api = client(() => t);

type Listed = { id: number; providerId: number; providerName: string; status: string; price: number | null };

describe('the demo data a new user meets', () => {
  it('fills the 科技服务超市 with published services in each of the nine categories from at least ten providers', async () => {
    const providers = new Map<number, string>();
    for (const category of SERVICE_CATEGORY_CODES.filter((c) => c !== 'instrument')) {
      const res = await api.get(`/api/v1/services?category=${category}&pageSize=200`);
      expect(res.statusCode).toBe(200);
      const page = res.json() as { total: number; items: Listed[] };
      expect(page.total, category).toBeGreaterThanOrEqual(1);
      for (const s of page.items) {
        expect(s.status).toBe('active');
        providers.set(s.providerId, s.providerName);
      }
    }
    expect(providers.size).toBeGreaterThanOrEqual(10);
    expect([...providers.values()].every((n) => n.includes('示例'))).toBe(true);
    const { rows } = await t.db.execute(
      sql`SELECT uscc FROM organisations WHERE id IN (${sql.join([...providers.keys()], sql`, `)})`,
    );
    expect(rows).toHaveLength(providers.size);
    expect(rows.every((r) => isValidUscc(String(r.uscc)))).toBe(true);
  });

  it('gives every demo instrument a picture that the uploads route serves as an image to anyone', async () => {
    const page = (await api.get('/api/v1/instruments?pageSize=200')).json() as {
      total: number;
      items: { id: number; photos: string[] }[];
    };
    expect(page.total).toBeGreaterThanOrEqual(20);
    const hashes = new Set<string>();
    for (const i of page.items) {
      expect(i.photos.length, `instrument ${i.id}`).toBeGreaterThan(0);
      hashes.add(i.photos[0] as string);
    }
    for (const h of hashes) {
      const res = await api.get(`/api/v1/uploads/${h}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('image/png');
      expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    }
    expect(hashes.size).toBeGreaterThanOrEqual(5);
  });

  it('gives the demo enterprise IP of several kinds, counted only where verified, and a fee reminder to act on', async () => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === 'enterprise');
    const cookie = await login(t, account?.username as string, account?.password);
    const page = (await api.get('/api/v1/ip/records?pageSize=50', { as: cookie })).json() as {
      items: { kind: string; legalStatus: string; verification: string; counted: boolean; title: string; id: number }[];
    };
    expect(new Set(page.items.map((r) => r.kind)).size).toBeGreaterThanOrEqual(5);
    expect(page.items.every((r) => r.title.includes('示例'))).toBe(true);
    expect(page.items.filter((r) => r.legalStatus === 'lapsed')).toHaveLength(1);
    expect(page.items.some((r) => r.verification === 'pending')).toBe(true);
    const counts = (await api.get('/api/v1/ip/class-counts', { as: cookie })).json();
    expect(counts).toMatchObject({ class1: 1, class2: 1 });
    const detail = (
      await api.get(`/api/v1/ip/records/${page.items.find((r) => r.kind === 'invention')?.id}`, {
        as: cookie,
      })
    ).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['pledge']);
    const notices = (await api.get('/api/v1/notifications?pageSize=100', { as: cookie })).json() as {
      items: { kind: string }[];
    };
    expect(notices.items.map((n) => n.kind)).toContain('ip.fee_due');
  });

  it('has enterprises on both sides of the 科技型中小企业 rule and a cultivation pool with visits and tasks', async () => {
    const { rows } = await t.db.execute(sql`
      SELECT f.name, e.score_max, e.verdict, x.result->>'directlyQualified' AS direct
      FROM cultivation_latest_evaluations e JOIN org_evaluation_facts f ON f.org_id = e.org_id
      JOIN cultivation_evaluations x ON x.id = e.id
      WHERE e.kind = 'tech_sme' AND f.name IN ('示例培育达标科技有限公司', '示例差一人科技有限公司', '示例直通高企科技有限公司')
      ORDER BY f.name`);
    const by = Object.fromEntries(rows.map((r) => [String(r.name), r]));
    expect(by.示例培育达标科技有限公司).toMatchObject({ score_max: 62, verdict: 'eligible' });
    expect(by.示例差一人科技有限公司).toMatchObject({ score_max: 58, verdict: 'not_eligible' });
    expect(by.示例直通高企科技有限公司).toMatchObject({ verdict: 'eligible', direct: 'true' });
    const admin = await login(t, 'admin', DEMO_ACCOUNTS[1]?.password);
    const pool = (await api.get('/api/v1/cultivation/pool', { as: admin })).json();
    expect(pool.total).toBe(3);
    expect(new Set(pool.items.map((p: { tier: string }) => p.tier))).toEqual(new Set(['seed', 'growing', 'sprint']));
    expect(pool.items.some((p: { lastVisitOn: string | null }) => p.lastVisitOn !== null)).toBe(true);
    expect(pool.items.some((p: { openTasks: number }) => p.openTasks > 0)).toBe(true);
    // A saved criterion not applied yet, applied each night: applying it now would bring in the others.
    const [criterion] = (await api.get('/api/v1/cultivation/pool/criteria', { as: admin })).json().items;
    expect(criterion).toMatchObject({ autoApply: true, inPool: 0, tier: 'seed' });
    // 9 enterprises score 60 or more without a 高企 pass; the one that just qualifies is in the pool already.
    expect(criterion).toMatchObject({ matching: 9, newMatches: 8 });
  });
  it('has fictional articles in every category, one scheduled ahead and one withdrawn, with public covers', async () => {
    const { rows } = await t.db.execute(sql`SELECT title, category, status, publish_at, cover FROM news_articles`);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.every((r) => String(r.title).includes('示例'))).toBe(true);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['notice', 'interpretation', 'news', 'event']));
    const scheduled = rows.filter((r) => r.status === 'scheduled');
    expect(scheduled).toHaveLength(1);
    expect(new Date(String(scheduled[0]?.publish_at)).getTime()).toBeGreaterThan(Date.now());
    expect(rows.filter((r) => r.status === 'withdrawn')).toHaveLength(1);

    const page = (await api.get('/api/v1/news/articles?pageSize=200')).json() as {
      total: number;
      items: { id: number; title: string; cover: string | null }[];
    };
    expect(page.total).toBe(rows.length - 2);
    const covers = page.items.filter((a) => a.cover);
    expect(covers.length).toBeGreaterThanOrEqual(3);
    for (const a of covers) expect((await api.get(`/api/v1/uploads/${a.cover}`)).statusCode).toBe(200);
    const upcoming = (await api.get('/api/v1/news/articles?upcoming=true')).json();
    expect(upcoming.total).toBeGreaterThanOrEqual(2);
    const first = (await api.get(`/api/v1/news/articles/${page.items[0]?.id}`)).json();
    expect(first.body).toMatch(/<p>/);
  });
  it('fills the technology market: 150 and more achievements and 60 and more needs in every field, each status shown', async () => {
    const count = async (path: string) => (await api.get(`/api/v1/market/${path}`)).json().total as number;
    expect(await count('achievements')).toBeGreaterThanOrEqual(150);
    expect(await count('needs')).toBeGreaterThanOrEqual(60);
    const { rows } = await t.db.execute(sql`
      SELECT status, field, confidentiality, deadline < current_date AS closed, title FROM market_needs`);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.every((r) => String(r.title).includes('示例'))).toBe(true);
    expect(new Set(rows.map((r) => r.field)).size).toBe(8);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['published', 'submitted', 'returned', 'draft']));
    expect(rows.some((r) => r.confidentiality === 'summary')).toBe(true);
    expect(rows.some((r) => r.closed)).toBe(true);
    const open = (await api.get('/api/v1/market/needs?open=true')).json().total as number;
    expect(open).toBeLessThan(await count('needs'));
  });
});
