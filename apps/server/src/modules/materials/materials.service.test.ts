import {
  addDays,
  isMultiple,
  isPerYear,
  MATERIAL_KIND_CODES,
  MATERIAL_KINDS,
  materialPageSchema,
  materialSchema,
  resolveResultSchema,
  shanghaiDate,
} from '@cz/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, login, makeUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import type { MaterialsApi } from './index.ts';
import { sendMaterialReminders } from './materials.jobs.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);
const today = shanghaiDate(new Date());
const lastYear = Number(today.slice(0, 4)) - 1;

type Member = Awaited<ReturnType<typeof enterpriseWithUser>>;

async function upload(cookie: string, text = '示例材料', type = 'application/pdf'): Promise<string> {
  const head = type === 'image/png' ? Buffer.from([0x89, 0x50, 0x4e, 0x47]) : Buffer.from('%PDF-1.4 ');
  const res = await api.post(
    `/api/v1/uploads?name=${encodeURIComponent(`${text}.pdf`)}`,
    Buffer.concat([head, Buffer.from(`${text} ${Math.random()}`)]),
    { as: cookie, headers: { 'content-type': type } },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().hash as string;
}

/** Puts a material into `e`'s vault (a year's financial statements unless told) and answers the reply. */
async function put(e: Member, o: Record<string, unknown> = {}, as = e.cookie) {
  const body = {
    kind: 'financial_statements',
    title: `示例${lastYear}年度财务报表`,
    year: lastYear,
    file: await upload(e.cookie),
    ...o,
  };
  return api.post(`/api/v1/materials/orgs/${e.org.id}`, body, { as });
}

async function created(e: Member, o: Record<string, unknown> = {}) {
  const res = await put(e, o);
  expect(res.statusCode, res.body).toBe(201);
  return materialSchema.parse(res.json());
}

const vault = async (e: Member, query = '', as: string = e.cookie) => {
  const res = await api.get(`/api/v1/materials/orgs/${e.org.id}${query}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return materialPageSchema.parse(res.json());
};

const resolve = async (e: Member, body: object, as: string = e.cookie) => {
  const res = await api.post(`/api/v1/materials/orgs/${e.org.id}/resolve`, body, { as });
  expect(res.statusCode, res.body).toBe(200);
  return resolveResultSchema.parse(res.json());
};

const facade = () => t.modules.find((m) => m.name === 'materials')?.api as MaterialsApi;

const auditActions = async (id: number) =>
  (
    await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'material' AND entity_id = ${String(id)} ORDER BY id`,
    )
  ).rows.map((r) => r.action);

/** The database's message when it refuses a statement (Drizzle wraps the driver's error in `cause`). */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: { cause?: { message?: string }; message: string }) => e.cause?.message ?? e.message,
  );

