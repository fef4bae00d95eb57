import { type PolicyImportPreview, policyImportPreviewSchema, policyImportResultSchema } from '@cz/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalDocx } from '../../../test/docx.ts';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { XLSX_TYPE } from '../../kernel/excel.ts';
import { DOCX_TYPE } from './policy.import.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

const preview = (body: Buffer | string, type: string, as = admin) =>
  api.post('/api/v1/policy/admin/import/preview', body, { as, headers: { 'content-type': type } });

async function previewed(body: Buffer | string, type: string): Promise<PolicyImportPreview> {
  const res = await preview(body, type);
  expect(res.statusCode, res.body).toBe(200);
  const parsed = policyImportPreviewSchema.safeParse(res.json());
  if (!parsed.success) throw new Error(parsed.error.message);
  expect(parsed.data).toEqual(res.json());
  return parsed.data;
}

const stored = async () =>
  Number((await t.db.execute(sql`SELECT count(*)::int AS n FROM policy_documents`)).rows[0]?.n ?? 0);

const NOTICE = [
  '示例长治高新区管理委员会文件',
  '示例长高新发〔2026〕31号',
  '关于印发《示例长治高新区技术合同交易补贴办法》的通知',
  '各有关单位：',
  '第一条 对在高新区登记的技术合同，按技术交易额给予补贴。',
  '第二条 本办法自2026年5月1日起施行，有效期至2028年4月30日。',
  '示例长治高新区管理委员会',
  '2026年4月20日',
];

