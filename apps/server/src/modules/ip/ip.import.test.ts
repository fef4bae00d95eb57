import { addDays, patentCheckChar, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { XLSX_TYPE } from '../../kernel/excel.ts';
import { sendIpReminders } from './ip.jobs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

let serial = 5000;
const patentNo = (type: string) => {
  const digits = `2022${type}${String(serial++).padStart(7, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
};

async function workbook(cookie: string, rows: unknown[][]): Promise<Buffer> {
  const res = await api.get('/api/v1/ip/import/template.xlsx', { as: cookie });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_TYPE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
  sheet.spliceRows(2, 1); // drop the sample row
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const send = (mode: 'dry-run' | 'commit', body: Buffer, cookie: string) =>
  api.post(`/api/v1/ip/import?mode=${mode}`, body, { as: cookie, headers: { 'content-type': XLSX_TYPE } });

const countOf = async (orgId: number) =>
  (await t.db.execute(sql`SELECT count(*)::int AS n FROM ip_records WHERE org_id = ${orgId}`)).rows[0]?.n as number;

describe('IP import from Excel', () => {
  it('answers a dry run with every bad row by number and code, and changes nothing', async () => {
    const e = await enterpriseWithUser(t);
    const good = patentNo('1');
    const body = await workbook(e.cookie, [
      [
        '发明专利',
        `ZL${good}`,
        '示例导入发明',
        '示例公司',
        '2022-01-05',
        '2024-03-01',
        '2042-01-04',
        '有效',
        '自主研发',
        '',
      ],
      ['实用新型专利', '202210000000.1', '示例错误校验位', '', '2022-02-01', '', '', '审中', '自主研发', ''], // check is 0
      ['外观设计专利', patentNo('1'), '示例类型不符', '', '2022-02-01', '', '', '审中', '受让', ''],
      ['专利', '2022SR1', '示例未知类型', '', '2022-02-01', '', '', '审中', '自主研发', ''],
      ['软件著作权', '2022SR0001', '示例软件', '', '2022-02-01', '2022-05-01', '', '有效', '买来', ''],
      ['发明专利', good, '示例重复号码', '', '2022-01-05', '', '', '审中', '自主研发', ''],
      ['软件著作权', '2022SR0002', '示例日期颠倒', '', '2022-05-01', '2022-02-01', '', '有效', '自主研发', ''],
    ]);
    const res = await send('dry-run', body, e.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: 7, valid: 1, committed: false, created: 0 });
    expect(report.errors.map((x: { row: number; code: string }) => [x.row, x.code])).toEqual([
      [3, 'ip.invalid_number'],
      [4, 'ip.kind_mismatch'],
      [5, 'import.ip_kind'],
      [6, 'import.ip_acquisition'],
      [7, 'ip.duplicate_number'],
      [8, 'ip.dates_order'],
    ]);
    expect(await countOf(e.org.id)).toBe(0);
    const refused = await send('commit', body, e.cookie);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'ip.import_invalid' });
    expect(refused.json().error.details[0].errors).toHaveLength(6);
    expect(await countOf(e.org.id)).toBe(0);
  });

  it('imports every row of a clean file in one go, pending verification, and refuses the same file again', async () => {
    const e = await enterpriseWithUser(t);
    const body = await workbook(e.cookie, [
      ['发明专利', patentNo('1'), '示例导入发明一', '', '2022-01-05', '', '', '审中', '自主研发', ''],
      [
        'utility_model',
        patentNo('2'),
        '示例导入实用新型',
        '',
        '2022-01-05',
        '2022-08-01',
        '2032-01-04',
        'valid',
        'own',
        '2026-01-05',
      ],
      ['PCT 专利申请(进入中国国家阶段)', patentNo('8'), '示例PCT', '', '2022-01-05', '', '', '审中', '许可', ''],
    ]);
    const dry = (await send('dry-run', body, e.cookie)).json();
    expect(dry).toMatchObject({ total: 3, valid: 3, errors: [], committed: false });
    expect(await countOf(e.org.id)).toBe(0);
    const done = await send('commit', body, e.cookie);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ total: 3, valid: 3, committed: true, created: 3 });
    const list = (await api.get('/api/v1/ip/records?sort=number', { as: e.cookie })).json();
    expect(list.items.map((r: { verification: string }) => r.verification)).toEqual(['pending', 'pending', 'pending']);
    expect(list.items.map((r: { kind: string }) => r.kind).sort()).toEqual(['invention', 'pct', 'utility_model']);
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'ip.import' AND actor_id = ${e.user.id}`,
    );
    expect(rows[0]?.n).toBe(3);
    const again = await send('commit', body, e.cookie);
    expect(again.statusCode).toBe(422);
    expect(await countOf(e.org.id)).toBe(3);
    const xlsx = await api.get('/api/v1/ip/records/export.xlsx', { as: e.cookie });
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0] as ExcelJS.Worksheet).rowCount).toBe(4);
  });

  it('refuses an import by someone without an organisation and a file that is not a workbook', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    const body = await workbook(e.cookie, []);
    expect((await send('dry-run', body, admin.cookie)).json().error.code).toBe('ip.not_member');
    const junk = await send('dry-run', Buffer.from('not a workbook'), e.cookie);
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.code).toBe('ip.import_file');
  });
});

