import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { CALC, golden } from './cultivation.fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

describe('科技型中小企业 calculator (public)', () => {
  it('answers the golden case with every part, its numbers and its article, to anyone', async () => {
    const res = await api.post(CALC, golden);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      score: 70,
      parts: { techStaff: 20, rd: 50, ip: 0 },
      eligible: true,
      verdict: 'eligible',
    });
    expect(r.packId).toBe('tech-sme/2017-115');
    const staff = r.reasons.find((l: { code: string }) => l.code === 'tech-sme.score.tech-staff');
    expect(staff.values).toMatchObject({ techStaff: 30, employees: 100, percent: '30.00' });
    expect(staff.cite.document).toContain('115号');
    for (const line of r.reasons) expect(line.cite.article.length).toBeGreaterThan(0);
  });

  it('puts a share just below a band in the band below, and a score of 60 with no tech-staff points out', async () => {
    // 29 of 100 is below 30%: 16 points, so 66.
    expect((await api.post(CALC, { ...golden, techStaff: 29 })).json().parts.techStaff).toBe(16);
    // 9 of 100 (<10%) gives 0 tech-staff points: not eligible even with 50 + 30 = 80.
    const r = (await api.post(CALC, { ...golden, techStaff: 9, ip1Count: 1 })).json();
    expect(r.score).toBe(80);
    expect(r.eligible).toBe(false);
    // 20% (12) + R&D 2% of sales (10) + 4 Ⅱ类 (24) = 46 → not eligible; 5% (40) → 76.
    const low = (await api.post(CALC, { ...golden, techStaff: 20, rdExpenseFen: 20_000_000, ip2Count: 4 })).json();
    expect(low).toMatchObject({ score: 46, eligible: false });
    // 200 million sales exactly is still small enough; one fen more is not.
    expect(
      (await api.post(CALC, { ...golden, salesFen: 20_000_000_000, rdExpenseFen: 1_200_000_000 })).json().eligible,
    ).toBe(true);
    expect((await api.post(CALC, { ...golden, salesFen: 20_000_000_001 })).json().eligible).toBe(false);
  });

  it('says needs_data when a condition is not given, and refuses malformed figures in the house error shape', async () => {
    const { resident: _r, ...noResident } = golden;
    expect((await api.post(CALC, noResident)).json().verdict).toBe('needs_data');
    const bad = await api.post(CALC, { ...golden, techStaff: 101 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('http.validation');
    const neg = await api.post(CALC, { ...golden, salesFen: -1 });
    expect(neg.json().error.details.length).toBeGreaterThan(0);
    expect((await api.post(CALC, { ...golden, employees: 1.5 })).statusCode).toBe(400);
  });
});
