import { patentCheckChar } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import type { CultivationApi } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);
const CALC = '/api/v1/cultivation/tech-sme/calculate';

/** Figures that just qualify: 30% tech staff (20), R&D 6% of sales (50), no IP (0) → 70. */
const golden = {
  employees: 100,
  techStaff: 30,
  salesFen: 1_000_000_000,
  rdExpenseFen: 60_000_000,
  totalCostFen: 900_000_000,
  totalAssetsFen: 2_000_000_000,
  ip1Count: 0,
  ip2Count: 0,
  resident: true,
  prohibitedIndustry: false,
  majorIncident: false,
  dishonestList: false,
  abnormalOperation: false,
  assessedOn: '2026-03-01',
};

const declared = {
  prohibitedIndustry: false,
  majorIncident: false,
  dishonestList: false,
  abnormalOperation: false,
  nationalAward5y: false,
  provincialRdInstitution: false,
  ledStandard5y: false,
};

const indicator = (o: Record<string, unknown> = {}) => ({
  year: 2025,
  revenue: 1_000_000_000,
  rdExpense: 60_000_000,
  totalAssets: 2_000_000_000,
  employees: 100,
  techStaff: 30,
  totalCost: 900_000_000,
  ...o,
});

describe('科技型中小企业 calculator (public)', () => {
  it('answers the golden case with every part, its numbers and its article, to anyone', async () => {
    const res = await api.post(CALC, golden);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      score: 70,
      parts: { techStaff: 20, rd: 50, ip: 0 },
      eligible: true,
      verdict: 'eligible',
    });
    expect(r.packId).toBe('tech-sme/2017-115');
    const staff = r.reasons.find((l: { code: string }) => l.code === 'tech-sme.score.tech-staff');
    expect(staff.values).toMatchObject({ techStaff: 30, employees: 100, percent: '30.00' });
    expect(staff.cite.document).toContain('115号');
    for (const line of r.reasons) expect(line.cite.article.length).toBeGreaterThan(0);
  });

  it('puts a share just below a band in the band below, and a score of 60 with no tech-staff points out', async () => {
    // 29 of 100 is below 30%: 16 points, so 66.
    expect((await api.post(CALC, { ...golden, techStaff: 29 })).json().parts.techStaff).toBe(16);
    // 9 of 100 (<10%) gives 0 tech-staff points: not eligible even with 50 + 30 = 80.
    const r = (await api.post(CALC, { ...golden, techStaff: 9, ip1Count: 1 })).json();
    expect(r.score).toBe(80);
    expect(r.eligible).toBe(false);
    // 20% (12) + R&D 2% of sales (10) + 4 Ⅱ类 (24) = 46 → not eligible; 5% (40) → 76.
    const low = (await api.post(CALC, { ...golden, techStaff: 20, rdExpenseFen: 20_000_000, ip2Count: 4 })).json();
    expect(low).toMatchObject({ score: 46, eligible: false });
    // 200 million sales exactly is still small enough; one fen more is not.
    expect(
      (await api.post(CALC, { ...golden, salesFen: 20_000_000_000, rdExpenseFen: 1_200_000_000 })).json().eligible,
    ).toBe(true);
    expect((await api.post(CALC, { ...golden, salesFen: 20_000_000_001 })).json().eligible).toBe(false);
  });

  it('says needs_data when a condition is not given, and refuses malformed figures in the house error shape', async () => {
    const { resident: _r, ...noResident } = golden;
    expect((await api.post(CALC, noResident)).json().verdict).toBe('needs_data');
    const bad = await api.post(CALC, { ...golden, techStaff: 101 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('http.validation');
    const neg = await api.post(CALC, { ...golden, salesFen: -1 });
    expect(neg.json().error.details.length).toBeGreaterThan(0);
    expect((await api.post(CALC, { ...golden, employees: 1.5 })).statusCode).toBe(400);
  });
});

