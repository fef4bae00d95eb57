import {
  policyDocumentRowPageSchema,
  policyDocumentSchema,
  policyIssuersSchema,
  policyRelatedSchema,
} from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
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

const BASE = '/api/v1/policy/admin/documents';

/** The answer, after checking its status and that it is exactly what its schema declares. */
function conforms<S extends z.ZodType>(schema: S, res: { statusCode: number; body: string }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  const body = JSON.parse(res.body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`the answer does not match its schema: ${parsed.error.message}`);
  expect(parsed.data).toEqual(body);
  return parsed.data as z.infer<S>;
}

let serial = 100;
const input = (o: Record<string, unknown> = {}) => ({
  title: `示例测试政策文件${serial++}`,
  issuer: '示例长治高新区管理委员会',
  level: 'zone',
  issuedOn: '2026-02-01',
  ...o,
});

async function create(o: Record<string, unknown> = {}, as = admin) {
  return conforms(policyDocumentSchema, await api.post(BASE, input(o), { as }), 201);
}

const auditOf = async (id: number) =>
  (
    await t.db.execute(
      sql`SELECT action, before, after FROM audit_log WHERE entity = 'policy_document' AND entity_id = ${String(id)} ORDER BY id`,
    )
  ).rows as { action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];

describe('writing documents', () => {
  it('stores a draft with sanitised rich text, its plain text, a normalised 文号 and the tags, audited', async () => {
    const doc = await create({
      docNumber: '示例长高新发[2026]第08号',
      bodyHtml:
        '<h1>第一章</h1><p onclick="x()">第一条 <strong>鼓励</strong>企业<script>alert(1)</script>创新。</p><p><a href="javascript:alert(1)">链接</a> <a href="https://example.org/a">原文</a></p><img src="x.png"><p> </p>',
      interpretationHtml: '<p>一句话：<em>看得懂</em>。</p><style>p{}</style>',
      faq: [{ question: '谁可以申请？', answer: '区内注册的企业。' }],
      supportKinds: ['subsidy', 'subsidy', 'reward'],
      enterpriseKinds: ['tech_sme'],
      industries: ['C'],
      topics: ['数字化转型'],
      department: '科技创新部',
    });
    expect(doc).toMatchObject({
      status: 'draft',
      state: 'draft',
      docNumber: '示例长高新发〔2026〕8号',
      supportKinds: ['subsidy', 'reward'],
      department: '科技创新部',
      publishedAt: null,
    });
    expect(doc.bodyHtml).toBe(
      '<h2>第一章</h2><p>第一条 <strong>鼓励</strong>企业创新。</p><p><a rel="noopener noreferrer" target="_blank">链接</a> <a href="https://example.org/a" rel="noopener noreferrer" target="_blank">原文</a></p>',
    );
    expect(doc.interpretationHtml).toBe('<p>一句话：<em>看得懂</em>。</p>');
    const { rows } = await t.db.execute(
      sql`SELECT body_text, interpretation_text, key_terms FROM policy_documents WHERE id = ${doc.id}`,
    );
    expect(rows[0]).toMatchObject({
      body_text: '第一章\n第一条 鼓励企业创新。\n链接 原文',
      interpretation_text: '一句话：看得懂。',
    });
    const audit = await auditOf(doc.id);
    expect(audit.map((a) => a.action)).toEqual(['policy.document.create']);
    expect(audit[0]?.after).toMatchObject({ title: doc.title, status: 'draft' });
    expect(audit[0]?.after).not.toHaveProperty('search');
  });

  it('refuses a second document with an issuer’s 文号, not another issuer’s', async () => {
    await create({ docNumber: '示例长高新发〔2026〕21号' });
    const again = await api.post(BASE, input({ docNumber: '示例长高新发(2026)21号' }), { as: admin });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('policy.document_number_taken');
    await create({ docNumber: '示例长高新发〔2026〕21号', issuer: '示例长治市科学技术局', level: 'city' });
    // Documents without a number are never compared.
    await create({ docNumber: null });
    await create({ docNumber: '' });
  });

  it('checks dates: an expiry before the effective date is refused with the field named', async () => {
    const res = await api.post(BASE, input({ effectiveFrom: '2026-03-01', expiresOn: '2026-02-28' }), { as: admin });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('policy_docs.dates_order');
  });

  it('records exactly what an update changed, and a correction of a published document is public at once', async () => {
    const doc = await create({ bodyHtml: '<p>原文</p>' });
    expect((await api.post(`${BASE}/${doc.id}/publish`, undefined, { as: admin })).statusCode).toBe(200);
    const res = await api.put(
      `${BASE}/${doc.id}`,
      input({ title: doc.title, bodyHtml: '<p>更正后的原文</p>', supportKinds: ['tax'] }),
      { as: admin },
    );
    const updated = conforms(policyDocumentSchema, res);
    expect(updated).toMatchObject({ status: 'published', bodyHtml: '<p>更正后的原文</p>', supportKinds: ['tax'] });
    const audit = (await auditOf(doc.id)).at(-1);
    expect(audit?.action).toBe('policy.document.update');
    expect(audit?.before).toEqual({ bodyHtml: '<p>原文</p>', supportKinds: [] });
    expect(audit?.after).toEqual({ bodyHtml: '<p>更正后的原文</p>', supportKinds: ['tax'] });
    const open = conforms(policyDocumentSchema, await api.get(`/api/v1/policy/documents/${doc.id}`));
    expect(open.bodyHtml).toBe('<p>更正后的原文</p>');
  });
});

