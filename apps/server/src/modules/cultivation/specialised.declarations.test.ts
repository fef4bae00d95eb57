import { shanghaiInstant } from '@cz/shared';
import { NO_SPECIALISED_DECLARATIONS } from '@cz/shared/cultivation-api';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { declared, indicator } from './cultivation.fixtures.ts';

// 2026-03-15 in Shanghai: the 专精特新 self-check runs by 工信部企业〔2022〕63号.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(shanghaiInstant('2026-03-15', 10 * 60)) });
});
afterAll(() => t.close());
const api = client(() => t);

/** 2000万 revenue, 90 % main business, R&D 100万 (5 %), debt 40 %. */
const figures = indicator({
  revenue: 200_000_000_00 / 10,
  mainBusinessRevenue: 180_000_000_00 / 10,
  rdExpense: 10_000_000_00 / 10,
  totalLiabilities: 80_000_000_00 / 10,
  totalAssets: 200_000_000_00 / 10,
});
const facts = { ...NO_SPECIALISED_DECLARATIONS, nicheYears: 3, provincialScore: 65 };

async function specialised(orgId: number, cookie: string) {
  const mine = (await api.get(`/api/v1/cultivation/orgs/${orgId}/evaluations`, { as: cookie })).json();
  return mine.items.find((x: { kind: string }) => x.kind === 'specialized');
}

describe('专精特新 facts the enterprise states', () => {
  it('decide the criteria no registry holds, are kept when a later statement leaves them out, and are audited', async () => {
    const e = await enterpriseWithUser(t);
    const url = `/api/v1/cultivation/orgs/${e.org.id}/declarations`;
    expect((await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, figures, { as: e.cookie })).statusCode).toBe(200);
    let s = await specialised(e.org.id, e.cookie);
    expect(s.packId).toBe('specialised/2022-63');
    expect(s.verdict).toBe('needs_data');
    expect(s.result.provincial.missing).toEqual([
      'specialised.provincial.niche-years',
      'specialised.provincial.score',
      'specialised.provincial.direct',
    ]);
    expect((await api.get(url, { as: e.cookie })).json().specialised).toEqual(NO_SPECIALISED_DECLARATIONS);

    const put = await api.put(url, { ...declared, specialised: facts }, { as: e.cookie });
    expect(put.statusCode).toBe(200);
    expect(put.json().specialised).toEqual(facts);
    s = await specialised(e.org.id, e.cookie);
    expect(s.verdict).toBe('eligible');
    expect(s.input).toMatchObject({ nicheYears: 3, provincialScore: 65 });
    const niche = s.result.reasons.find((l: { code: string }) => l.code === 'specialised.provincial.niche-years');
    expect(niche).toMatchObject({ outcome: 'met', cite: { article: '附件2 一、认定条件（一）' } });

    // The 115号 declarations alone, without the 专精特新 part: the facts stated before stay.
    expect((await api.put(url, declared, { as: e.cookie })).json().specialised).toEqual(facts);
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'cultivation.declare' AND entity_id = ${String(e.org.id)}`,
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('refuses a rank without a listing, a score over 100 and another enterprise, changing nothing', async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const url = `/api/v1/cultivation/orgs/${e.org.id}/declarations`;
    await api.put(url, { ...declared, specialised: facts }, { as: e.cookie });
    const rank = await api.put(
      url,
      { ...declared, specialised: { ...facts, makerChinaListed: null, makerChinaRank: 10 } },
      { as: e.cookie },
    );
    expect(rank.statusCode).toBe(400);
    expect(rank.json().error.code).toBeTruthy();
    const high = await api.put(url, { ...declared, specialised: { ...facts, provincialScore: 101 } }, { as: e.cookie });
    expect(high.statusCode).toBe(400);
    expect((await api.put(url, { ...declared, specialised: facts }, { as: other.cookie })).statusCode).toBe(403);
    expect((await api.get(url, { as: e.cookie })).json().specialised).toEqual(facts);
    // The database holds the same bounds.
    await expect(
      t.db.execute(sql`UPDATE cultivation_declarations SET provincial_score = 101 WHERE org_id = ${e.org.id}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(
        sql`UPDATE cultivation_declarations SET maker_china_listed = false, maker_china_rank = 3 WHERE org_id = ${e.org.id}`,
      ),
    ).rejects.toThrow();
  });

  it('reads "not listed" in 创客中国 as never, and a listing without a rank as unknown', async () => {
    const e = await enterpriseWithUser(t);
    const url = `/api/v1/cultivation/orgs/${e.org.id}/declarations`;
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, figures, { as: e.cookie });
    // With one year only, the direct route of two years' average R&D cannot be told: it needs data.
    const low0 = { ...facts, provincialScore: 50, scienceAwards: [], equityFinancing2yFen: 0, makerChinaListed: false };
    await api.put(url, { ...declared, specialised: low0 }, { as: e.cookie });
    expect((await specialised(e.org.id, e.cookie)).verdict).toBe('needs_data');
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2024`, { ...figures, year: 2024 }, { as: e.cookie });
    const low = { ...facts, provincialScore: 50, scienceAwards: [], equityFinancing2yFen: 0 };
    await api.put(url, { ...declared, specialised: { ...low, makerChinaListed: false } }, { as: e.cookie });
    expect((await specialised(e.org.id, e.cookie)).verdict).toBe('not_eligible');
    await api.put(url, { ...declared, specialised: { ...low, makerChinaListed: true } }, { as: e.cookie });
    expect((await specialised(e.org.id, e.cookie)).verdict).toBe('needs_data');
    await api.put(
      url,
      { ...declared, specialised: { ...low, makerChinaListed: true, makerChinaRank: 420 } },
      {
        as: e.cookie,
      },
    );
    expect((await specialised(e.org.id, e.cookie)).verdict).toBe('eligible');
  });
});