describe('evaluations on registry data', () => {
  it('evaluates an enterprise from its indicators and declarations, again when its indicators change', async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const put = (o: Record<string, unknown>) =>
      api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(o), { as: e.cookie });
    expect(
      (await api.put(`/api/v1/cultivation/orgs/${e.org.id}/declarations`, declared, { as: e.cookie })).statusCode,
    ).toBe(200);
    expect((await put({})).statusCode).toBe(200);
    let mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    const tech = mine.items.find((x: { kind: string }) => x.kind === 'tech_sme');
    expect(tech).toMatchObject({ scoreMin: 70, scoreMax: 70, verdict: 'eligible', trigger: 'indicators' });
    expect(tech.input).toMatchObject({ employees: 100, techStaff: 30, year: 2025 });
    expect(tech.result.reasons.length).toBeGreaterThan(5);
    // The words of every line are rendered again from the stored input by the pack the result names.
    const staffLine = tech.result.reasons.find((l: { code: string }) => l.code === 'tech-sme.score.tech-staff');
    expect(staffLine.rule.zh).toContain('科技人员 30 人 ÷ 职工总数 100 人 = 30.00%，得 20 分');
    const { rows: stored } = await t.db.execute(sql`SELECT result FROM cultivation_evaluations WHERE id = ${tech.id}`);
    expect(JSON.stringify(stored[0]?.result)).not.toContain('职工总数');
    // One tech staff fewer than 30%: 16 points, still eligible at 66; at 9 of 100 the tech-staff part is 0.
    await put({ techStaff: 9 });
    mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    const after = mine.items.find((x: { kind: string }) => x.kind === 'tech_sme');
    expect(after).toMatchObject({ scoreMax: 50, verdict: 'not_eligible' });
    expect(after.gaps.map((g: { code: string }) => g.code)).toContain('tech-sme.score');
    const history = (
      await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations/history`, { as: e.cookie })
    ).json();
    expect(history.items.map((h: { scoreMax: number }) => h.scoreMax)).toEqual([50, 70]);
    // Another enterprise sees neither the list nor one evaluation.
    expect((await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: other.cookie })).statusCode).toBe(
      403,
    );
    expect((await api.get(`/api/v1/cultivation/evaluations/${after.id}`, { as: other.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/cultivation/evaluations/${after.id}`, { as: e.cookie })).json().id).toBe(after.id);
    expect((await api.get('/api/v1/cultivation/evaluations', { as: e.cookie })).statusCode).toBe(403);
    // The store is append-only.
    await expect(t.db.execute(sql`DELETE FROM cultivation_evaluations WHERE id = ${after.id}`)).rejects.toThrow();
  });

  it('re-runs on request, and refuses an enterprise without indicators', async () => {
    const e = await enterpriseWithUser(t);
    const res = await api.post(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, {}, { as: e.cookie });
    expect(res.json().error.code).toBe('cultivation.no_indicators');
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    const again = (await api.post(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, {}, { as: e.cookie })).json();
    expect(again.items[0]).toMatchObject({ trigger: 'manual', verdict: 'needs_data', scoreMax: 70 });
    expect(again.items[0].gaps.some((g: { outcome: string }) => g.outcome === 'needs_data')).toBe(true);
  });

  it('a valid 高企 certificate qualifies directly even with a low score', async () => {
    const e = await enterpriseWithUser(t);
    await t.db.execute(sql`UPDATE organisations SET hte_cert_no = 'GR202414000001', hte_valid_from = '2024-01-01',
      hte_valid_to = '2099-12-31' WHERE id = ${e.org.id}`);
    await api.put(`/api/v1/cultivation/orgs/${e.org.id}/declarations`, declared, { as: e.cookie });
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator({ techStaff: 5, rdExpense: 0 }), {
      as: e.cookie,
    });
    const mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    expect(mine.items[0]).toMatchObject({ scoreMax: 0, verdict: 'eligible' });
    expect(mine.items[0].result.directlyQualified).toBe(true);
  });

  it('runs the 高企 self-check on three reported years and names the figures it still lacks', async () => {
    const e = await enterpriseWithUser(t);
    await t.db.execute(sql`UPDATE organisations SET founded_on = '2018-05-01' WHERE id = ${e.org.id}`);
    const full = {
      rdDomestic: 60_000_000,
      totalIncome: 1_000_000_000,
      hightechIncome: 700_000_000,
      netAssets: 500_000_000,
      conversions: 2,
    };
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2024`, indicator({ year: 2024, ...full }), { as: e.cookie });
    let mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    expect(mine.items.map((i: { kind: string }) => i.kind)).toContain('hte');
    // The latest year lacks domestic R&D: the self-check waits for it and says so.
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator({ techStaff: 5 }), { as: e.cookie });
    mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    expect(mine.missingFigures.rd_deduction).toEqual(['rule']);
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator({ techStaff: 5, ...full }), { as: e.cookie });
    mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    const hte = mine.items.find((i: { kind: string }) => i.kind === 'hte');
    expect(hte.verdict).toBe('not_eligible');
    expect(hte.scoreMin).toBeLessThanOrEqual(hte.scoreMax);
    expect(hte.input.salesFen).toEqual([1_000_000_000, 1_000_000_000]);
    // 5 of 100 tech staff: the 10% condition needs 6 more people (x ≥ (10·100 − 100·5) ÷ 90).
    const staff = hte.gaps.find((g: { code: string }) => g.code === 'hte.tech-staff');
    expect(staff).toMatchObject({ amount: 6, unit: 'people', outcome: 'not_met' });
    expect(staff.cite.document).toContain('32号');
  });

  it('lists the latest evaluations for administrators with filters and exports them', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    await api.put(`/api/v1/cultivation/orgs/${e.org.id}/declarations`, declared, { as: e.cookie });
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    const name = encodeURIComponent(e.org.name);
    const page = (
      await api.get(`/api/v1/cultivation/evaluations?q=${name}&kind=tech_sme&verdict=eligible&scoreMin=60`, {
        as: admin.cookie,
      })
    ).json();
    expect(page.items.map((i: { orgId: number }) => i.orgId)).toEqual([e.org.id]);
    expect(page.total).toBe(1);
    const none = (await api.get(`/api/v1/cultivation/evaluations?q=${name}&scoreMin=71`, { as: admin.cookie })).json();
    expect(none.total).toBe(0);
    const x = await api.get(`/api/v1/cultivation/evaluations/export.xlsx?q=${name}`, { as: admin.cookie });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('IP changes', () => {
  const cultivationApi = () => {
    const found = t.modules.find((m) => m.name === 'cultivation')?.api as CultivationApi | undefined;
    if (!found) throw new Error('no cultivation module');
    return found;
  };
  let serial = 1;
  /** A valid invention application number (ZC 0006-2003 check character), unused in this file's database. */
  const inventionNo = () => {
    const digits = `20221${String(serial++).padStart(7, '0')}`;
    return `${digits}.${patentCheckChar(digits)}`;
  };
  const techSme = async (e: { org: { id: number }; cookie: string }) => {
    const mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    return mine.items.find((x: { kind: string }) => x.kind === 'tech_sme');
  };
  const evaluationsOf = async (orgId: number) =>
    Number(
      (await t.db.execute(sql`SELECT count(*) AS n FROM cultivation_evaluations WHERE org_id = ${orgId}`)).rows[0]?.n,
    );

  /** An enterprise that just qualifies without IP (20 + 50 + 0 = 70) and a pending invention with its certificate. */
  async function enterpriseWithPendingPatent() {
    const e = await enterpriseWithUser(t);
    await api.put(`/api/v1/cultivation/orgs/${e.org.id}/declarations`, declared, { as: e.cookie });
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    const created = await api.post(
      '/api/v1/ip/records',
      {
        kind: 'invention',
        number: inventionNo(),
        title: '示例光伏组件封装方法',
        holders: e.org.name,
        appliedOn: '2021-03-01',
        grantedOn: '2023-06-10',
        expiresOn: '2041-02-28',
        legalStatus: 'valid',
        acquisition: 'own',
      },
      { as: e.cookie },
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    const file = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads?name=certificate.pdf',
      payload: Buffer.from(`%PDF-1.4 示例证书 ${id}`),
      headers: { cookie: e.cookie, 'content-type': 'application/pdf' },
    });
    expect(file.statusCode, file.body).toBe(201);
    const cert = await api.put(
      `/api/v1/ip/records/${id}/certificate`,
      { certificate: file.json().hash },
      { as: e.cookie },
    );
    expect(cert.statusCode, cert.body).toBe(200);
    return { e, id };
  }

  it("evaluates the holder again in the verification's own request, and again when a termination is recorded", async () => {
    const admin = await adminCookie(t);
    const { e, id } = await enterpriseWithPendingPatent();
    const before = await techSme(e);
    expect(before).toMatchObject({ scoreMax: 70, trigger: 'indicators' });
    expect(before.input).toMatchObject({ ip1Count: 0, ip2Count: 0 });

    const verified = await api.post(
      `/api/v1/ip/records/${id}/verification`,
      { decision: 'verify' },
      { as: admin.cookie },
    );
    expect(verified.statusCode, verified.body).toBe(200);
    // No job ran: the handler of ip.counts-changed stored the new evaluation with the verification.
    const after = await techSme(e);
    expect(after.id).not.toBe(before.id);
    expect(after).toMatchObject({ scoreMax: 100, trigger: 'ip' });
    expect(after.input).toMatchObject({ ip1Count: 1, ip2Count: 0, ipFromRegistry: true });
    const ipLine = after.result.reasons.find((l: { code: string }) => l.code === 'tech-sme.score.ip');
    expect(ipLine.points).toBe(30);
    const { rows: audits } = await t.db.execute(
      sql`SELECT after->>'trigger' AS trigger FROM audit_log
          WHERE action = 'cultivation.evaluate' AND entity_id = ${String(e.org.id)} ORDER BY id`,
    );
    expect(audits.map((r) => r.trigger)).toEqual(['indicators', 'ip']);

    const ended = await api.post(
      `/api/v1/ip/records/${id}/events`,
      { kind: 'termination', occurredOn: '2025-09-01', note: '未缴年费终止' },
      { as: e.cookie },
    );
    expect(ended.statusCode, ended.body).toBe(201);
    const lowered = await techSme(e);
    expect(lowered).toMatchObject({ scoreMax: 70, trigger: 'ip' });
    expect(lowered.input).toMatchObject({ ip1Count: 0 });
    // Nothing left for the safety net.
    const { evaluations } = cultivationApi();
    expect(await evaluations.reevaluateIpChanges()).toBe(0);
  });

  it('evaluates nothing again when a write leaves the counts as they were', async () => {
    const admin = await adminCookie(t);
    const { e, id } = await enterpriseWithPendingPatent();
    const n = await evaluationsOf(e.org.id);
    const rejected = await api.post(
      `/api/v1/ip/records/${id}/verification`,
      { decision: 'reject', reason: '证书与号码不符' },
      { as: admin.cookie },
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    // A licence (许可备案) of a record that does not count changes nothing either.
    const licensed = await api.post(
      `/api/v1/ip/records/${id}/events`,
      { kind: 'licence_filing', occurredOn: '2025-05-01', note: '' },
      { as: e.cookie },
    );
    expect(licensed.statusCode, licensed.body).toBe(201);
    expect(await evaluationsOf(e.org.id)).toBe(n);
  });

  it('evaluates again, in the hourly pass, an enterprise whose IP stopped counting by its date alone', async () => {
    const admin = await adminCookie(t);
    const { e, id } = await enterpriseWithPendingPatent();
    await api.post(`/api/v1/ip/records/${id}/verification`, { decision: 'verify' }, { as: admin.cookie });
    expect(await techSme(e)).toMatchObject({ scoreMax: 100 });
    const { evaluations } = cultivationApi();
    while ((await evaluations.reevaluateIpChanges()) > 0);
    // The right expired yesterday: no write announced it (the date passed).
    await t.db.execute(sql`UPDATE ip_records SET expires_on = current_date - 1 WHERE id = ${id}`);
    expect(await evaluations.reevaluateIpChanges()).toBe(1);
    expect(await evaluations.reevaluateIpChanges()).toBe(0);
    const tech = await techSme(e);
    expect(tech).toMatchObject({ trigger: 'ip', scoreMax: 70 });
    expect(tech.input).toMatchObject({ ip1Count: 0, ipFromRegistry: true });
  });
});

describe('batch runs', () => {
  it('evaluates every enterprise once, shows progress, and a second start answers the running run', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    const batches = (t.modules.find((m) => m.name === 'cultivation')?.api as CultivationApi | undefined)?.batches;
    if (!batches) throw new Error('no cultivation module');
    // Two starts before any chunk ran: one run.
    const first = await batches.start(null, 'nightly');
    const again = await batches.start(null, 'manual');
    expect(again).toMatchObject({ started: false, batch: { id: first.batch.id } });
    await batches.drain();
    const start = await api.post('/api/v1/cultivation/batches', {}, { as: admin.cookie });
    expect(start.statusCode).toBe(200);
    const batch = start.json();
    expect(batch).toMatchObject({ trigger: 'manual' });
    expect(batch.id).toBeGreaterThan(first.batch.id);
    expect(batch.total).toBeGreaterThan(0);
    let p = batch;
    for (let i = 0; i < 100 && p.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      p = (await api.get(`/api/v1/cultivation/batches/${batch.id}`, { as: admin.cookie })).json();
    }
    expect(p.status).toBe('done');
    expect(p.processed + p.failed).toBe(p.total);
    const { rows } = await t.db.execute(sql`
      SELECT count(*)::int AS n, count(DISTINCT (org_id, kind))::int AS d FROM cultivation_evaluations WHERE batch_id = ${batch.id}`);
    expect(rows[0]?.n).toBe(rows[0]?.d);
    const mine = (await api.get(`/api/v1/cultivation/orgs/${e.org.id}/evaluations`, { as: e.cookie })).json();
    expect(mine.items[0].trigger).toBe('batch');
    // Running a chunk again after the run finished writes nothing.
    expect(await batches.runChunk()).toBe(0);
    expect((await api.post('/api/v1/cultivation/batches', {}, { as: e.cookie })).statusCode).toBe(403);
  });
});

describe('高企后备培育库', () => {
  it('builds the pool from criteria, keeps tiers, owners, visits, tasks and outcomes, all audited', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    const low = await enterpriseWithUser(t);
    await api.put(`/api/v1/cultivation/orgs/${e.org.id}/declarations`, declared, { as: e.cookie });
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    await api.put(`/api/v1/orgs/${low.org.id}/indicators/2025`, indicator({ techStaff: 5 }), { as: low.cookie });
    const built = await api.post(
      '/api/v1/cultivation/pool/build',
      {
        name: '示例条件',
        filter: { techSme: 'eligible', hteNot: 'eligible', scoreMin: 60 },
        tier: 'seed',
        ownerId: admin.user.id,
      },
      { as: admin.cookie },
    );
    expect(built.statusCode).toBe(200);
    expect(built.json().added).toBeGreaterThanOrEqual(1);
    const list = (
      await api.get(`/api/v1/cultivation/pool?q=${encodeURIComponent(e.org.name)}`, { as: admin.cookie })
    ).json();
    expect(list.items[0]).toMatchObject({ orgId: e.org.id, tier: 'seed', ownerId: admin.user.id, source: 'criteria' });
    const none = (
      await api.get(`/api/v1/cultivation/pool?q=${encodeURIComponent(low.org.name)}`, { as: admin.cookie })
    ).json();
    expect(none.total).toBe(0);
    // By hand, with an owner that must be an administrator.
    expect(
      (
        await api.post(
          '/api/v1/cultivation/pool',
          { orgId: low.org.id, tier: 'seed', ownerId: low.user.id },
          { as: admin.cookie },
        )
      ).json().error.code,
    ).toBe('cultivation.owner_not_admin');
    expect(
      (await api.post('/api/v1/cultivation/pool', { orgId: low.org.id, tier: 'seed' }, { as: admin.cookie }))
        .statusCode,
    ).toBe(201);
    expect(
      (await api.post('/api/v1/cultivation/pool', { orgId: low.org.id, tier: 'seed' }, { as: admin.cookie })).json()
        .error.code,
    ).toBe('cultivation.already_in_pool');
    let card = (
      await api.patch(`/api/v1/cultivation/pool/${e.org.id}`, { tier: 'sprint' }, { as: admin.cookie })
    ).json();
    expect(card.entry.tier).toBe('sprint');
    card = (
      await api.post(
        `/api/v1/cultivation/pool/${e.org.id}/visits`,
        { visitedOn: '2026-03-02', notes: '示例走访：了解研发费用归集' },
        { as: admin.cookie },
      )
    ).json();
    expect(card.visits[0].notes).toContain('示例走访');
    card = (
      await api.post(
        `/api/v1/cultivation/pool/${e.org.id}/tasks`,
        { title: '补充知识产权', dueOn: '2026-03-10', goalCode: 'tech-sme.score.ip' },
        { as: admin.cookie },
      )
    ).json();
    const task = card.tasks[0];
    expect(task).toMatchObject({ status: 'open', assigneeId: admin.user.id });
    // The owner's workbench counts it (overdue tasks too) until it is closed.
    const work = async () =>
      (await api.get('/api/v1/workbench', { as: admin.cookie }))
        .json()
        .items.find((i: { key: string }) => i.key === 'cultivation.tasks');
    expect(await work()).toMatchObject({ count: 1, link: `/admin/cultivation/pool?ownerId=${admin.user.id}` });
    expect(
      (await api.patch(`/api/v1/cultivation/tasks/${task.id}`, { status: 'done' }, { as: admin.cookie })).json().status,
    ).toBe('done');
    expect((await work()).count).toBe(0);
    expect(
      (await api.patch(`/api/v1/cultivation/tasks/${task.id}`, { status: 'done' }, { as: admin.cookie })).json().error
        .code,
    ).toBe('cultivation.task_closed');
    expect(
      (
        await api.put(
          `/api/v1/cultivation/pool/${e.org.id}/outcomes`,
          { year: 2026, outcome: 'failed' },
          { as: admin.cookie },
        )
      ).statusCode,
    ).toBe(400);
    card = (
      await api.put(
        `/api/v1/cultivation/pool/${e.org.id}/outcomes`,
        { year: 2026, outcome: 'failed', reason: '示例：研发费用占比不足' },
        { as: admin.cookie },
      )
    ).json();
    expect(card.outcomes[0]).toMatchObject({ year: 2026, outcome: 'failed' });
    expect(card.goals.length).toBeGreaterThanOrEqual(0);
    const stats = (await api.get('/api/v1/cultivation/pool/stats', { as: admin.cookie })).json();
    expect(stats.byTier.find((x: { tier: string }) => x.tier === 'sprint').count).toBeGreaterThanOrEqual(1);
    expect(stats.byOutcome).toContainEqual({ year: 2026, outcome: 'failed', count: 1 });
    const { rows } = await t.db.execute(sql`
      SELECT action FROM audit_log WHERE action LIKE 'cultivation.%' AND (entity_id = ${String(e.org.id)} OR entity_id = ${String(task.id)})`);
    const actions = rows.map((r) => r.action);
    for (const a of ['cultivation.pool.update', 'cultivation.outcome.record', 'cultivation.task.update'])
      expect(actions).toContain(a);
    // The enterprise does not see the pool (nor its visit notes).
    expect((await api.get(`/api/v1/cultivation/pool/${e.org.id}`, { as: e.cookie })).statusCode).toBe(403);
    const x = await api.get('/api/v1/cultivation/pool/export.xlsx', { as: admin.cookie });
    expect(x.statusCode).toBe(200);
  });
});
