import { addDays, IP_KIND_CODES, ipClassOf, patentCheckChar, patentTypeOf, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import type { IpApi } from './index.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

let serial = 100;
/** A valid, unused application number of this type (year 2023), with its check character. */
function patentNo(type: '1' | '2' | '3' | '8' | '9', year = 2023): string {
  const digits = `${year}${type}${String(serial++).padStart(7, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
}

const today = shanghaiDate(new Date());
const record = (o: Record<string, unknown> = {}) => ({
  kind: 'invention',
  number: patentNo('1'),
  title: '示例光伏组件封装方法',
  holders: '示例科技有限公司',
  appliedOn: '2021-03-01',
  grantedOn: '2023-06-10',
  expiresOn: '2041-02-28',
  legalStatus: 'valid',
  acquisition: 'own',
  ...o,
});

async function upload(cookie: string, text: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads?name=certificate.pdf',
    payload: Buffer.from(`%PDF-1.4 ${text}`),
    headers: { cookie, 'content-type': 'application/pdf' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().hash as string;
}

/** Creates a record as `cookie`, attaches a certificate and has the administration verify it. */
async function verified(cookie: string, o: Record<string, unknown> = {}) {
  const created = await api.post('/api/v1/ip/records', record(o), { as: cookie });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  const cert = await api.put(
    `/api/v1/ip/records/${id}/certificate`,
    { certificate: await upload(cookie, `证书 ${id}`) },
    { as: cookie },
  );
  expect(cert.statusCode, cert.body).toBe(200);
  const v = await api.post(`/api/v1/ip/records/${id}/verification`, { decision: 'verify' }, { as: admin });
  expect(v.statusCode, v.body).toBe(200);
  return v.json() as { id: number; verification: string; counted: boolean };
}

/** The database's message when it refuses a statement (Drizzle wraps the driver's error in `cause`). */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: { cause?: { message?: string }; message: string }) => e.cause?.message ?? e.message,
  );

const counts = async (cookie: string, orgId?: number) =>
  (await api.get(`/api/v1/ip/class-counts${orgId ? `?orgId=${orgId}` : ''}`, { as: cookie })).json();

describe('知识产权登记', () => {
  it('registers a record with its number normalised, lists it for the organisation and lets the member edit it', async () => {
    const e = await enterpriseWithUser(t);
    const digits = `20231${String(serial++).padStart(7, '0')}`;
    const check = patentCheckChar(digits);
    const created = await api.post(
      '/api/v1/ip/records',
      record({ number: `ZL ${digits.slice(0, 4)} ${digits.slice(4)}${check}`, feeDueOn: addDays(today, 100) }),
      { as: e.cookie },
    );
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json();
    expect(r).toMatchObject({
      orgId: e.org.id,
      number: `${digits}.${check}`,
      ipClass: 'I',
      verification: 'pending',
      counted: false,
      events: [],
    });

    const list = (await api.get('/api/v1/ip/records?q=光伏组件', { as: e.cookie })).json();
    expect(list.items.map((x: { id: number }) => x.id)).toEqual([r.id]);
    const byNumber = (await api.get(`/api/v1/ip/records?q=${digits.slice(4, 10)}`, { as: e.cookie })).json();
    expect(byNumber.total).toBe(1);
    expect((await api.get('/api/v1/ip/records?kind=design', { as: e.cookie })).json().total).toBe(0);

    const edited = await api.put(`/api/v1/ip/records/${r.id}`, record({ ...r, title: '示例光伏组件层压方法' }), {
      as: e.cookie,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: '示例光伏组件层压方法', number: r.number });
    const { rows } = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'ip_record' AND entity_id = ${String(r.id)} ORDER BY id`,
    );
    expect(rows.map((x) => x.action)).toEqual(['ip.create', 'ip.update']);
  });

  it('refuses a number that does not fit its kind, and a second record of the same number', async () => {
    const e = await enterpriseWithUser(t);
    const mismatch = await api.post('/api/v1/ip/records', record({ number: patentNo('2') }), { as: e.cookie });
    expect(mismatch.statusCode).toBe(400);
    expect(JSON.stringify(mismatch.json().error.details)).toContain('ip.kind_mismatch');
    const wrongCheck = await api.post('/api/v1/ip/records', record({ number: '202310123456.7' }), { as: e.cookie });
    expect(wrongCheck.statusCode).toBe(400);
    expect(JSON.stringify(wrongCheck.json().error.details)).toContain('ip.invalid_number');

    const number = patentNo('1');
    expect((await api.post('/api/v1/ip/records', record({ number }), { as: e.cookie })).statusCode).toBe(201);
    const other = await enterpriseWithUser(t);
    const again = await api.post('/api/v1/ip/records', record({ number: `CN${number.replace('.', '')}` }), {
      as: other.cookie,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ip.duplicate_number');
    // The database holds the rule too: a wrong check character or type digit never gets in.
    await expect(
      t.db.execute(sql`INSERT INTO ip_records (org_id, kind, number, title, applied_on, legal_status, acquisition)
        VALUES (${e.org.id}, 'invention', '202310123456.7', '示例', '2023-01-01', 'pending', 'own')`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`INSERT INTO ip_records (org_id, kind, number, title, applied_on, legal_status, acquisition)
        VALUES (${e.org.id}, 'design', '202310123456.6', '示例', '2023-01-01', 'pending', 'own')`),
    ).rejects.toThrow();
  });

  it("keeps an organisation's records from every other organisation: no read, no edit, no event, not listed", async () => {
    const a = await enterpriseWithUser(t);
    const b = await enterpriseWithUser(t);
    const r = (await api.post('/api/v1/ip/records', record(), { as: a.cookie })).json();
    expect((await api.get(`/api/v1/ip/records/${r.id}`, { as: b.cookie })).statusCode).toBe(404);
    expect((await api.put(`/api/v1/ip/records/${r.id}`, record(r), { as: b.cookie })).statusCode).toBe(404);
    const event = { kind: 'pledge', occurredOn: '2024-01-01' };
    expect((await api.post(`/api/v1/ip/records/${r.id}/events`, event, { as: b.cookie })).statusCode).toBe(404);
    const list = (await api.get(`/api/v1/ip/records?orgId=${a.org.id}`, { as: b.cookie })).json();
    expect(list.items.every((x: { orgId: number }) => x.orgId === b.org.id)).toBe(true);
    expect(
      (await api.get('/api/v1/ip/records', { as: admin })).json().items.map((x: { id: number }) => x.id),
    ).toContain(r.id);
    expect((await api.get(`/api/v1/ip/class-counts?orgId=${a.org.id}`, { as: b.cookie })).statusCode).toBe(403);
    const unchanged = (await api.get(`/api/v1/ip/records/${r.id}`, { as: a.cookie })).json();
    expect(unchanged).toMatchObject({ title: r.title, events: [] });
  });

  it('counts a record only once the administration verified it against its certificate, and again after an edit', async () => {
    const e = await enterpriseWithUser(t);
    const r = (await api.post('/api/v1/ip/records', record(), { as: e.cookie })).json();
    const verify = (cookie: string) =>
      api.post(`/api/v1/ip/records/${r.id}/verification`, { decision: 'verify' }, { as: cookie });
    expect((await verify(e.cookie)).statusCode).toBe(403);
    const noCert = await verify(admin);
    expect(noCert.statusCode).toBe(409);
    expect(noCert.json().error.code).toBe('ip.no_certificate');
    const hash = await upload(e.cookie, 'ZL 证书');
    const attached = await api.put(`/api/v1/ip/records/${r.id}/certificate`, { certificate: hash }, { as: e.cookie });
    expect(attached.json()).toMatchObject({ certificate: hash, verification: 'pending' });
    expect(await counts(e.cookie)).toEqual({ orgId: e.org.id, class1: 0, class2: 0 });

    const ok = await verify(admin);
    expect(ok.json()).toMatchObject({ verification: 'verified', counted: true });
    expect(ok.json().verifiedAt).not.toBeNull();
    expect(await counts(e.cookie)).toEqual({ orgId: e.org.id, class1: 1, class2: 0 });
    expect((await verify(admin)).json().error.code).toBe('ip.not_pending');
    // The certificate is readable by the holder and the administration, not by another organisation.
    expect((await api.get(`/api/v1/uploads/${hash}`, { as: admin })).statusCode).toBe(200);
    const other = await enterpriseWithUser(t);
    expect((await api.get(`/api/v1/uploads/${hash}`, { as: other.cookie })).statusCode).toBe(404);
    const notices = await t.db.execute(
      sql`SELECT n.kind FROM notifications n JOIN memberships m ON m.user_id = n.user_id WHERE m.org_id = ${e.org.id}`,
    );
    expect(notices.rows.map((n) => n.kind)).toContain('ip.verified');

    // A new fee date needs no check; a changed title does.
    const fee = await api.put(`/api/v1/ip/records/${r.id}`, record({ ...r, feeDueOn: addDays(today, 200) }), {
      as: e.cookie,
    });
    expect(fee.json().verification).toBe('verified');
    const renamed = await api.put(
      `/api/v1/ip/records/${r.id}`,
      record({ ...r, title: '示例改名方法', feeDueOn: addDays(today, 200) }),
      { as: e.cookie },
    );
    expect(renamed.json()).toMatchObject({ verification: 'pending', counted: false, verifiedAt: null });
    expect(await counts(e.cookie)).toEqual({ orgId: e.org.id, class1: 0, class2: 0 });

    const rejected = await api.post(
      `/api/v1/ip/records/${r.id}/verification`,
      { decision: 'reject', reason: '证书与名称不符' },
      { as: admin },
    );
    expect(rejected.json()).toMatchObject({ verification: 'rejected', rejectReason: '证书与名称不符' });
    const pending = (await api.get('/api/v1/ip/records?verification=rejected', { as: admin })).json();
    expect(pending.items.map((x: { id: number }) => x.id)).toContain(r.id);
    const { rows } = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'ip_record' AND entity_id = ${String(r.id)} ORDER BY id`,
    );
    expect(rows.map((x) => x.action)).toEqual([
      'ip.create',
      'ip.certificate',
      'ip.verify',
      'ip.update',
      'ip.update',
      'ip.reject',
    ]);
  });

  it('records events append-only; a termination makes the record lapse, a transfer takes it out of the counts', async () => {
    const e = await enterpriseWithUser(t);
    const r = await verified(e.cookie);
    const second = await verified(e.cookie, { kind: 'software_copyright', number: `2022SR${serial++}` });
    expect(await counts(e.cookie)).toEqual({ orgId: e.org.id, class1: 1, class2: 1 });
    const add = (id: number, body: object) => api.post(`/api/v1/ip/records/${id}/events`, body, { as: e.cookie });
    expect((await add(r.id, { kind: 'pledge', occurredOn: '2024-02-01', note: '示例银行质押融资' })).statusCode).toBe(
      201,
    );
    const filed = await add(r.id, { kind: 'licence_filing', occurredOn: '2024-05-01', note: '许可示例公司实施' });
    expect(filed.json().events.map((x: { kind: string }) => x.kind)).toEqual(['pledge', 'licence_filing']);
    const early = await add(r.id, { kind: 'pledge', occurredOn: '2020-01-01' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('ip.event_before_application');
    expect(await refusal(t.db.execute(sql`UPDATE ip_events SET note = 'x' WHERE record_id = ${r.id}`))).toBe(
      'ip_events is append-only',
    );
    expect(await refusal(t.db.execute(sql`DELETE FROM ip_events WHERE record_id = ${r.id}`))).toBe(
      'ip_events is append-only',
    );

    const ended = await add(r.id, { kind: 'termination', occurredOn: '2025-01-01', note: '未缴年费' });
    expect(ended.json()).toMatchObject({ legalStatus: 'lapsed', counted: false });
    await add(second.id, { kind: 'transfer', occurredOn: addDays(today, -1), note: '转让给示例公司' });
    expect(await counts(e.cookie)).toEqual({ orgId: e.org.id, class1: 0, class2: 0 });
  });

  it('counts Ⅰ类 and Ⅱ类 through the published view: PCT by its type digit, never trademarks, expired or unverified ones', async () => {
    const e = await enterpriseWithUser(t);
    await verified(e.cookie, { kind: 'pct', number: patentNo('8') }); // Ⅰ
    await verified(e.cookie, { kind: 'pct', number: patentNo('9') }); // Ⅱ
    await verified(e.cookie, { kind: 'plant_variety', number: `CNA${serial++}` }); // Ⅰ
    await verified(e.cookie, { kind: 'utility_model', number: patentNo('2') }); // Ⅱ
    await verified(e.cookie, { kind: 'design', number: patentNo('3') }); // Ⅱ
    await verified(e.cookie, { kind: 'trademark', number: `第${serial++}号` }); // never
    await verified(e.cookie, { kind: 'utility_model', number: patentNo('2'), expiresOn: addDays(today, -1) });
    await verified(e.cookie, { kind: 'ic_layout', number: `BS.${serial++}`, expiresOn: today }); // last day counts
    await api.post('/api/v1/ip/records', record({ number: patentNo('1') }), { as: e.cookie }); // unverified
    await api.post('/api/v1/ip/records', record({ number: patentNo('1'), legalStatus: 'pending', grantedOn: null }), {
      as: e.cookie,
    });
    expect(await counts(e.cookie)).toEqual({ orgId: e.org.id, class1: 3, class2: 3 });
    expect(await counts(admin, e.org.id)).toEqual({ orgId: e.org.id, class1: 3, class2: 3 });
    const ip = t.modules.find((m) => m.name === 'ip')?.api as IpApi;
    expect(await ip.classCounts(t.db, e.org.id)).toEqual({ orgId: e.org.id, class1: 3, class2: 3 });
    const none = await enterpriseWithUser(t);
    expect(await ip.classCounts(t.db, none.org.id)).toEqual({ orgId: none.org.id, class1: 0, class2: 0 });
    const classI = (await api.get('/api/v1/ip/records?ipClass=I&pageSize=50', { as: e.cookie })).json();
    expect(classI.items.map((x: { ipClass: string }) => x.ipClass)).toEqual(Array(classI.total).fill('I'));
  });

  it("classes every kind in SQL exactly as the shared rule does (the view's ip_class and ipClassOf agree)", async () => {
    const numbers: Record<string, string> = { invention: patentNo('1'), utility_model: patentNo('2') };
    numbers.design = patentNo('3');
    type Case = [(typeof IP_KIND_CODES)[number], string];
    const cases = IP_KIND_CODES.flatMap((kind): Case[] =>
      kind === 'pct' ? [patentNo('8'), patentNo('9')].map((n): Case => [kind, n]) : [[kind, numbers[kind] ?? 'X-1']],
    );
    for (const [kind, number] of cases) {
      const { rows } = await t.db.execute(sql`SELECT ip_class(${kind}, ${number}) AS c`);
      const shared = ipClassOf(kind, patentTypeOf(number));
      expect([kind, rows[0]?.c ?? null], number).toEqual([kind, shared === 'I' ? 1 : shared === 'II' ? 2 : null]);
    }
  });
});