describe('fee and expiry reminders', () => {
  it('tells the holder once per record and due date, however often the job runs', async () => {
    const e = await enterpriseWithUser(t);
    const today = shanghaiDate(new Date());
    const make = (o: Record<string, unknown>) =>
      api
        .post(
          '/api/v1/ip/records',
          {
            kind: 'utility_model',
            number: patentNo('2'),
            title: '示例提醒实用新型',
            appliedOn: '2018-01-01',
            grantedOn: '2018-09-01',
            expiresOn: '2027-12-31',
            legalStatus: 'valid',
            acquisition: 'own',
            ...o,
          },
          { as: e.cookie },
        )
        .then((r) => r.json() as { id: number });
    const fee = await make({ feeDueOn: addDays(today, 30) }); // the last day of the window
    const expiring = await make({ expiresOn: addDays(today, 90), feeDueOn: addDays(today, 31) }); // fee outside
    await make({ feeDueOn: addDays(today, -1) }); // past: no reminder
    await make({ feeDueOn: addDays(today, 5), legalStatus: 'lapsed' }); // not in force

    const notices = async () =>
      (
        await t.db.execute(sql`
          SELECT n.kind, n.link FROM notifications n JOIN memberships m ON m.user_id = n.user_id
          WHERE m.org_id = ${e.org.id} AND n.kind LIKE 'ip.%' ORDER BY n.id`)
      ).rows;
    // Noon in the zone of that day: an hour later is still the same day, whatever the hour the test runs at.
    const now = new Date(`${today}T12:00:00+08:00`);
    let sent = 0;
    for (let n = await sendIpReminders(t.db, now); n > 0; n = await sendIpReminders(t.db, now)) sent += n;
    expect(sent).toBeGreaterThanOrEqual(2);
    const mine = (await notices()).filter((n) =>
      [`/my/ip/${fee.id}`, `/my/ip/${expiring.id}`].includes(String(n.link)),
    );
    expect(mine).toEqual([
      { kind: 'ip.fee_due', link: `/my/ip/${fee.id}` },
      { kind: 'ip.expiring', link: `/my/ip/${expiring.id}` },
    ]);
    expect(await notices()).toHaveLength(2);
    expect(await sendIpReminders(t.db, now)).toBe(0);
    expect(await sendIpReminders(t.db, new Date(now.getTime() + 3_600_000))).toBe(0);
    expect(await notices()).toHaveLength(2);

    // Next year's fee is a new due date: one more reminder when it comes near.
    const r = (await api.get(`/api/v1/ip/records/${fee.id}`, { as: e.cookie })).json();
    await api.put(`/api/v1/ip/records/${fee.id}`, { ...r, feeDueOn: addDays(today, 20) }, { as: e.cookie });
    expect(await sendIpReminders(t.db, now)).toBe(1);
    expect(await sendIpReminders(t.db, now)).toBe(0);
    expect(await notices()).toHaveLength(3);
  });
});
