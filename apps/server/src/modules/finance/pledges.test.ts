import { patentCheckChar } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { financeKit } from './finance.test-kit.ts';

// Friday 2026-03-27, 10:00 in Shanghai: ten working days after signing that day, with 清明 (Monday 6 April) off in
// the zone's calendar, is Monday 13 April.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const { api, institution, published } = financeKit(() => ({ t, admin }));

let serial = 1000;
/** A granted invention patent of `orgId` in the IP registry, valid (or as told). */
async function patent(orgId: number, legalStatus = 'valid') {
  const digits = `20231${String(serial++).padStart(7, '0')}`;
  const { rows } = await t.db.execute(sql`
    INSERT INTO ip_records (org_id, kind, number, title, holders, applied_on, granted_on, legal_status, acquisition,
                            verification, verified_at)
    VALUES (${orgId}, 'invention', ${`${digits}.${patentCheckChar(digits)}`}, '示例质押用发明专利', '示例', '2023-01-01',
            '2024-06-01', ${legalStatus}, 'own', 'verified', now())
    RETURNING id`);
  return Number((rows[0] as { id: number }).id);
}

describe('an IP-pledge loan: patents valued, contract, registration before disbursement, the patents watched', () => {
  it('registers the pledge within its days, disburses only after, and warns the bank once when a patent lapses', async () => {
    const bank = await institution('示例知识产权质押银行');
    await published(bank.cookie, {
      name: '示例专利质押贷',
      kind: 'pledge',
      guaranteeKinds: ['ip_pledge'],
      collateralKinds: ['patent'],
    });
    const ent = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const [p1, p2, lapsed, foreign] = [
      await patent(ent.org.id),
      await patent(ent.org.id),
      await patent(ent.org.id, 'lapsed'),
      await patent(other.org.id),
    ];
    const need = await api.post(
      '/api/v1/finance/needs',
      {
        amountFen: 100_000_000,
        termMonths: 12,
        purpose: 'rd',
        purposeText: '示例：以两项发明专利质押融资，用于研发。',
        guaranteeOffered: ['ip_pledge'],
        collateral: ['patent'],
        neededBy: '2026-12-31',
      },
      { as: ent.cookie },
    );
    expect(need.json().pushes.map((p: { institutionOrgId: number }) => p.institutionOrgId)).toContain(bank.org.id);
    const caseId = (await api.post(`/api/v1/finance/needs/${need.json().id}/claim`, {}, { as: bank.cookie })).json().id;

    for (const ids of [
      [p1, lapsed],
      [p1, foreign],
    ])
      expect(
        (await api.post('/api/v1/finance/pledges', { caseId, patentIds: ids }, { as: bank.cookie })).json().error.code,
      ).toBe('finance.patent_not_pledgeable');
    const created = await api.post('/api/v1/finance/pledges', { caseId, patentIds: [p1, p2] }, { as: bank.cookie });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const step = (body: Record<string, unknown>) =>
      api.post(`/api/v1/finance/pledges/${id}/step`, body, { as: bank.cookie });
    expect((await step({ action: 'contract', contractNo: '示例质押-001', signedOn: '2026-03-27' })).statusCode).toBe(
      409,
    );
    const over = await step({
      action: 'approve',
      valuationAgency: '示例资产评估事务所',
      valuationFen: 150_000_000,
      valuedOn: '2026-03-26',
      approvedFen: 150_000_001,
    });
    expect(over.json().error.code).toBe('finance.over_valuation');
    expect(
      (
        await step({
          action: 'approve',
          valuationAgency: '示例资产评估事务所',
          valuationFen: 150_000_000,
          valuedOn: '2026-03-26',
          approvedFen: 100_000_000,
        })
      ).json().status,
    ).toBe('approved');
    const contracted = await step({ action: 'contract', contractNo: '示例质押-001', signedOn: '2026-03-27' });
    expect(contracted.json()).toMatchObject({
      status: 'contracted',
      registrationDue: '2026-04-13',
      registrationLate: false,
    });

    // The loan case: approved, but not disbursed before the pledge is registered.
    for (const body of [
      { action: 'contact', note: '已联系' },
      { action: 'diligence' },
      { action: 'approve', amountFen: 100_000_000, rateBp: 360, termMonths: 12 },
    ])
      expect((await api.post(`/api/v1/finance/cases/${caseId}/step`, body, { as: bank.cookie })).statusCode).toBe(200);
    const early = await api.post(
      `/api/v1/finance/cases/${caseId}/step`,
      { action: 'disburse', amountFen: 100_000_000, on: '2026-03-27' },
      { as: bank.cookie },
    );
    expect(early.json().error.code).toBe('finance.pledge_unregistered');
    expect(
      (await step({ action: 'register', registrationNo: 'Y2026990000123', registeredOn: '2026-03-27' })).json().status,
    ).toBe('registered');
    const paid = await api.post(
      `/api/v1/finance/cases/${caseId}/step`,
      { action: 'disburse', amountFen: 100_000_000, on: '2026-03-27' },
      { as: bank.cookie },
    );
    expect(paid.statusCode, paid.body).toBe(200);
    const seen = await api.get(`/api/v1/finance/pledges/${id}`, { as: ent.cookie });
    expect(seen.json()).toMatchObject({ status: 'disbursed', registrationNo: 'Y2026990000123' });
    expect((await api.get(`/api/v1/finance/pledges/${id}`, { as: other.cookie })).statusCode).toBe(404);
    // Released only after repayment.
    expect((await step({ action: 'release', on: '2026-03-27' })).json().error.code).toBe('finance.pledge_state');

    // A pledged patent lapses: the nightly watch warns the bank, once.
    const watch = () =>
      t.modules
        .flatMap((m) => m.jobs ?? [])
        .find((j) => j.name === 'finance-pledge-watch')
        ?.run();
    expect(await watch()).toBe(0);
    await t.db.execute(sql`UPDATE ip_records SET legal_status = 'lapsed' WHERE id = ${p2}`);
    expect(await watch()).toBe(1);
    expect(await watch()).toBe(0);
    const alerted = (await api.get(`/api/v1/finance/pledges/${id}`, { as: bank.cookie })).json();
    expect(alerted.alerts).toMatchObject([{ ipRecordId: p2, kind: 'lapsed' }]);
    expect(alerted.patents.find((p: { id: number }) => p.id === p2).legalStatus).toBe('lapsed');
    const told = await t.db.execute(sql`
      SELECT count(*)::int AS n FROM notifications n JOIN memberships m ON m.user_id = n.user_id
      WHERE m.org_id = ${bank.org.id} AND n.kind = 'finance.pledge_alert'`);
    expect((told.rows[0] as { n: number }).n).toBe(1);
  });
});
