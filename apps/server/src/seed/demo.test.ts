import { addDays, isValidUscc, SERVICE_CATEGORY_CODES, shanghaiDate } from '@cz/shared';
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
  it('carries the market from inquiry to registration: deals, a notice, signed contracts and certificates', async () => {
    const password = DEMO_ACCOUNTS.find((a) => a.username === 'university')?.password;
    const university = await login(t, 'university', password);
    const enterprise = await login(t, 'enterprise', password);
    const admin = await login(t, 'admin', password);
    const me = (await api.get('/api/v1/auth/me', { as: university })).json();
    expect(me).toMatchObject({ username: 'university', role: 'enterprise' });

    type Deal = { id: number; status: string; side: string; sellerName: string; noticeUntil: string | null };
    const deals = (await api.get('/api/v1/market/deals?pageSize=100', { as: university })).json() as {
      items: (Deal & { contractId: number | null })[];
    };
    expect(deals.items.every((d) => d.side !== null && d.sellerName.includes('示例'))).toBe(true);
    expect(new Set(deals.items.map((d) => d.status))).toEqual(
      new Set(['negotiating', 'notice', 'agreed', 'contracted', 'cancelled']),
    );
    // The institute's counter-offer waits for the demo enterprise's answer; the earlier offers were superseded.
    const talking = deals.items.find((d) => d.status === 'negotiating') as Deal;
    const thread = (await api.get(`/api/v1/market/deals/${talking.id}`, { as: enterprise })).json();
    expect(thread.side).toBe('buyer');
    const offers = thread.messages.filter((m: { offerFen: number | null }) => m.offerFen !== null);
    expect(offers.at(-1)).toMatchObject({ side: 'seller', offerStatus: 'open' });
    expect(offers.slice(0, -1).every((m: { offerStatus: string }) => m.offerStatus === 'superseded')).toBe(true);
    expect(thread.messages.at(-1).offerStatus).toBe('open');

    // The agreed price on public notice, to anyone.
    const onNotice = deals.items.find((d) => d.status === 'notice') as Deal;
    const today = shanghaiDate(new Date());
    expect(onNotice.noticeUntil).toBe(addDays(today, 10));
    const notices = (await api.get('/api/v1/market/deal-notices')).json();
    expect(notices.items.map((n: { dealId: number }) => n.dealId)).toContain(onNotice.id);

    // Registrations in every status; the registered ones numbered in the settings' layout.
    const all = (await api.get('/api/v1/market/registrations?scope=all&pageSize=100', { as: admin })).json() as {
      items: {
        id: number;
        status: string;
        number: string | null;
        sellerOrgId: number;
        contractId: number;
        review: boolean;
        limitWorkingDays: number;
        techTradeFen: number;
        dueOn: string;
        reasonCode: string | null;
        returnNote: string | null;
      }[];
    };
    const registered = all.items.filter((r) => r.status === 'registered');
    expect(registered.length).toBeGreaterThanOrEqual(2);
    for (const r of registered) expect(r.number).toMatch(/^\d{2}140401\d{6}$/);
    expect(new Set(registered.map((r) => r.number)).size).toBe(registered.length);
    expect(registered.some((r) => r.review && r.limitWorkingDays === 30 && r.techTradeFen >= 500_000_000)).toBe(true);
    expect(all.items.filter((r) => r.status === 'refused').map((r) => r.reasonCode)).toEqual(['incomplete_terms']);
    const waiting = all.items.filter((r) => r.status === 'submitted');
    expect(waiting).toHaveLength(1);
    expect(String(waiting[0]?.dueOn) > today).toBe(true);
    expect(all.items.filter((r) => r.status === 'returned' && r.returnNote)).toHaveLength(1);
    // The institute, as seller, sees its registrations in every status.
    const mine = (await api.get('/api/v1/market/registrations?pageSize=100', { as: university })).json();
    expect(new Set(mine.items.map((r: { status: string }) => r.status))).toEqual(
      new Set(['registered', 'refused', 'submitted', 'returned']),
    );

    // The seller's certificate, and its verification by number and code (public).
    const cert = registered.find((r) =>
      mine.items.some((m: { id: number }) => m.id === r.id),
    ) as (typeof registered)[0];
    const pdf = await api.get(`/api/v1/market/registrations/${cert.id}/certificate.pdf`, { as: university });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { rows } = await t.db.execute(sql`SELECT verify_code FROM market_registrations WHERE id = ${cert.id}`);
    const verified = await api.get(
      `/api/v1/market/registrations/verify/${cert.number}?code=${String(rows[0]?.verify_code)}`,
    );
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ number: cert.number, sellerName: '示例理工学院' });

    // The signed contract's scan: both sides download it, others do not find it.
    const contract = (await api.get(`/api/v1/market/contracts/${cert.contractId}`, { as: university })).json();
    expect(contract).toMatchObject({ status: 'signed', side: 'seller' });
    expect(contract.nonTechnicalFen).toBeGreaterThan(0);
    const file = await api.get(`/api/v1/uploads/${contract.signedFile.hash}`, { as: university });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await api.get(`/api/v1/uploads/${contract.signedFile.hash}`, { as: enterprise })).statusCode).toBe(200);
    const bank = await login(t, 'finance', password);
    expect((await api.get(`/api/v1/uploads/${contract.signedFile.hash}`, { as: bank })).statusCode).toBe(404);

    // What waits for the demo enterprise: a draft the institute confirmed, and a signed contract to register.
    const ours = (await api.get('/api/v1/market/deals?status=contracted&pageSize=100', { as: enterprise })).json();
    const contracts = await Promise.all(
      ours.items.map(
        async (d: { contractId: number }) =>
          (await api.get(`/api/v1/market/contracts/${d.contractId}`, { as: enterprise })).json() as {
            id: number;
            kind: string;
            status: string;
            side: string;
            sellerConfirmedAt: string | null;
            buyerConfirmedAt: string | null;
            registrationId: number | null;
            signedFile: unknown;
          },
      ),
    );
    expect(new Set(contracts.map((c) => c.kind)).size).toBeGreaterThanOrEqual(3);
    const draft = contracts.find((c) => c.status === 'draft');
    expect(draft).toMatchObject({ side: 'buyer', buyerConfirmedAt: null });
    expect(draft?.sellerConfirmedAt).not.toBeNull();
    const confirmed = await api.post(`/api/v1/market/contracts/${draft?.id}/confirm`, {}, { as: enterprise });
    expect(confirmed.json().status).toBe('signed');
    const unregistered = contracts.find((c) => c.side === 'seller' && c.status === 'signed' && !c.registrationId);
    expect(unregistered?.signedFile).not.toBeNull();
    const applied = await api.post(`/api/v1/market/contracts/${unregistered?.id}/registration`, {}, { as: enterprise });
    expect(applied.statusCode).toBe(201);
    expect(applied.json().dueOn > today).toBe(true);
  });
  it('offers 示例理工学院 patents on the 专利超市, four with open licences, one taken by the provider', async () => {
    const market = (await api.get('/api/v1/market/patents?pageSize=50')).json() as {
      items: {
        kind: string;
        ownerName: string;
        openLicence: { id: number; taken: number; evaluationReport: { hash: string } | null } | null;
      }[];
      total: number;
    };
    expect(market.total).toBeGreaterThanOrEqual(6);
    const licences = market.items.flatMap((p) => (p.openLicence ? [{ ...p.openLicence, kind: p.kind }] : []));
    expect(licences).toHaveLength(4);
    expect(market.items.every((p) => p.ownerName.includes('示例'))).toBe(true);
    // The utility model's open licence comes with its 专利权评价报告, which anyone may read.
    const report = licences.find((l) => l.kind === 'utility_model')?.evaluationReport?.hash as string;
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${report}` })).statusCode).toBe(200);
    expect(licences.filter((l) => l.taken === 1)).toHaveLength(1);
    const password = DEMO_ACCOUNTS.find((a) => a.username === 'provider')?.password;
    const provider = await login(t, 'provider', password);
    const deals = (await api.get('/api/v1/market/deals?status=agreed', { as: provider })).json();
    expect(deals.items.filter((d: { openLicenceId: number | null }) => d.openLicenceId !== null)).toEqual([
      expect.objectContaining({ side: 'buyer', licenceYears: 2, agreedFen: 6_000_000, contractable: true }),
    ]);
  });
  it("publishes last year's technology catalogue and keeps this year's a draft for the administration", async () => {
    const password = DEMO_ACCOUNTS.find((a) => a.username === 'admin')?.password;
    const admin = await login(t, 'admin', password);
    type Listed = { id: number; year: number; title: string; status: string; entryCount: number };
    const open = (await api.get('/api/v1/market/catalogues')).json() as { total: number; items: Listed[] };
    expect(open.total).toBe(1);
    const published = open.items[0] as Listed;
    expect(published).toMatchObject({ status: 'published' });
    expect(published.title).toContain('示例');
    expect(published.entryCount).toBeGreaterThanOrEqual(8);
    const all = (await api.get('/api/v1/market/catalogues', { as: admin })).json() as { items: Listed[] };
    expect(all.items.map((c) => [c.year, c.status])).toEqual([
      [published.year + 1, 'draft'],
      [published.year, 'published'],
    ]);
    // Its entries are published achievements, one field after another, each with its place.
    const detail = (await api.get(`/api/v1/market/catalogues/${published.id}`)).json() as {
      entries: { position: number; achievementId: number; field: string; title: string }[];
    };
    expect(detail.entries.map((e) => e.position)).toEqual(detail.entries.map((_, i) => i + 1));
    expect(new Set(detail.entries.map((e) => e.field)).size).toBe(8);
    const { rows } = await t.db.execute(sql`
      SELECT count(*)::int AS n FROM market_achievements
      WHERE status = 'published' AND id IN (${sql.join(
        detail.entries.map((e) => sql`${e.achievementId}`),
        sql`, `,
      )})`);
    expect(rows[0]?.n).toBe(detail.entries.length);
  });

  it('holds one push event with the pairs that met and what followed, and plans the next with the enterprise invited', async () => {
    const password = DEMO_ACCOUNTS.find((a) => a.username === 'admin')?.password;
    const admin = await login(t, 'admin', password);
    const enterprise = await login(t, 'enterprise', password);
    type Listed = { id: number; title: string; status: string; startsAt: string; featuredCount: number };
    const events = (await api.get('/api/v1/market/events', { as: admin })).json() as {
      total: number;
      items: Listed[];
      thisYear: { count: number; target: number };
    };
    expect(events.total).toBe(2);
    expect(events.items.every((e) => e.title.includes('示例') && e.featuredCount > 0)).toBe(true);
    const held = events.items.find((e) => e.status === 'held') as Listed;
    const planned = events.items.find((e) => e.status === 'planned') as Listed;
    expect(new Date(held.startsAt).getTime()).toBeLessThan(Date.now());
    expect(new Date(planned.startsAt).getTime()).toBeGreaterThan(Date.now());
    const y = (await api.get(`/api/v1/market/events/${held.id}/yield`, { as: admin })).json() as {
      summary: { registered: number; checkedIn: number; meetings: number; negotiations: number };
      meetings: { orgName: string; outcome: string; dealId: number | null }[];
    };
    expect(y.summary.checkedIn).toBeGreaterThan(0);
    expect(y.summary.checkedIn).toBeLessThan(y.summary.registered);
    expect(y.meetings.length).toBe(y.summary.meetings);
    expect(y.meetings.length).toBeGreaterThanOrEqual(2);
    // The demo enterprise's pairs became its negotiations (one agreed price on notice); the other pair only met.
    expect(y.summary.negotiations).toBeGreaterThanOrEqual(1);
    expect(y.meetings.some((m) => m.dealId !== null && m.outcome !== 'met')).toBe(true);
    expect(y.meetings.some((m) => m.outcome === 'met' && m.dealId === null)).toBe(true);
    const mine = (await api.get(`/api/v1/market/events/${planned.id}`, { as: enterprise })).json();
    expect(mine.mine).toEqual({ invited: true, registered: false, checkedIn: false });
  });

  it("keeps the demo enterprise's rights cases in several states, the closed one with its outcome", async () => {
    const password = DEMO_ACCOUNTS.find((a) => a.username === 'enterprise')?.password;
    const enterprise = await login(t, 'enterprise', password);
    const admin = await login(t, 'admin', password);
    type Case = {
      title: string;
      status: string;
      dueOn: string | null;
      outcome: string | null;
      expertId: number | null;
      agencyOrgId: number | null;
      wilfulInfringerOrgId: number | null;
    };
    const mine = (await api.get('/api/v1/ip/cases?pageSize=50', { as: enterprise })).json() as { items: Case[] };
    expect(mine.items.every((c) => c.title.includes('示例'))).toBe(true);
    expect(new Set(mine.items.map((c) => c.status))).toEqual(new Set(['submitted', 'handling', 'mediation', 'closed']));
    const by = (status: string) => mine.items.find((c) => c.status === status) as Case;
    expect(by('submitted')).toMatchObject({ dueOn: null, expertId: null, agencyOrgId: null });
    // Accepted cases have a limit and someone (the demo expert or an agency) handling them.
    for (const s of ['handling', 'mediation', 'closed']) {
      expect(by(s).dueOn, s).not.toBeNull();
      expect(by(s).expertId !== null || by(s).agencyOrgId !== null, s).toBe(true);
    }
    expect(by('closed').outcome).toContain('示例');
    expect(by('closed').wilfulInfringerOrgId).not.toBeNull();
    const all = (await api.get('/api/v1/ip/cases?scope=all&pageSize=50', { as: admin })).json();
    expect(all.total).toBeGreaterThanOrEqual(mine.items.length);
  });

  it("gives two of 示例理工学院's achievements files: a public 检测报告 to anyone, a 技术说明书 to the deal's sides", async () => {
    const password = DEMO_ACCOUNTS.find((a) => a.username === 'enterprise')?.password;
    const enterprise = await login(t, 'enterprise', password);
    const bank = await login(t, 'finance', password);
    const { rows } = await t.db.execute(sql`
      SELECT a.id, a.attachments[1] AS hash, a.attachments_public, o.name AS owner
      FROM market_achievements a JOIN org_directory o ON o.id = a.owner_org_id
      WHERE cardinality(a.attachments) > 0 ORDER BY a.id`);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.owner === '示例理工学院')).toBe(true);
    const open = rows.find((r) => r.attachments_public) as { id: number; hash: string };
    const closed = rows.find((r) => !r.attachments_public) as { id: number; hash: string };
    const filesOf = async (id: number, as?: string) =>
      (await api.get(`/api/v1/market/achievements/${id}`, as ? { as } : {})).json().attachments as { name: string }[];
    expect((await filesOf(open.id)).map((f) => f.name)).toEqual([expect.stringContaining('检测报告')]);
    const report = await api.get(`/api/v1/uploads/${open.hash}`);
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The 技术说明书: not listed nor served to the public or a bank, but to the enterprise negotiating it.
    expect(await filesOf(closed.id)).toEqual([]);
    expect((await api.get(`/api/v1/uploads/${closed.hash}`)).statusCode).toBe(401);
    expect((await api.get(`/api/v1/uploads/${closed.hash}`, { as: bank })).statusCode).toBe(404);
    expect((await filesOf(closed.id, enterprise)).map((f) => f.name)).toEqual([expect.stringContaining('技术说明书')]);
    expect((await api.get(`/api/v1/uploads/${closed.hash}`, { as: enterprise })).statusCode).toBe(200);
  });
});
