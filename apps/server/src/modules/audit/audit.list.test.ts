import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

// The audit log pages and searches on the server: by who acted, what was done (in words or as a code) and on what.
let t: TestApp;
const api = client(() => t);
const q = (s: string) => encodeURIComponent(s);
// Letters only: a tag that no other row of this file's database carries.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
let admin: string;
const ids: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const s = await seed(t, {
    users: [
      { role: 'admin', login: true, displayName: `示例审核员${tag}` },
      { role: 'admin', login: true, displayName: `示例复核员${tag}` },
    ],
  });
  admin = s.users[0]?.cookie as string;
  const [one, two] = s.users.map((u) => u.id);
  // Oldest first: the log lists them newest first.
  const { rows } = await t.db.execute(sql`INSERT INTO audit_log (at, actor_id, action, entity, entity_id)
    VALUES ('2026-03-01T01:00:00Z', ${one}, 'order.accept', 'service_order', ${`${tag}-1`}),
           ('2026-03-01T02:00:00Z', ${one}, 'voucher.expire', 'voucher', ${`${tag}-2`}),
           ('2026-03-01T03:00:00Z', ${two}, 'order.accept', 'service_order', ${`${tag}-3`})
    RETURNING id`);
  ids.push(...rows.map((r) => Number(r.id)));
});
afterAll(() => t.close());

const found = async (query: string) =>
  ((await api.get(`/api/v1/audit?${query}`, { as: admin })).json().items as { id: number }[]).map((e) => e.id);
const mine = (list: number[]) => list.filter((id) => ids.includes(id));

describe('the audit log', () => {
  it("pages the entries of one actor, newest first, found by the actor's name", async () => {
    const { total, keys } = await walkPages(api, `/api/v1/audit?q=${q(`审核员${tag}`)}`, admin, 1);
    expect(total).toBe(2);
    expect(keys).toEqual([ids[1], ids[0]]);
  });

  it('finds entries by the words of the action or of the record, by the code, and by the record number', async () => {
    expect(mine(await found(`q=${q('接受报价')}`))).toEqual([ids[2], ids[0]]);
    expect(mine(await found(`q=${q('voucher.exp')}`))).toEqual([ids[1]]);
    expect(mine(await found(`q=${q('创新券')}`))).toEqual([ids[1]]);
    expect(await found(`q=${q(`${tag}-3`)}`)).toEqual([ids[2]]);
    expect(await found(`q=${q(`复核员${tag}`)}&action=voucher`)).toEqual([]);
    expect(await found(`q=${q('%')}`)).toEqual([]);
  });

  it('exports what the search finds', async () => {
    expect(await exportRowCount(api, `/api/v1/audit/export.xlsx?q=${q(`审核员${tag}`)}`, admin)).toBe(2);
    expect(await exportRowCount(api, `/api/v1/audit/export.xlsx?q=${q(`${tag}-2`)}`, admin)).toBe(1);
  });
});