describe('publishing and repealing', () => {
  it('publishes a draft only with its date of issue, once; the public sees it then and not before', async () => {
    const doc = await create({ issuedOn: null });
    expect((await api.get(`/api/v1/policy/documents/${doc.id}`)).statusCode).toBe(404);
    const early = await api.post(`${BASE}/${doc.id}/publish`, undefined, { as: admin });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('policy.document_issued_on_required');
    await api.put(`${BASE}/${doc.id}`, input({ title: doc.title, issuedOn: '2026-01-05' }), { as: admin });
    const published = conforms(
      policyDocumentSchema,
      await api.post(`${BASE}/${doc.id}/publish`, undefined, { as: admin }),
    );
    expect(published).toMatchObject({ status: 'published', state: 'published' });
    expect(published.publishedAt).not.toBeNull();
    const twice = await api.post(`${BASE}/${doc.id}/publish`, undefined, { as: admin });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('policy.document_not_draft');
    const open = conforms(policyDocumentSchema, await api.get(`/api/v1/policy/documents/${doc.id}`));
    expect(open.title).toBe(doc.title);
    expect((await auditOf(doc.id)).map((a) => a.action)).toEqual([
      'policy.document.create',
      'policy.document.update',
      'policy.document.publish',
    ]);
  });

  it('repeals a published document with the one that replaces it; both show the link, the old one leaves the library', async () => {
    const old = await create({ title: '示例旧版人才政策', docNumber: '示例长高新发〔2024〕5号' });
    const successor = await create({ title: '示例新版人才政策', docNumber: '示例长高新发〔2026〕5号' });
    const draft = await create();
    for (const d of [old, successor])
      expect((await api.post(`${BASE}/${d.id}/publish`, undefined, { as: admin })).statusCode).toBe(200);

    const notDraft = await api.post(`${BASE}/${draft.id}/repeal`, { repealedOn: '2026-03-01' }, { as: admin });
    expect(notDraft.json().error.code).toBe('policy.document_not_published');
    for (const replacedBy of [draft.id, old.id, 999_999]) {
      const bad = await api.post(`${BASE}/${old.id}/repeal`, { repealedOn: '2026-03-01', replacedBy }, { as: admin });
      expect(bad.statusCode, String(replacedBy)).toBe(422);
      expect(bad.json().error.code).toBe('policy.document_replacement_invalid');
    }

    const repealed = conforms(
      policyDocumentSchema,
      await api.post(
        `${BASE}/${old.id}/repeal`,
        { repealedOn: '2026-03-01', replacedBy: successor.id, note: '由新版政策替代' },
        { as: admin },
      ),
    );
    expect(repealed).toMatchObject({
      status: 'repealed',
      state: 'repealed',
      repealedOn: '2026-03-01',
      repealNote: '由新版政策替代',
      replacedBy: { id: successor.id, title: '示例新版人才政策', state: 'published' },
    });
    expect((await api.get(`/api/v1/policy/documents/${old.id}`)).statusCode).toBe(404);
    const open = conforms(policyDocumentSchema, await api.get(`/api/v1/policy/documents/${successor.id}`));
    expect(open.replaces).toEqual([expect.objectContaining({ id: old.id, state: 'repealed' })]);
    // A repealed document is kept as it was.
    const edit = await api.put(`${BASE}/${old.id}`, input({ title: '示例改写' }), { as: admin });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('policy.document_repealed');
    const list = await api.get(`/api/v1/policy/documents?q=${encodeURIComponent('人才政策')}`);
    expect((list.json().items as { id: number }[]).map((i) => i.id)).toEqual([successor.id]);
  });
});

