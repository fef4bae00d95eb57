import { patentCheckChar } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { declared, indicator } from './cultivation.fixtures.ts';
import type { CultivationApi } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

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
