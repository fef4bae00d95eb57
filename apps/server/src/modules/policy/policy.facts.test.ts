import { addDays, patentCheckChar, shanghaiDate, withUsccCheck } from '@cz/shared';
import { evaluateCondition, FACTS, validateCondition } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { ipRecords } from '../ip/ip.table.ts';
import { factsOf, loadFacts, percentOf } from './policy.facts.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

const patent = (type: '1' | '2') => {
  const digits = `2023${type}${String(Math.floor(Math.random() * 9_999_999)).padStart(7, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
};

describe('percentOf', () => {
  it('cuts to two decimals with integer arithmetic, so a share just under a threshold stays under it', () => {
    expect(percentOf(3, 100)).toBe(3);
    expect(percentOf(2_999_999, 100_000_000)).toBe(2.99);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(60_000_000, 1_000_000_000)).toBe(6);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(null, 10)).toBeNull();
  });
});

describe('policy facts', () => {
  it("gathers an enterprise's facts from the views org, ip and cultivation publish", async () => {
    const { organisations, users } = await seed(t, {
      organisations: [
        {
          key: 'e',
          kind: 'enterprise',
          park: '光伏产业园',
          industry: 'C',
          foundedOn: '2019-06-15',
          isAboveScale: true,
          hteCertNo: `GR2024${Date.now() % 1_000_000}`,
          hteValidFrom: '2024-01-01',
          hteValidTo: '2026-12-31',
        },
      ],
      users: [{ role: 'enterprise', org: 'e', login: true }],
      orgIndicators: [
        {
          org: 'e',
          year: 2024,
          revenue: 800_000_000,
          rdExpense: 20_000_000,
          totalAssets: 900_000_000,
          employees: 80,
          techStaff: 10,
        },
        {
          org: 'e',
          year: 2025,
          revenue: 1_000_000_000,
          rdExpense: 42_000_000,
          totalAssets: 1_500_000_000,
          employees: 120,
          techStaff: 25,
        },
      ],
    });
    const org = organisations[0] as { id: number };
    const cookie = users[0]?.cookie as string;
    await t.db.insert(ipRecords).values([
      {
        orgId: org.id,
        kind: 'invention',
        number: patent('1'),
        title: '示例发明',
        appliedOn: '2023-01-01',
        grantedOn: '2024-05-01',
        legalStatus: 'valid',
        acquisition: 'own',
        verification: 'verified',
        verifiedAt: new Date(),
      },
      {
        orgId: org.id,
        kind: 'utility_model',
        number: patent('2'),
        title: '示例实用新型',
        appliedOn: '2023-01-01',
        grantedOn: '2023-09-01',
        legalStatus: 'valid',
        acquisition: 'own',
        verification: 'verified',
        verifiedAt: new Date(),
      },
      // Pending verification: counts for nothing.
      {
        orgId: org.id,
        kind: 'invention',
        number: patent('1'),
        title: '示例待核发明',
        appliedOn: '2023-01-01',
        grantedOn: '2024-05-01',
        legalStatus: 'valid',
        acquisition: 'own',
      },
    ]);
    await api.put(
      `/api/v1/cultivation/orgs/${org.id}/declarations`,
      {
        prohibitedIndustry: false,
        majorIncident: false,
        dishonestList: false,
        abnormalOperation: null,
        nationalAward5y: false,
        provincialRdInstitution: false,
        ledStandard5y: false,
      },
      { as: cookie },
    );
    await api.post(`/api/v1/cultivation/orgs/${org.id}/evaluations`, {}, { as: cookie });

    const found = await factsOf(t.db, org.id, '2026-06-15');
    // Every fact of the shared catalogue is gathered, and nothing else.
    expect(Object.keys(found?.facts ?? {}).sort()).toEqual(Object.keys(FACTS).sort());
    expect(found?.facts).toMatchObject({
      'org.park': '光伏产业园',
      'org.industry': 'C',
      'org.yearsRegistered': 7,
      'org.employees': 120,
      'org.techStaff': 25,
      'org.techStaffPercent': 20.83,
      'org.revenueFen': 1_000_000_000,
      'org.rdExpenseFen': 42_000_000,
      'org.rdPercent': 4.2,
      'org.totalAssetsFen': 1_500_000_000,
      'org.isAboveScale': true,
      'ip.class1Count': 1,
      'ip.class2Count': 1,
      'ip.inventionCount': 1,
      'ip.wilfulInfringement3y': false,
      'cultivation.hteCertified': true,
      'cultivation.tsmeRegistered': false,
      'cultivation.isSpecialised': false,
      'declaration.dishonestList': false,
      'declaration.abnormalOperation': null,
      'declaration.majorIncident': false,
    });
    // Its own evaluations, as cultivation published them.
    const { rows } = await t.db.execute(
      sql`SELECT verdict, score_max FROM cultivation_latest_evaluations WHERE org_id = ${org.id} AND kind = 'tech_sme'`,
    );
    expect(found?.facts['cultivation.techSmeVerdict']).toBe(rows[0]?.verdict);
    expect(found?.facts['cultivation.techSmeScore']).toBe(rows[0]?.score_max);
    // No 高企 self-check could run (its indicators, such as net assets, are not reported): not known.
    expect(found?.facts['cultivation.hteVerdict']).toBeNull();
    // A day before founding years are 6; the day the certificate lapses it is no longer valid.
    expect((await factsOf(t.db, org.id, '2026-06-14'))?.facts['org.yearsRegistered']).toBe(6);
    expect((await factsOf(t.db, org.id, '2027-01-01'))?.facts['cultivation.hteCertified']).toBe(false);
  });

  it('says "not known" for what an enterprise has not reported, and pages through enterprises in id order', async () => {
    const uscc = withUsccCheck(`91140400MA${String(Date.now()).slice(-7)}`);
    const { organisations } = await seed(t, {
      organisations: [{ kind: 'enterprise', uscc }, { kind: 'enterprise' }, { kind: 'provider' }],
    });
    const [bare, second, provider] = organisations as { id: number }[];
    const facts = (await factsOf(t.db, bare?.id as number, '2026-06-15'))?.facts;
    expect(facts).toMatchObject({
      'org.yearsRegistered': null,
      'org.revenueFen': null,
      'org.rdPercent': null,
      'org.techStaffPercent': null,
      'ip.class1Count': 0,
      'cultivation.techSmeVerdict': null,
      'declaration.dishonestList': null,
    });
    expect(facts?.['ip.wilfulInfringement3y']).toBe(false);
    expect(await factsOf(t.db, provider?.id as number, '2026-06-15')).toBeUndefined();
    const page = await loadFacts(t.db, { onDate: '2026-06-15', afterId: (bare?.id as number) - 1, limit: 2 });
    expect(page.map((p) => p.orgId)).toEqual([bare?.id, second?.id]);
  });
});

describe('近三年无故意侵权记录', () => {
  it("reads wilful infringement found in the last three years from the IP area's credit record, and explains a condition on it", async () => {
    const { organisations, users } = await seed(t, {
      organisations: [{ key: 'asker' }, { key: 'infringer' }, { key: 'clean' }, { key: 'old' }],
      users: [{ role: 'expert' }],
    });
    const [asker, infringer, clean, old] = organisations as { id: number }[];
    const expertId = (users[0] as { id: number }).id;
    const today = shanghaiDate(new Date());
    /** A closed 维权援助 case of `asker` that found `org` wilfully infringing, closed at noon of `on` (Shanghai). */
    const foundOn = (org: number, on: ReturnType<typeof sql>) =>
      t.db.execute(sql`
        INSERT INTO ip_rights_cases (org_id, kind, title, description, counterparty, status, expert_id, due_on, outcome,
                                     wilful_infringer_org_id, submitted_by, submitted_at, closed_at)
        VALUES (${asker?.id}, 'infringed', '示例 专利被仿冒', '示例：对方在同类产品上使用我司专利技术，已取证。', '示例对方',
                'closed', ${expertId}, ${on}, '示例：认定故意侵权', ${org}, ${expertId},
                (${on} + time '08:00') AT TIME ZONE 'Asia/Shanghai', (${on} + time '12:00') AT TIME ZONE 'Asia/Shanghai')`);
    await foundOn(infringer?.id as number, sql`${addDays(today, -400)}::date`);
    // Exactly three years ago: the anniversary ends it.
    await foundOn(old?.id as number, sql`(${today}::date - interval '3 years')::date`);

    const fact = async (id: number | undefined, on = today) =>
      (await factsOf(t.db, id as number, on))?.facts['ip.wilfulInfringement3y'];
    expect(await fact(infringer?.id)).toBe(true);
    expect(await fact(clean?.id)).toBe(false);
    // The asking enterprise is no infringer.
    expect(await fact(asker?.id)).toBe(false);
    expect(await fact(old?.id)).toBe(false);
    expect(await fact(old?.id, addDays(today, -1))).toBe(true);
    // Facts as of a day before the finding do not know of it.
    expect(await fact(infringer?.id, addDays(today, -401))).toBe(false);

    // 申报条件：近三年无故意侵权记录 — a condition of the policy area's format, explained per enterprise.
    const condition = { all: [{ fact: 'ip.wilfulInfringement3y', op: 'isFalse' }] };
    expect(validateCondition(condition).ok).toBe(true);
    const admin = await adminCookie(t);
    const doc = await api.post(
      '/api/v1/policy/admin/documents',
      {
        title: `示例知识产权资助办法${Date.now()}`,
        issuer: '示例高新区管委会',
        level: 'zone',
        issuedOn: '2026-01-10',
        supportKinds: ['subsidy'],
      },
      { as: admin.cookie },
    );
    const documentId = doc.json().id as number;
    expect(
      (await api.post(`/api/v1/policy/admin/documents/${documentId}/publish`, {}, { as: admin.cookie })).statusCode,
    ).toBe(200);
    const item = await api.post(
      '/api/v1/policy/items',
      {
        documentId,
        clause: '第四条',
        title: `示例知识产权示范企业奖励${Date.now()}`,
        beneficiaries: '近三年无故意侵权记录的区内企业',
        condition,
        amount: { kind: 'fixed', amountFen: 5_000_000 },
        budgetFen: 50_000_000,
        mode: 'apply',
        opensOn: '2026-01-01',
        closesOn: '2099-12-31',
        department: '科技创新部',
        materials: [],
      },
      { as: admin.cookie },
    );
    expect(item.statusCode, item.body).toBe(201);
    const eligibility = async (orgId: number | undefined) =>
      (await api.get(`/api/v1/policy/items/${item.json().id}/eligibility/${orgId}`, { as: admin.cookie })).json();
    const failed = await eligibility(infringer?.id);
    expect(failed).toMatchObject({ result: 'not_eligible', amountFen: null });
    expect(failed.lines).toEqual([
      {
        fact: 'ip.wilfulInfringement3y',
        outcome: 'not_met',
        words: {
          zh: '近三年被认定故意侵犯知识产权 是 ✗',
          en: 'Found to have wilfully infringed IP in the last three years: yes ✗',
        },
      },
    ]);
    const passed = await eligibility(clean?.id);
    expect(passed).toMatchObject({ result: 'eligible', amountFen: 5_000_000 });
    expect(passed.lines[0].words.zh).toBe('近三年被认定故意侵犯知识产权 否 ✓');
    // Under a `not`, the sentence says the same thing the other way round.
    const negated = evaluateCondition(
      { not: { fact: 'ip.wilfulInfringement3y', op: 'isTrue' } },
      { 'ip.wilfulInfringement3y': false },
    );
    expect(negated.result).toBe('eligible');
  });
});