describe('import preview', () => {
  it('reads a Word document: title, 文号, issuer, level, dates and the body after the title; stores nothing', async () => {
    const before = await stored();
    const docx = minimalDocx([NOTICE[0] as string, NOTICE[1] as string, `**${NOTICE[2]}`, ...NOTICE.slice(3)]);
    const p = await previewed(docx, DOCX_TYPE);
    expect(p.source).toBe('docx');
    expect(p.documents).toHaveLength(1);
    const [d] = p.documents;
    expect(d?.draft).toMatchObject({
      title: '关于印发《示例长治高新区技术合同交易补贴办法》的通知',
      docNumber: '示例长高新发〔2026〕31号',
      issuer: '示例长治高新区管理委员会',
      level: 'zone',
      issuedOn: '2026-04-20',
      effectiveFrom: '2026-05-01',
      expiresOn: '2028-04-30',
    });
    expect(d?.draft.bodyHtml.startsWith('<p>各有关单位：</p><p>第一条 对在高新区登记的技术合同')).toBe(true);
    expect(d?.draft.bodyHtml).not.toContain('文件');
    expect(d?.recognised).toEqual(
      expect.arrayContaining(['title', 'docNumber', 'issuer', 'level', 'issuedOn', 'effectiveFrom', 'expiresOn']),
    );
    expect(d?.problems).toEqual([]);
    expect(await stored()).toBe(before);
  });

  it('reads plain text in UTF-8 and in GB18030, and names what it could not find', async () => {
    const utf8 = await previewed(NOTICE.join('\r\n'), 'text/plain; charset=utf-8');
    expect(utf8.source).toBe('text');
    expect(utf8.documents[0]?.draft.docNumber).toBe('示例长高新发〔2026〕31号');
    // 关于示例通知 in GB18030, as Chinese Windows saves a text file.
    const gb = await previewed(Buffer.from('b9d8d3dacabec0fdcda8d6aa0d0a', 'hex'), 'text/plain');
    const doc = gb.documents[0];
    expect(doc?.draft.title).toBe('关于示例通知');
    expect(doc?.problems.map((x) => [x.field, x.code])).toEqual([
      ['issuer', 'import.required'],
      ['level', 'import.required'],
    ]);
  });

  it('reads a workbook of the template, a document per row, with each row’s problems', async () => {
    await api.post(
      '/api/v1/policy/admin/documents',
      {
        title: '示例已有文件',
        docNumber: '示例长高新发〔2026〕40号',
        issuer: '示例长治高新区管理委员会',
        level: 'zone',
      },
      { as: admin },
    );
    const template = await api.get('/api/v1/policy/admin/import/template.xlsx', { as: admin });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    sheet.spliceRows(2, 1);
    const row = (o: Partial<Record<string, string>>) =>
      [
        'title',
        'docNumber',
        'issuer',
        'level',
        'issuedOn',
        'effectiveFrom',
        'expiresOn',
        'department',
        'supportKinds',
        'enterpriseKinds',
        'industries',
        'topics',
        'body',
        'interpretation',
        'faq',
      ].map((k) => o[k] ?? '');
    const ok = {
      title: '示例人才安家补贴办法',
      docNumber: '示例长高新发〔2026〕41号',
      issuer: '示例长治高新区管理委员会',
      level: '区级',
      issuedOn: '2026年2月3日',
      supportKinds: '人才、资金补贴',
      enterpriseKinds: '高新技术企业，初创企业',
      industries: 'C、信息传输、软件和信息技术服务业',
      topics: '人才引进',
      body: '第一条 引进人才给予安家补贴。\n第二条 本办法自发布之日起施行。',
      interpretation: '来高新区工作的人才可以申请安家补贴。',
      faq: '问：谁能申请？\n答：新引进的全职人才。\n问：补多少？\n答：最高十万元。',
    };
    sheet.addRow(row(ok));
    sheet.addRow(row({ title: '示例层级不对', issuer: '示例某局', level: '宇宙级' }));
    sheet.addRow(row({ title: '示例日期不对', issuer: '示例某局', level: '市级', issuedOn: '2026年2月30日' }));
    sheet.addRow(row({ ...ok, title: '示例文号重复' }));
    sheet.addRow(row({ ...ok, title: '示例文号已有', docNumber: '示例长高新发[2026]40号' }));
    sheet.addRow(row({ title: '示例标签不对', issuer: '示例某局', level: 'national', supportKinds: '送温暖' }));
    const p = await previewed(Buffer.from(await wb.xlsx.writeBuffer()), XLSX_TYPE);
    expect(p.source).toBe('xlsx');
    expect(p.documents.map((d) => d.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(p.documents[0]?.draft).toMatchObject({
      title: '示例人才安家补贴办法',
      level: 'zone',
      issuedOn: '2026-02-03',
      supportKinds: ['talent', 'subsidy'],
      enterpriseKinds: ['hte', 'startup'],
      industries: ['C', 'I'],
      topics: ['人才引进'],
      faq: [
        { question: '谁能申请？', answer: '新引进的全职人才。' },
        { question: '补多少？', answer: '最高十万元。' },
      ],
      bodyHtml: '<p>第一条 引进人才给予安家补贴。</p><p>第二条 本办法自发布之日起施行。</p>',
      interpretationHtml: '<p>来高新区工作的人才可以申请安家补贴。</p>',
    });
    expect(p.documents.map((d) => d.problems.map((x) => [x.row, x.field, x.code]))).toEqual([
      [],
      [[3, 'level', 'import.policy_level']],
      [[4, 'issuedOn', 'import.policy_date']],
      [[5, 'docNumber', 'policy.document_number_taken']],
      [[6, 'docNumber', 'policy.document_number_taken']],
      [[7, 'supportKinds', 'import.policy_tag']],
    ]);
  });

  it('refuses a file it cannot read, a type it does not take, and anyone but the administration', async () => {
    const junk = await preview(Buffer.from('not a zip at all'), DOCX_TYPE);
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('policy.document_import_file');
    expect((await preview(Buffer.from('x'), XLSX_TYPE)).statusCode).toBe(400);
    expect((await preview(Buffer.from('%PDF-1.4'), 'application/pdf')).statusCode).toBe(415);
    const e = await enterpriseWithUser(t);
    expect((await preview('关于示例的通知', 'text/plain', e.cookie)).statusCode).toBe(403);
    const anonymous = await api.post('/api/v1/policy/admin/import/preview', '关于示例的通知', {
      headers: { 'content-type': 'text/plain' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('import commit', () => {
  const draft = (o: Record<string, unknown>) => ({
    issuer: '示例长治高新区管理委员会',
    level: 'zone',
    issuedOn: '2026-04-20',
    bodyHtml: '<p>第一条 示例条款。</p><script>x</script>',
    ...o,
  });

  it('stores nothing when any document cannot be stored, naming it', async () => {
    await api.post(
      '/api/v1/policy/admin/documents',
      draft({ title: '示例占用文号', docNumber: '示例长高新发〔2026〕50号' }),
      {
        as: admin,
      },
    );
    const before = await stored();
    const res = await api.post(
      '/api/v1/policy/admin/import/commit',
      {
        documents: [
          draft({ title: '示例导入甲', docNumber: '示例长高新发〔2026〕51号' }),
          draft({ title: '示例导入乙', docNumber: '示例长高新发（2026）50号' }),
          draft({ title: '示例导入丙', docNumber: '示例长高新发〔2026〕51号' }),
        ],
      },
      { as: admin },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('policy.document_import_invalid');
    expect(res.json().error.details.map((d: { row: number; code: string }) => [d.row, d.code])).toEqual([
      [3, 'policy.document_number_taken'],
      [2, 'policy.document_number_taken'],
    ]);
    expect(await stored()).toBe(before);
    const invalid = await api.post(
      '/api/v1/policy/admin/import/commit',
      { documents: [draft({ title: '' })] },
      { as: admin },
    );
    expect(invalid.statusCode).toBe(400);
    expect(await stored()).toBe(before);
  });

  it('stores every document as a draft, sanitised, each audited, none of them public yet', async () => {
    const res = await api.post(
      '/api/v1/policy/admin/import/commit',
      {
        documents: [
          draft({
            title: '示例导入的技术合同补贴办法',
            docNumber: '示例长高新发〔2026〕61号',
            supportKinds: ['subsidy'],
          }),
          draft({ title: '示例导入的首台套奖励办法', docNumber: null }),
        ],
      },
      { as: admin },
    );
    expect(res.statusCode, res.body).toBe(201);
    const result = policyImportResultSchema.parse(res.json());
    expect(result.created).toBe(2);
    const { rows } = await t.db.execute(
      sql`SELECT id, status, body_html FROM policy_documents WHERE id IN (${sql.join(result.ids, sql`, `)}) ORDER BY id`,
    );
    expect(rows).toEqual(result.ids.map((id) => ({ id, status: 'draft', body_html: '<p>第一条 示例条款。</p>' })));
    const audit = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'policy.document.import' AND entity_id IN (${sql.join(
        result.ids.map(String),
        sql`, `,
      )})`,
    );
    expect(audit.rows[0]?.n).toBe(2);
    const open = await api.get(`/api/v1/policy/documents?q=${encodeURIComponent('首台套')}`);
    expect(open.json().total).toBe(0);
    const seen = await api.get(`/api/v1/policy/admin/documents?q=${encodeURIComponent('首台套')}`, { as: admin });
    expect(seen.json().items.map((i: { id: number }) => i.id)).toEqual([result.ids[1]]);
  });
});