describe('the materials vault', () => {
  it('keeps a new material of the same kind and year in place of the old one, the old kept as superseded', async () => {
    const e = await enterpriseWithUser(t);
    const first = await created(e);
    expect(first).toMatchObject({ orgId: e.org.id, status: 'current', review: 'pending', validity: 'valid', uses: 0 });
    const older = await created(e, { title: `示例${lastYear - 1}年度财务报表`, year: lastYear - 1 });
    const second = await created(e, { title: `示例${lastYear}年度财务报表（更正）` });

    const current = await vault(e);
    expect(current.items.map((m) => m.id).sort()).toEqual([older.id, second.id].sort());
    const all = await vault(e, '?status=all');
    expect(all.items.find((m) => m.id === first.id)).toMatchObject({ status: 'superseded', supersededBy: second.id });
    expect(all.items.find((m) => m.id === older.id)?.status).toBe('current');
    expect(await auditActions(first.id)).toEqual(['materials.create', 'materials.supersede']);
    expect(await auditActions(second.id)).toEqual(['materials.create']);
    // Superseded materials stay in the database for good: a deletion is refused.
    expect(await refusal(t.db.execute(sql`DELETE FROM materials WHERE id = ${first.id}`))).toBe(
      'a material is kept: superseded, never deleted',
    );
  });

  it('holds several certificates of a kind held many at once, and replaces the one named', async () => {
    const e = await enterpriseWithUser(t);
    const ip = (title: string, o: Record<string, unknown> = {}) =>
      created(e, { kind: 'ip_certificate', title, year: null, validFrom: '2023-06-10', ...o });
    const a = await ip('示例发明专利证书一');
    const b = await ip('示例发明专利证书二');
    const a2 = await ip('示例发明专利证书一（换发）', { replaces: a.id });
    expect((await vault(e, '?kind=ip_certificate')).items.map((m) => m.id)).toEqual([a2.id, b.id]);
    const mismatch = await put(e, { replaces: b.id });
    expect(mismatch.statusCode).toBe(409);
    expect(mismatch.json().error.code).toBe('materials.replace_mismatch');
    // A certificate may name its record of the IP registry: one of the enterprise's own.
    const record = async (m: Member) => {
      const res = await api.post(
        '/api/v1/ip/records',
        {
          kind: 'software_copyright',
          number: `2023SR${Math.floor(Math.random() * 1e7)}`,
          title: '示例软件著作权',
          appliedOn: '2023-01-05',
          grantedOn: '2023-03-01',
          legalStatus: 'valid',
          acquisition: 'own',
        },
        { as: m.cookie },
      );
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const linked = await ip('示例软件著作权登记证书', { ipRecordId: await record(e) });
    expect(linked.ipRecordId).toBeGreaterThan(0);
    const foreign = await put(e, {
      kind: 'ip_certificate',
      title: '示例他人软著证书',
      year: null,
      validFrom: '2023-03-01',
      ipRecordId: await record(await enterpriseWithUser(t)),
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error).toMatchObject({
      code: 'materials.ip_record',
      details: [{ constraint: 'materials_ip_record_org' }],
    });
    // The licence is held once: a new one supersedes the old whatever its dates.
    const l1 = await created(e, {
      kind: 'business_licence',
      title: '示例营业执照',
      year: null,
      validFrom: '2015-03-02',
    });
    const l2 = await created(e, {
      kind: 'business_licence',
      title: '示例营业执照（变更）',
      year: null,
      validFrom: '2024-08-01',
    });
    const licences = await vault(e, '?kind=business_licence&status=all');
    expect(licences.items.map((m) => [m.id, m.status])).toEqual([
      [l2.id, 'current'],
      [l1.id, 'superseded'],
    ]);
  });

  it('computes validity against a date: valid to its last day, expiring within 30 days, expired after', async () => {
    const e = await enterpriseWithUser(t);
    const hte = await created(e, {
      kind: 'hte_certificate',
      title: '示例高新技术企业证书',
      year: null,
      validFrom: addDays(today, -1000),
      validTo: addDays(today, 20),
    });
    expect(hte).toMatchObject({ validity: 'expiring', daysLeft: 20 });
    const on = (d: string) => vault(e, `?on=${d}`).then((p) => p.items[0]);
    expect(await on(addDays(today, -11))).toMatchObject({ validity: 'valid', daysLeft: 31 });
    expect(await on(addDays(today, 20))).toMatchObject({ validity: 'expiring', daysLeft: 0 });
    expect(await on(addDays(today, 21))).toMatchObject({ validity: 'expired', daysLeft: -1 });
    expect(await on(addDays(today, -1001))).toMatchObject({ validity: 'not_yet_valid' });
  });

  it('answers the database’s refusals of a period, an end, the dates and a second current one with error codes', async () => {
    const e = await enterpriseWithUser(t);
    const refused = async (o: Record<string, unknown>, status: number, code: string, constraint: string) => {
      const res = await put(e, o);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error).toMatchObject({ code, details: [{ constraint }] });
    };
    await refused({ validFrom: '2025-01-01' }, 422, 'materials.period_mismatch', 'materials_period');
    await refused({ year: null }, 422, 'materials.period_mismatch', 'materials_period');
    await refused(
      { kind: 'business_licence', title: '示例营业执照', year: lastYear, validFrom: '2015-03-02' },
      422,
      'materials.period_mismatch',
      'materials_period',
    );
    const hte = { kind: 'hte_certificate', title: '示例高企证书', year: null, validFrom: '2024-12-01' };
    await refused(hte, 422, 'materials.end_required', 'materials_end_required');
    await refused({ ...hte, validTo: '2024-11-30' }, 422, 'materials.dates_order', 'materials_dates_ordered');
    await refused(
      { ...hte, validTo: '2027-11-30', ipRecordId: 1 },
      422,
      'materials.ip_record',
      'materials_ip_record_org',
    );
    expect((await vault(e, '?status=all')).total).toBe(0);

    // A correction of a year onto another year's current material is refused by the one-current index.
    const y1 = await created(e);
    const y0 = await created(e, { title: '示例上一年度财务报表', year: lastYear - 1 });
    const clash = await api.patch(`/api/v1/materials/orgs/${e.org.id}/${y0.id}`, { year: lastYear }, { as: e.cookie });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'materials.duplicate_current',
      details: [{ constraint: 'materials_one_current' }],
    });
    expect((await vault(e)).items.map((m) => [m.id, m.year]).sort()).toEqual(
      [
        [y1.id, lastYear],
        [y0.id, lastYear - 1],
      ].sort(),
    );
    // …and by the database itself, whatever writes.
    expect(
      await refusal(
        t.db.execute(sql`
          INSERT INTO materials (org_id, kind, title, year, file)
          SELECT org_id, kind, title, year, file FROM materials WHERE id = ${y1.id}`),
      ),
    ).toContain('materials_one_current');
  });

  it('refuses a file the kind does not take, and one never uploaded', async () => {
    const e = await enterpriseWithUser(t);
    const png = await upload(e.cookie, '示例图片', 'image/png');
    const wrong = await put(e, { kind: 'audit_report', title: '示例审计报告', file: png });
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().error.code).toBe('materials.file_type');
    const never = await put(e, { file: 'a'.repeat(64) });
    expect(never.statusCode).toBe(422);
    expect(never.json().error.code).toBe('materials.file_missing');
  });

  it('lets the administration check a material or reject it with a reason, and tells the enterprise', async () => {
    const e = await enterpriseWithUser(t);
    const m = await created(e);
    const url = `/api/v1/materials/orgs/${e.org.id}/${m.id}/review`;
    expect((await api.post(url, { decision: 'check' }, { as: e.cookie })).statusCode).toBe(403);
    const noReason = await api.post(url, { decision: 'reject' }, { as: admin });
    expect(noReason.statusCode).toBe(400);
    const checked = await api.post(url, { decision: 'check' }, { as: admin });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json()).toMatchObject({ review: 'checked', rejectReason: null });
    const rejected = await api.post(url, { decision: 'reject', reason: '报表未盖章' }, { as: admin });
    expect(rejected.json()).toMatchObject({ review: 'rejected', rejectReason: '报表未盖章' });
    const notices = (await api.get('/api/v1/notifications', { as: e.cookie })).json().items as {
      kind: string;
      params: { reason: string | null };
    }[];
    expect(notices.map((n) => n.kind)).toEqual(['materials.rejected', 'materials.checked']);
    expect(notices[0]?.params.reason).toBe('报表未盖章');
    expect(await auditActions(m.id)).toEqual(['materials.create', 'materials.check', 'materials.reject']);
    // A correction of the period sends it back to the check; one of the title does not.
    const patch = (body: object) => api.patch(`/api/v1/materials/orgs/${e.org.id}/${m.id}`, body, { as: e.cookie });
    expect((await patch({ title: '示例年度财务报表（盖章版说明）' })).json().review).toBe('rejected');
    expect((await patch({ year: lastYear - 2 })).json()).toMatchObject({ review: 'pending', rejectReason: null });
  });

  it('shows a member of another organisation nothing, and lets no one but members and admins write', async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const m = await created(e);
    const base = `/api/v1/materials/orgs/${e.org.id}`;
    for (const res of [
      await api.get(base, { as: other.cookie }),
      await api.post(`${base}/resolve`, { requirements: [{ kind: 'financial_statements' }] }, { as: other.cookie }),
      await put(e, {}, other.cookie),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('materials.not_member');
    }
    // Its own vault does not reach into another's material either.
    const cross = await api.patch(
      `/api/v1/materials/orgs/${other.org.id}/${m.id}`,
      { title: '示例改名' },
      {
        as: other.cookie,
      },
    );
    expect(cross.statusCode).toBe(404);
    expect((await api.get(`/api/v1/uploads/${m.file}`, { as: other.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/uploads/${m.file}`, { as: e.cookie })).statusCode).toBe(200);
    expect((await api.get('/api/v1/materials', { as: other.cookie })).statusCode).toBe(403);
    expect((await api.get(base)).statusCode).toBe(401);
    // A colleague of another role (a provider's staff) keeps no enterprise's vault.
    const provider = await makeUser(t, { role: 'provider', orgId: e.org.id });
    expect((await api.get(base, { as: await login(t, provider.username) })).statusCode).toBe(403);
    // A colleague of the same enterprise sees the material, and the administration too.
    const colleague = await makeUser(t, { role: 'enterprise', orgId: e.org.id });
    const theirs = await vault(e, '', await login(t, colleague.username));
    expect(theirs.items.map((x) => x.id)).toEqual([m.id]);
    expect((await vault(e, '', admin)).items.map((x) => x.id)).toEqual([m.id]);
    expect((await api.get(`/api/v1/uploads/${m.file}`, { as: admin })).statusCode).toBe(200);
  });

  it('lets the administration upload for an enterprise', async () => {
    const e = await enterpriseWithUser(t);
    const file = await upload(admin, '示例窗口代收营业执照');
    const res = await api.post(
      `/api/v1/materials/orgs/${e.org.id}`,
      { kind: 'business_licence', title: '示例营业执照（窗口代收）', validFrom: '2016-05-01', file },
      { as: admin },
    );
    expect(res.statusCode, res.body).toBe(201);
    expect((await api.get(`/api/v1/uploads/${file}`, { as: e.cookie })).statusCode).toBe(200);
    const nobody = await api.post(
      '/api/v1/materials/orgs/999999999',
      { kind: 'business_licence', title: '示例营业执照', validFrom: '2016-05-01', file },
      { as: admin },
    );
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().error.code).toBe('materials.org_not_found');
  });
});

describe('resolving what an application needs', () => {
  it('supplies the valid materials and names each missing one with its reason', async () => {
    const e = await enterpriseWithUser(t);
    const statements = await created(e);
    const older = await created(e, { kind: 'audit_report', title: '示例前年审计报告', year: lastYear - 1 });
    const tax = await created(e, { kind: 'tax_certificate', title: '示例完税证明', year: lastYear });
    await api.post(
      `/api/v1/materials/orgs/${e.org.id}/${tax.id}/review`,
      { decision: 'reject', reason: '不清晰' },
      {
        as: admin,
      },
    );
    const hte = await created(e, {
      kind: 'hte_certificate',
      title: '示例高企证书',
      year: null,
      validFrom: addDays(today, -1200),
      validTo: addDays(today, -5),
    });
    const r = await resolve(e, {
      requirements: [
        { kind: 'financial_statements', year: 'latest' },
        { kind: 'audit_report', year: 'latest' },
        { kind: 'tax_certificate' },
        { kind: 'hte_certificate' },
        { kind: 'hte_certificate', validOn: addDays(today, -10) },
        { kind: 'business_licence' },
        { kind: 'financial_statements', year: 'last2' },
      ],
    });
    expect(r.onDate).toBe(today);
    expect(r.complete).toBe(false);
    const summary = r.items.map((i) => ({ ids: i.materials.map((m) => m.id), missing: i.missing }));
    expect(summary).toEqual([
      { ids: [statements.id], missing: [] },
      { ids: [], missing: [{ year: lastYear, reason: 'older_year' }] },
      { ids: [], missing: [{ year: lastYear, reason: 'rejected' }] },
      { ids: [], missing: [{ year: null, reason: 'expired' }] },
      { ids: [hte.id], missing: [] },
      { ids: [], missing: [{ year: null, reason: 'none' }] },
      { ids: [statements.id], missing: [{ year: lastYear - 1, reason: 'none' }] },
    ]);
    expect(older.id).toBeGreaterThan(0);
    // A later date of the resolution asks for a later year.
    const later = await resolve(e, {
      onDate: `${lastYear + 2}-03-01`,
      requirements: [{ kind: 'financial_statements' }],
    });
    expect(later.items[0]?.missing).toEqual([{ year: lastYear + 1, reason: 'older_year' }]);
    // Through the façade (today, unless told): the same answer.
    const viaFacade = await facade().resolve(e.org.id, [{ kind: 'financial_statements', year: 'latest' }]);
    expect(viaFacade.complete).toBe(true);
    expect(viaFacade.items[0]?.materials.map((m) => m.id)).toEqual([statements.id]);
    const shapes = await api.post(
      `/api/v1/materials/orgs/${e.org.id}/resolve`,
      { requirements: [{ kind: 'hte_certificate', year: 2025 }] },
      { as: e.cookie },
    );
    expect(shapes.statusCode).toBe(400);
  });
});

describe('materials used by an application', () => {
  it('are recorded once, refused when not the applicant’s current ones, and never changed in place', async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const m = await created(e);
    const theirs = await created(other);
    const usedBy = { area: 'policy', entity: 'application', id: 4242 };
    const materials = facade();
    const refused = await t.db
      .transaction((tx) => materials.attach(tx, { orgId: e.org.id, materialIds: [m.id, theirs.id], usedBy }))
      .then(
        () => null,
        (err: { code: string; details: unknown[] }) => err,
      );
    expect(refused).toMatchObject({ code: 'materials.not_attachable', details: [{ id: theirs.id }] });
    expect((await vault(e)).items[0]?.uses).toBe(0);

    for (let i = 0; i < 2; i++)
      await t.db.transaction((tx) => materials.attach(tx, { orgId: e.org.id, materialIds: [m.id], usedBy }));
    expect((await vault(e)).items[0]?.uses).toBe(1);
    expect(await auditActions(m.id)).toEqual(['materials.create', 'materials.use']);

    const patched = await api.patch(
      `/api/v1/materials/orgs/${e.org.id}/${m.id}`,
      { notes: '补充说明' },
      {
        as: e.cookie,
      },
    );
    expect(patched.statusCode).toBe(409);
    expect(patched.json().error.code).toBe('materials.in_use');
    expect(await refusal(t.db.execute(sql`UPDATE materials SET title = '示例改写' WHERE id = ${m.id}`))).toBe(
      'a material in use is not changed in place',
    );
    // It may still be reviewed, and superseded by a newer one; the application keeps the one it named.
    const check = await api.post(
      `/api/v1/materials/orgs/${e.org.id}/${m.id}/review`,
      { decision: 'check' },
      {
        as: admin,
      },
    );
    expect(check.statusCode).toBe(200);
    const newer = await created(e, { title: '示例年度财务报表（新版）' });
    const all = await vault(e, '?status=all');
    expect(all.items.find((x) => x.id === m.id)).toMatchObject({
      status: 'superseded',
      supersededBy: newer.id,
      title: m.title,
      file: m.file,
      uses: 1,
    });
    // A superseded material is attached to nothing new.
    const stale = await t.db
      .transaction((tx) => materials.attach(tx, { orgId: e.org.id, materialIds: [m.id], usedBy: { ...usedBy, id: 9 } }))
      .then(
        () => null,
        (err: { code: string }) => err.code,
      );
    expect(stale).toBe('materials.not_attachable');
  });
});

describe('valid materials asked for again', () => {
  it('records each ask and whether a valid material was in the vault, and counts those for the administration', async () => {
    const e = await enterpriseWithUser(t);
    const metrics = async () => (await api.get(`/api/v1/materials/metrics?from=${today}`, { as: admin })).json();
    const before = await metrics();
    // Nothing in the vault: the application asks for the statements, the upload answers it.
    const first = await put(e, { askedFor: { area: 'policy', entity: 'application', id: null } });
    expect(first.statusCode, first.body).toBe(201);
    expect(await metrics()).toEqual({ asked: before.asked + 1, askedAgain: before.askedAgain });
    // The flow asks again although the vault holds them: counted.
    const again = await t.db.transaction((tx) =>
      facade().recordUploadFor(tx, {
        orgId: e.org.id,
        kind: 'financial_statements',
        year: lastYear,
        usedBy: { area: 'policy', entity: 'application', id: 7 },
      }),
    );
    expect(again).toEqual({ askedAgain: true, existingMaterialId: first.json().id });
    // Another year is no ask again.
    const otherYear = await t.db.transaction((tx) =>
      facade().recordUploadFor(tx, {
        orgId: e.org.id,
        kind: 'financial_statements',
        year: lastYear - 1,
        usedBy: { area: 'policy', entity: 'application', id: 7 },
      }),
    );
    expect(otherYear.askedAgain).toBe(false);
    expect(await metrics()).toEqual({ asked: before.asked + 3, askedAgain: before.askedAgain + 1 });
    expect((await api.get('/api/v1/materials/metrics', { as: e.cookie })).statusCode).toBe(403);
    expect(
      await refusal(t.db.execute(sql`UPDATE material_requests SET valid_existed = false WHERE org_id = ${e.org.id}`)),
    ).toBe('material_requests is append-only');
  });
});

describe('expiry reminders', () => {
  it('tell the enterprise once per material, 30 days ahead, not of superseded or rejected ones', async () => {
    const e = await enterpriseWithUser(t);
    const cert = (title: string, validTo: string) =>
      created(e, { kind: 'qualification', title, year: null, validFrom: '2023-01-01', validTo });
    const soon = await cert('示例质量管理体系认证证书', addDays(today, 30));
    await cert('示例安全生产许可证', addDays(today, 31));
    const rejected = await cert('示例排污许可证', addDays(today, 3));
    await api.post(
      `/api/v1/materials/orgs/${e.org.id}/${rejected.id}/review`,
      { decision: 'reject', reason: '过期件' },
      {
        as: admin,
      },
    );
    await created(e, {
      kind: 'hte_certificate',
      title: '示例高企证书（旧）',
      year: null,
      validFrom: addDays(today, -1000),
      validTo: addDays(today, 10),
    });
    await created(e, {
      kind: 'hte_certificate',
      title: '示例高企证书（新）',
      year: null,
      validFrom: addDays(today, 9),
      validTo: addDays(today, 1104),
    });
    const now = new Date();
    const told = async () =>
      (
        (await api.get('/api/v1/notifications', { as: e.cookie })).json().items as {
          kind: string;
          params: { title: string; dueOn: string };
          link: string;
        }[]
      ).filter((n) => n.kind === 'materials.expiring');
    await sendMaterialReminders(t.db, now);
    await sendMaterialReminders(t.db, now);
    const first = await told();
    expect(first.map((n) => n.params)).toEqual([{ title: soon.title, dueOn: addDays(today, 30) }]);
    expect(first[0]?.link).toBe('/my/materials');
    // The next day the one 31 days away is within the window: told then, and the first not again.
    await sendMaterialReminders(t.db, new Date(now.getTime() + 86_400_000));
    await sendMaterialReminders(t.db, new Date(now.getTime() + 2 * 86_400_000));
    const titles = (await told()).map((n) => n.params.title).sort();
    expect(titles).toEqual(['示例安全生产许可证', soon.title].sort());
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM material_reminders r JOIN materials m ON m.id = r.material_id
          WHERE m.org_id = ${e.org.id}`,
    );
    expect(rows[0]?.n).toBe(2);
  });
});

describe("the administration's list", () => {
  it('filters by kind, review, validity, end within N days and enterprise name, pages, and exports', async () => {
    const tag = `示例筛选${Math.random().toString(36).slice(2, 7)}`;
    const e = await enterpriseWithUser(t);
    await t.db.execute(sql`UPDATE organisations SET name = ${`${tag}科技有限公司`} WHERE id = ${e.org.id}`);
    await created(e);
    await created(e, { kind: 'audit_report', title: '示例审计报告', year: lastYear });
    const expiring = await created(e, {
      kind: 'hte_certificate',
      title: '示例高企证书',
      year: null,
      validFrom: addDays(today, -1000),
      validTo: addDays(today, 12),
    });
    const expired = await created(e, {
      kind: 'qualification',
      title: '示例过期资质',
      year: null,
      validFrom: '2020-01-01',
      validTo: addDays(today, -1),
    });
    const q = `q=${encodeURIComponent(tag)}`;
    const ids = async (filter: string) => {
      const res = await api.get(`/api/v1/materials?${q}&${filter}`, { as: admin });
      expect(res.statusCode, res.body).toBe(200);
      return materialPageSchema.parse(res.json()).items.map((m) => m.id);
    };
    expect(await ids('')).toHaveLength(4);
    expect(await ids('kind=hte_certificate')).toEqual([expiring.id]);
    expect(await ids('expiringWithin=12')).toEqual([expiring.id]);
    expect(await ids('expiringWithin=11')).toEqual([]);
    expect(await ids('validity=expired')).toEqual([expired.id]);
    expect(await ids('validity=valid')).toHaveLength(3);
    expect(await ids('review=checked')).toEqual([]);
    expect(await ids('sort=validTo')).toEqual(expect.arrayContaining([expired.id, expiring.id]));
    expect((await ids('sort=validTo')).slice(0, 2)).toEqual([expired.id, expiring.id]);
    expect((await api.get('/api/v1/materials?q=%25', { as: admin })).json().total).toBe(0);
    const walked = await walkPages(api, `/api/v1/materials?${q}`, admin, 3);
    expect(walked.total).toBe(4);

    const xlsx = await api.get(`/api/v1/materials/export.xlsx?${q}&kind=hte_certificate`, { as: admin });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''materials-${today}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(2); // the header and the one certificate
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row).toEqual(expect.arrayContaining(['高新技术企业证书', '示例高企证书', '即将到期', '待核验']));
    expect((await api.get('/api/v1/materials/export.xlsx', { as: e.cookie })).statusCode).toBe(403);
  });
});

describe('the kinds', () => {
  it('are answered to anyone with their rules', async () => {
    const res = await api.get('/api/v1/materials/kinds');
    expect(res.statusCode).toBe(200);
    const hte = res.json().items.find((k: { code: string }) => k.code === 'hte_certificate');
    expect(hte).toMatchObject({ zh: '高新技术企业证书', period: 'validity', end: 'required', termYears: 3 });
  });

  it('agree in SQL with the shared definition, kind by kind', async () => {
    for (const kind of MATERIAL_KIND_CODES) {
      const { rows } = await t.db.execute(sql`
        SELECT material_kind_known(${kind}) AS known, material_kind_per_year(${kind}) AS per_year,
               material_kind_multiple(${kind}) AS multiple, material_kind_end_required(${kind}) AS end_required`);
      expect({ kind, ...rows[0] }).toEqual({
        kind,
        known: true,
        per_year: isPerYear(kind),
        multiple: isMultiple(kind),
        end_required: MATERIAL_KINDS[kind].end === 'required',
      });
    }
    const { rows } = await t.db.execute(sql`SELECT material_kind_known('business_card') AS known`);
    expect(rows[0]?.known).toBe(false);
  });
});