describe('attachments', () => {
  it('are readable by anyone while the document is published, and by the administration only otherwise', async () => {
    const upload = await api.post('/api/v1/uploads?name=%E7%A4%BA%E4%BE%8B.pdf', Buffer.from('%PDF-1.4 示例附件'), {
      as: admin,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const hash = upload.json().hash as string;
    const doc = await create();
    const set = conforms(
      policyDocumentSchema,
      await api.put(
        `${BASE}/${doc.id}/attachments`,
        { attachments: [{ hash, name: '示例申报表.pdf' }] },
        { as: admin },
      ),
    );
    expect(set.attachments).toEqual([{ hash, name: '示例申报表.pdf' }]);
    expect((await api.get(`/api/v1/uploads/${hash}`)).statusCode).toBe(401);
    await api.post(`${BASE}/${doc.id}/publish`, undefined, { as: admin });
    expect((await api.get(`/api/v1/uploads/${hash}`)).statusCode).toBe(200);
    const open = conforms(policyDocumentSchema, await api.get(`/api/v1/policy/documents/${doc.id}`));
    expect(open.attachments).toEqual([{ hash, name: '示例申报表.pdf' }]);
    await api.post(`${BASE}/${doc.id}/repeal`, { repealedOn: '2026-04-01' }, { as: admin });
    expect((await api.get(`/api/v1/uploads/${hash}`)).statusCode).toBe(401);
    expect((await auditOf(doc.id)).map((a) => a.action)).toContain('policy.document.attachments');
  });

  it('refuses a file the administration has no copy of', async () => {
    const doc = await create();
    const res = await api.put(
      `${BASE}/${doc.id}/attachments`,
      { attachments: [{ hash: 'a'.repeat(64), name: '示例.pdf' }] },
      { as: admin },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('upload.not_attachable');
  });
});

describe('who may do what', () => {
  it('lets only the administration write, list every state and export; anyone reads the public library', async () => {
    const doc = await create();
    const e = await enterpriseWithUser(t);
    for (const [method, url, body] of [
      ['GET', BASE, undefined],
      ['GET', `${BASE}/export.xlsx`, undefined],
      ['GET', `${BASE}/${doc.id}`, undefined],
      ['POST', BASE, input()],
      ['PUT', `${BASE}/${doc.id}`, input()],
      ['POST', `${BASE}/${doc.id}/publish`, undefined],
      ['POST', `${BASE}/${doc.id}/repeal`, { repealedOn: '2026-01-01' }],
      ['PUT', `${BASE}/${doc.id}/attachments`, { attachments: [] }],
      ['GET', '/api/v1/policy/admin/import/template.xlsx', undefined],
      ['POST', '/api/v1/policy/admin/import/commit', { documents: [input()] }],
    ] as const) {
      const anonymous = await api.request(method, url, body);
      expect(anonymous.statusCode, `anonymous ${method} ${url}`).toBe(401);
      const member = await api.request(method, url, body, { as: e.cookie });
      expect(member.statusCode, `enterprise ${method} ${url}`).toBe(403);
    }
    for (const url of ['/api/v1/policy/documents', '/api/v1/policy/issuers'])
      expect((await api.get(url)).statusCode, url).toBe(200);
    expect((await api.get(`/api/v1/policy/documents/${doc.id}`)).statusCode).toBe(404); // a draft
  });

  it('lets an administrator of a department manage that department’s documents only', async () => {
    const {
      users: [finance, innovation],
    } = await seed(t, {
      users: [
        { role: 'admin', department: '示例财政金融部', login: true },
        { role: 'admin', department: '示例科技创新部', login: true },
      ],
    });
    const mine = await create({}, finance?.cookie as string);
    expect(mine.department).toBe('示例财政金融部');
    const theirs = await create({ department: '示例科技创新部' }, innovation?.cookie as string);
    const refused = await api.put(`${BASE}/${theirs.id}`, input({ title: theirs.title }), { as: finance?.cookie });
    expect(refused.statusCode).toBe(403);
    expect((await api.post(`${BASE}/${theirs.id}/publish`, undefined, { as: finance?.cookie })).statusCode).toBe(403);
    const elsewhere = await api.post(BASE, input({ department: '示例科技创新部' }), { as: finance?.cookie });
    expect(elsewhere.statusCode).toBe(403);
    // A zone-wide administrator manages every department's documents.
    expect((await api.post(`${BASE}/${theirs.id}/publish`, undefined, { as: admin })).statusCode).toBe(200);
    expect((await api.post(`${BASE}/${mine.id}/publish`, undefined, { as: finance?.cookie })).statusCode).toBe(200);
  });

  it('answers an unknown document 404 to the administration and the public alike', async () => {
    expect((await api.get(`${BASE}/987654`, { as: admin })).json().error.code).toBe('policy.document_not_found');
    expect((await api.get('/api/v1/policy/documents/987654')).json().error.code).toBe('policy.document_not_found');
    expect((await api.post(`${BASE}/987654/publish`, undefined, { as: admin })).statusCode).toBe(404);
  });
});

describe('the administration’s list', () => {
  it('shows every state with filters, a fragment search, paging and the same rows in Excel', async () => {
    const tag = `示例列表${Date.now() % 100000}`;
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await create({ title: `${tag}第${i}号文`, supportKinds: i % 2 ? ['tax'] : [] }));
    await api.post(`${BASE}/${made[0]?.id}/publish`, undefined, { as: admin });
    const q = `q=${encodeURIComponent(tag)}`;
    const page = conforms(policyDocumentRowPageSchema, await api.get(`${BASE}?${q}`, { as: admin }));
    expect(page.total).toBe(5);
    expect(page.items[0]?.id).toBe(made[0]?.id); // the last changed first
    expect(new Set(page.items.map((r) => r.state))).toEqual(new Set(['draft', 'published']));
    expect((await walkPages(api, `${BASE}?${q}`, admin, 2)).total).toBe(5);
    const drafts = conforms(policyDocumentRowPageSchema, await api.get(`${BASE}?${q}&status=draft`, { as: admin }));
    expect(drafts.total).toBe(4);
    const taxed = conforms(policyDocumentRowPageSchema, await api.get(`${BASE}?${q}&supportKind=tax`, { as: admin }));
    expect(taxed.total).toBe(2);
    expect(await exportRowCount(api, `${BASE}/export.xlsx?${q}`, admin)).toBe(5);
    expect(await exportRowCount(api, `${BASE}/export.xlsx?${q}&status=draft`, admin)).toBe(4);
    // A fragment with LIKE wildcards matches them literally.
    const wild = conforms(
      policyDocumentRowPageSchema,
      await api.get(`${BASE}?q=${encodeURIComponent('%_')}`, { as: admin }),
    );
    expect(wild.total).toBe(0);
  });

  it('answers the public reads in their declared shapes', async () => {
    const doc = await create({ supportKinds: ['talent'] });
    await api.post(`${BASE}/${doc.id}/publish`, undefined, { as: admin });
    conforms(policyRelatedSchema, await api.get(`/api/v1/policy/documents/${doc.id}/related`));
    conforms(policyIssuersSchema, await api.get('/api/v1/policy/issuers'));
  });
});
