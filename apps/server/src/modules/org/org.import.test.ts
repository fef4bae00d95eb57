import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, makeOrg } from '../../../test/factories.ts';
import { createTestApp, type TestApp, uniqueUscc } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { XLSX_TYPE } from '../../kernel/excel.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const res = await api.get('/api/v1/orgs/import/template.xlsx', { as: admin });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
  sheet.spliceRows(2, 1); // drop the sample row
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (mode: 'dry-run' | 'commit', body: Buffer, cookie = admin) =>
  api.post(`/api/v1/orgs/import?mode=${mode}`, body, { as: cookie, headers: { 'content-type': XLSX_TYPE } });

const count = async () => (await t.db.execute(sql`SELECT count(*)::int AS n FROM organisations`)).rows[0]?.n as number;

describe('enterprise import from Excel', () => {
  it('offers a template whose header names every column in both languages', async () => {
    const res = await api.get('/api/v1/orgs/import/template.xlsx', { as: admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = ((wb.worksheets[0] as ExcelJS.Worksheet).getRow(1).values as string[]).filter(Boolean);
    expect(header[0]).toContain('企业名称');
    expect(header[1]).toContain('USCC');
  });

  it('reports every bad row with its number and reason in a dry run, and imports nothing', async () => {
    const existing = await makeOrg(t);
    const good = uniqueUscc();
    const file = await workbook([
      [
        '示例导入甲有限公司',
        good,
        '示例法人',
        '',
        '',
        '',
        '光伏产业园',
        'C',
        '光伏光电',
        '2019-03-01',
        800,
        '是',
        '',
        '',
        '',
        '',
        '否',
      ],
      [
        '示例导入乙有限公司',
        `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`,
        '',
        '',
        '',
        '',
        '',
        'C',
        '',
        '',
        '',
        '否',
        '',
        '',
        '',
        '',
        '否',
      ],
      ['示例导入丙有限公司', existing.uscc, '', '', '', '', '', 'Z', '', '', '', '否', '', '', '', '', '否'],
      ['示例导入丁有限公司', good, '', '', '', '', '', '', '火星产业', '', -5, '也许', '', '', '', '', '否'],
      ['', uniqueUscc(), '', '', '', '', '', '', '', '2020-13-45', '', '否', '', '', '', '', '否'],
    ]);
    const before = await count();
    const res = await upload('dry-run', file);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: 5, valid: 1, committed: false, created: 0 });
    const byRow = (row: number) =>
      report.errors
        .filter((e: { row: number }) => e.row === row)
        .map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual(['uscc:org.invalid_uscc']);
    expect(byRow(4)).toEqual(expect.arrayContaining(['uscc:org.duplicate_uscc', 'industry:import.invalid']));
    expect(byRow(5)).toEqual(
      expect.arrayContaining([
        'registeredCapital:import.number',
        'industryChain:import.industry_chain',
        'isAboveScale:import.flag',
        'uscc:org.duplicate_uscc',
      ]),
    );
    expect(byRow(6)).toEqual(expect.arrayContaining(['name:import.invalid', 'foundedOn:import.invalid']));
    expect(await count()).toBe(before);
  });

  it('refuses to commit a file with any bad row: all or nothing', async () => {
    const file = await workbook([
      ['示例全有甲有限公司', uniqueUscc(), '', '', '', '', '', 'C', '', '', '', '否', '', '', '', '', '否'],
      ['示例全有乙有限公司', 'NOT-A-CODE', '', '', '', '', '', 'C', '', '', '', '否', '', '', '', '', '否'],
    ]);
    const before = await count();
    const res = await upload('commit', file);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('org.import_invalid');
    expect(res.json().error.details[0].errors[0]).toMatchObject({ row: 3, field: 'uscc' });
    expect(await count()).toBe(before);
  });

  it('commits a clean file: every row verified, in capital fen, and audited', async () => {
    const codes = [uniqueUscc(), uniqueUscc(), uniqueUscc()];
    const file = await workbook(
      codes.map((c, i) => [
        `示例批量${i}有限公司`,
        c.toLowerCase(),
        '',
        '',
        '',
        '',
        '',
        'C',
        '新材料',
        `2020-01-0${i + 1}`,
        1234.5,
        '是',
        '',
        '',
        '',
        '',
        '否',
      ]),
    );
    const res = await upload('commit', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 3, valid: 3, committed: true, created: 3 });
    const rows = (
      await t.db.execute(
        sql`SELECT uscc, status, registered_capital, industry_chain FROM organisations WHERE uscc = ANY(${`{${codes.join(',')}}`}::text[]) ORDER BY uscc`,
      )
    ).rows;
    expect(rows).toHaveLength(3);
    expect(
      rows.every(
        (r) =>
          r.status === 'verified' &&
          Number(r.registered_capital) === 1_234_500_000 &&
          r.industry_chain === 'new_materials',
      ),
    ).toBe(true);
    const audited = (await t.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'org.import'`))
      .rows[0]?.n;
    expect(audited).toBeGreaterThanOrEqual(3);
    const again = await upload('commit', file);
    expect(again.statusCode).toBe(422); // the same codes are now registered
  });

  it('answers 400 to a file that is not a workbook, and 403 to non-admins', async () => {
    const junk = await upload('dry-run', Buffer.from('not a zip file at all'));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('org.import_file');
    const ent = await enterpriseWithUser(t);
    expect((await upload('dry-run', await workbook([]), ent.cookie)).statusCode).toBe(403);
  });
});

describe('Excel export', () => {
  it('exports the filtered list; phones are masked for the public and shown to admins', async () => {
    const tag = `示例导出${Math.random().toString(36).slice(2, 5)}`;
    await makeOrg(t, { name: `${tag}甲`, contactPhone: '13912345678' });
    await makeOrg(t, { name: `${tag}乙`, contactPhone: '13912345679', status: 'pending' });
    const read = async (cookie?: string) => {
      const res = await api.get(`/api/v1/orgs/export.xlsx?q=${encodeURIComponent(tag)}`, { as: cookie });
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
      const rows: string[] = [];
      sheet.eachRow((r, n) => {
        if (n > 1) rows.push((r.values as unknown[]).map(String).join('|'));
      });
      return rows;
    };
    const pub = await read();
    expect(pub).toHaveLength(1);
    expect(pub[0]).toContain('139****5678');
    const adm = await read(admin);
    expect(adm).toHaveLength(2);
    expect(adm.join()).toContain('13912345678');
  });
});
