import { type PolicyDocumentInput, policySearchPageSchema } from '@cz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';

let t: TestApp;
let admin: string;
const api = client(() => t);

/** A published document (or a draft), written and published through the API as the administration does. */
async function document(input: Partial<PolicyDocumentInput> & { title: string }, publish = true): Promise<number> {
  const res = await api.post(
    '/api/v1/policy/admin/documents',
    { issuer: '示例长治高新区管理委员会', level: 'zone', issuedOn: '2026-01-10', ...input },
    { as: admin },
  );
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as number;
  if (publish)
    expect((await api.post(`/api/v1/policy/admin/documents/${id}/publish`, undefined, { as: admin })).statusCode).toBe(
      200,
    );
  return id;
}

type Hit = { id: number; title: string; snippet: { text: string; hit: boolean }[]; terms: string[]; state: string };
async function search(query: string): Promise<{ total: number; items: Hit[] }> {
  const res = await api.get(`/api/v1/policy/documents?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  expect(policySearchPageSchema.safeParse(body).success, res.body).toBe(true);
  return body;
}
const ids = async (query: string) => (await search(query)).items.map((h) => h.id);

const doc = {} as Record<
  'rd' | 'tsme' | 'split' | 'voucher' | 'talent' | 'tax' | 'draft' | 'expired' | 'old' | 'province',
  number
>;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
  doc.rd = await document({
    title: '示例关于落实研发费用税前扣除政策的通知',
    docNumber: '示例财税〔2023〕7号',
    issuer: '示例财政部',
    level: 'national',
    issuedOn: '2023-03-26',
    effectiveFrom: '2023-01-01',
    supportKinds: ['tax'],
    enterpriseKinds: ['tech_sme', 'hte'],
    interpretationHtml: '<p>企业开展研发活动发生的费用，可以在计算应纳税所得额时多扣一部分。</p>',
    bodyHtml:
      '<p>第一条 为进一步激励企业加大研发投入，现将有关政策通知如下。</p><p>第二条 企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，自2023年1月1日起，再按照实际发生额的100%在税前加计扣除，即实行研发费用加计扣除政策。</p>',
  });
  doc.tsme = await document({
    title: '示例科技型中小企业研发后补助办法',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['tech_sme'],
    industries: ['C', 'I'],
    topics: ['研发投入'],
    issuedOn: '2026-02-01',
    bodyHtml: '<p>对入库的科技型中小企业，按上年度研发投入给予后补助。</p>',
  });
  doc.split = await document({
    title: '示例中小企业服务券使用指引',
    supportKinds: ['subsidy'],
    issuedOn: '2025-05-01',
    bodyHtml: '<p>本指引适用于科技型企业，也适用于各类中小企业。</p>',
  });
  doc.voucher = await document({
    title: '示例科技创新券管理办法',
    docNumber: '示例长高新发〔2026〕3号',
    supportKinds: ['subsidy'],
    enterpriseKinds: ['tech_sme', 'startup'],
    topics: ['创新券'],
    issuedOn: '2026-03-01',
    faq: [{ question: '创新券可以用来做什么？', answer: '购买检验检测、技术开发等科技服务。' }],
    bodyHtml: '<p>创新券用于购买科技服务。</p>',
  });
  doc.talent = await document({
    title: '示例高层次人才安家补贴实施细则',
    level: 'city',
    issuer: '示例长治市人民政府',
    supportKinds: ['talent'],
    issuedOn: '2024-06-01',
    bodyHtml: '<p>引进的高层次人才可申请安家补贴。</p>',
  });
  doc.tax = await document({
    title: '示例高新技术企业所得税优惠指引',
    level: 'province',
    issuer: '示例山西省税务局',
    supportKinds: ['tax'],
    enterpriseKinds: ['hte'],
    issuedOn: '2025-01-15',
    bodyHtml: '<p>高新技术企业减按15%的税率征收企业所得税。</p>',
  });
  doc.expired = await document({
    title: '示例研发费用加计扣除旧口径说明',
    supportKinds: ['tax'],
    issuedOn: '2019-01-01',
    expiresOn: '2020-12-31',
    bodyHtml: '<p>旧口径的研发费用加计扣除比例为75%。</p>',
  });
  doc.old = await document({
    title: '示例创新创业大赛奖励办法',
    supportKinds: ['reward'],
    issuedOn: '2021-09-01',
    effectiveFrom: '2021-10-01',
    expiresOn: '2023-09-30',
    bodyHtml: '<p>获奖团队给予一次性奖励。</p>',
  });
  doc.province = await document({
    title: '示例专精特新中小企业培育办法',
    level: 'province',
    issuer: '示例山西省工业和信息化厅',
    supportKinds: ['honour', 'reward'],
    enterpriseKinds: ['specialised'],
    issuedOn: '2025-08-08',
    bodyHtml: '<p>培育专精特新中小企业，推荐申报小巨人。</p>',
  });
  doc.draft = await document(
    { title: '示例研发费用加计扣除草稿', bodyHtml: '<p>研发费用加计扣除的未发布草稿。</p>' },
    false,
  );
}, 120_000);
afterAll(() => t.close());

describe('searching the library in Chinese', () => {
  it('finds a document that writes 研发费用加计扣除 when searched for 加计扣除, with the words highlighted', async () => {
    const found = await search(`q=${encodeURIComponent('加计扣除')}`);
    expect(found.items.map((h) => h.id)).toContain(doc.rd);
    const hit = found.items.find((h) => h.id === doc.rd) as Hit;
    expect(hit.terms).toEqual(['加计扣除']);
    const marked = hit.snippet.filter((p) => p.hit).map((p) => p.text);
    expect(marked).toContain('加计扣除');
    expect(
      marked.every((m) => m === '加计扣除'),
      'its parts alone are not marked',
    ).toBe(true);
    expect(hit.snippet.map((p) => p.text).join('')).toContain('研发费用加计扣除');
    // The draft that says the same is not public.
    expect(found.items.map((h) => h.id)).not.toContain(doc.draft);
  });

  it('matches 科技型中小企业 as one term, not its words apart', async () => {
    const found = await ids(`q=${encodeURIComponent('科技型中小企业')}`);
    expect(found).toContain(doc.tsme);
    // 科技型企业 … 中小企业 has every character and both halves, but not the term.
    expect(found).not.toContain(doc.split);
    // The shorter term inside it finds both.
    const smes = await ids(`q=${encodeURIComponent('中小企业')}`);
    expect(smes).toEqual(expect.arrayContaining([doc.tsme, doc.split]));
  });

  it('finds nothing for a word no document has', async () => {
    expect(await search(`q=${encodeURIComponent('量子引力波')}`)).toMatchObject({ total: 0, items: [] });
  });

  it('answers a query of punctuation and operators safely, as if there were none', async () => {
    const all = (await search('pageSize=100')).total;
    for (const q of ["&|!():*'", "'", '\\', ':*', '!!!', '()', '&&', '<->', "a' & b", '研发&|!', '研发:*']) {
      const res = await api.get(`/api/v1/policy/documents?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, `${q}: ${res.body}`).toBe(200);
      const total = res.json().total as number;
      if (!/[a-z\u4e00-\u9fa5]/.test(q)) expect(total, q).toBe(all);
    }
    // Operators around a word leave the word.
    expect(await ids(`q=${encodeURIComponent('(研发费用)&!')}`)).toEqual(expect.arrayContaining([doc.rd, doc.expired]));
  });

  it('ranks a document that has the words in its title above one that has them in its text', async () => {
    const found = await ids(`q=${encodeURIComponent('研发费用加计扣除')}`);
    expect(found.indexOf(doc.expired)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(doc.expired)).toBeLessThan(found.indexOf(doc.rd));
  });

  it('searches the 文号, the issuer, the tags and the FAQ', async () => {
    expect(await ids(`q=${encodeURIComponent('示例长高新发〔2026〕3号')}`)).toEqual([doc.voucher]);
    expect(await ids(`q=${encodeURIComponent('长治市人民政府')}`)).toEqual([doc.talent]);
    expect(await ids(`q=${encodeURIComponent('税收优惠')}`)).toEqual(
      expect.arrayContaining([doc.rd, doc.tax, doc.expired]),
    );
    expect(await ids(`q=${encodeURIComponent('检验检测')}`)).toEqual([doc.voucher]);
  });
});

describe('the library’s filters, sorting and paging', () => {
  it('filters by level, issuer, support kind, applicant kind and industry', async () => {
    expect(await ids('level=city')).toEqual([doc.talent]);
    expect(await ids(`issuer=${encodeURIComponent('示例山西省税务局')}`)).toEqual([doc.tax]);
    expect((await ids('supportKind=tax')).sort()).toEqual([doc.rd, doc.tax, doc.expired].sort());
    expect((await ids('enterpriseKind=hte')).sort()).toEqual([doc.rd, doc.tax].sort());
    expect(await ids('industry=I')).toEqual([doc.tsme]);
    expect(await ids('level=province&supportKind=reward')).toEqual([doc.province]);
  });

  it('filters by the year of issue and by being in force on a date', async () => {
    expect((await ids('year=2026')).sort()).toEqual([doc.tsme, doc.voucher].sort());
    const inForce = await ids('inForceOn=2022-06-01&pageSize=100');
    expect(inForce).toContain(doc.old);
    expect(inForce).not.toContain(doc.expired);
    expect(inForce).not.toContain(doc.tsme); // issued later
    expect(await ids('inForceOn=2021-09-15&supportKind=reward')).toEqual([]); // issued, not yet effective
  });

  it('tells expired documents apart and filters by in force or expired', async () => {
    const expired = await search('status=expired');
    expect(expired.items.map((h) => h.id).sort()).toEqual([doc.expired, doc.old].sort());
    expect(expired.items.every((h) => h.state === 'expired')).toBe(true);
    const current = await ids('status=published&pageSize=100');
    expect(current).not.toContain(doc.expired);
    expect(current).toContain(doc.rd);
  });

  it('sorts by date either way, newest first without a query, and by relevance with one', async () => {
    const newest = await ids('pageSize=100');
    expect(newest[0]).toBe(doc.voucher); // 2026-03-01
    expect(newest.at(-1)).toBe(doc.expired); // 2019-01-01
    expect(await ids('sort=oldest&pageSize=100')).toEqual([...newest].reverse());
    const q = `q=${encodeURIComponent('研发')}`;
    expect((await ids(`${q}&sort=newest`))[0]).toBe(doc.tsme);
  });

  it('pages without overlaps or gaps, searched or not, in every order', async () => {
    for (const path of [
      '/api/v1/policy/documents',
      '/api/v1/policy/documents?sort=oldest',
      `/api/v1/policy/documents?q=${encodeURIComponent('企业')}`,
      '/api/v1/policy/documents?supportKind=tax',
    ]) {
      const { total } = await walkPages(api, path, undefined, 2);
      expect(total, path).toBeGreaterThan(1);
    }
    expect((await walkPages(api, '/api/v1/policy/documents', undefined, 3)).total).toBe(9);
  });

  it('refuses unknown filter values with a 400', async () => {
    for (const q of ['level=galaxy', 'supportKind=x', 'status=draft', 'year=abc', 'inForceOn=2026-02-30', 'sort=x'])
      expect((await api.get(`/api/v1/policy/documents?${q}`)).statusCode, q).toBe(400);
  });
});

describe('related policies and issuers', () => {
  it('lists published documents sharing tags and key words, best first, never the document itself', async () => {
    const res = await api.get(`/api/v1/policy/documents/${doc.rd}/related`);
    expect(res.statusCode, res.body).toBe(200);
    const related = (res.json().items as { id: number }[]).map((r) => r.id);
    expect(related).not.toContain(doc.rd);
    expect(related).not.toContain(doc.draft);
    // Same support kind (tax), applicant kind and the key words 研发费用 / 加计扣除.
    expect(related[0]).toBe(doc.expired);
    expect(related).toContain(doc.tax);
    expect(related.length).toBeLessThanOrEqual(5);
    expect((await api.get(`/api/v1/policy/documents/${doc.draft}/related`)).statusCode).toBe(404);
  });

  it('names the issuers of published documents with their counts', async () => {
    const res = await api.get('/api/v1/policy/issuers');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { issuer: string; count: number }[];
    expect(items[0]).toEqual({ issuer: '示例长治高新区管理委员会', count: 5 });
    expect(items).toContainEqual({ issuer: '示例财政部', count: 1 });
  });
});
