import { POLICY_LEVEL_CODES, shanghaiDate } from '@cz/shared';
import {
  amountSchema,
  POLICY_ITEM_MODES,
  POLICY_ITEM_STATUSES,
  policyFitsSchema,
  policyItemPageSchema,
  validateCondition,
} from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { DEMO_ACCOUNTS, seedDemo } from './demo.ts';
import { DEMO_POLICIES } from './demo-policy.data.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: new Date().getFullYear(), uploadDir: t.config.uploadDir });
});
afterAll(() => t.close());
const api = client(() => t);
const as = (username: string) => login(t, username, DEMO_ACCOUNTS.find((a) => a.username === username)?.password);
const today = shanghaiDate(new Date());

async function allItems() {
  const page = policyItemPageSchema.parse(
    (await api.get('/api/v1/policy/items?pageSize=200', { as: await as('admin') })).json(),
  );
  expect(page.total).toBe(page.items.length);
  return page.items;
}

describe('the demo policy items', () => {
  it('number at least thirty over at least fifteen documents, of every level, mode and state', async () => {
    const items = await allItems();
    expect(items.length).toBeGreaterThanOrEqual(30);
    for (const i of items) expect(i.title, i.title).toContain('示例');
    const docs = new Set(items.map((i) => i.documentId));
    expect(docs.size).toBeGreaterThanOrEqual(15);
    const { rows } = await t.db.execute(sql`
      SELECT DISTINCT d.level FROM policy_items i JOIN policy_documents d ON d.id = i.document_id`);
    expect(new Set(rows.map((r) => r.level))).toEqual(new Set(POLICY_LEVEL_CODES));
    expect(new Set(items.map((i) => i.mode))).toEqual(new Set(POLICY_ITEM_MODES));
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(POLICY_ITEM_STATUSES));
    expect(items.filter((i) => i.status === 'withdrawn')).toHaveLength(1);
    expect(items.filter((i) => i.mode === 'auto').length).toBeGreaterThanOrEqual(3);
    // Most open today; some past their window, one or two opening later — all relative to the seeding day.
    const published = items.filter((i) => i.status === 'published');
    expect(published.filter((i) => i.open).length).toBeGreaterThan(published.length / 2);
    expect(items.filter((i) => i.closesOn !== null && i.closesOn < today).length).toBeGreaterThanOrEqual(3);
    const later = published.filter((i) => i.opensOn !== null && i.opensOn > today);
    expect(later.length).toBeGreaterThanOrEqual(1);
    expect(later.length).toBeLessThanOrEqual(2);
    // Every document of the library has its items.
    const { rows: bare } = await t.db.execute(sql`
      SELECT d.title FROM policy_documents d WHERE NOT EXISTS (SELECT 1 FROM policy_items i WHERE i.document_id = d.id)`);
    expect(bare).toEqual([]);
    expect(docs.size).toBe(DEMO_POLICIES.length);
  });

  it('keep conditions and amounts the contracts accept, amounts of every kind and reviews by hand', async () => {
    const items = await allItems();
    for (const i of items) {
      expect(validateCondition(i.condition), i.title).toMatchObject({ ok: true });
      expect(amountSchema.safeParse(i.amount).success, i.title).toBe(true);
      if (i.budgetFen !== null) expect(Number.isSafeInteger(i.budgetFen), i.title).toBe(true);
      // 免申即享 pays on data alone.
      if (i.mode === 'auto') {
        expect(i.reviewedByHand, i.title).toEqual([]);
        expect(i.amount.kind, i.title).not.toBe('manual');
      }
    }
    expect(new Set(items.map((i) => i.amount.kind))).toEqual(new Set(['fixed', 'ratio', 'perUnit', 'manual']));
    expect(items.some((i) => i.amount.kind === 'ratio' && i.amount.capFen !== undefined)).toBe(true);
    expect(items.filter((i) => i.reviewedByHand.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it('fit the demo enterprise: eligible for several, data needed for some, out of reach for others', async () => {
    const cookie = await as('enterprise');
    const me = (await api.get('/api/v1/auth/me', { as: cookie })).json();
    const fits = policyFitsSchema.parse(
      (await api.get(`/api/v1/policy/orgs/${me.org.id}/fits`, { as: cookie })).json(),
    );
    expect(fits.eligible).toBeGreaterThanOrEqual(3);
    expect(fits.needsData).toBeGreaterThanOrEqual(1);
    expect(fits.totalFen).toBeGreaterThan(0);
    const needing = fits.items.filter((f) => f.eligibility.result === 'needs_data');
    for (const f of needing) expect(f.item.open, f.item.title).toBe(true);
    expect(needing.flatMap((f) => f.eligibility.missing.map((m) => m.fact))).toContain('declaration.abnormalOperation');
    // The ratio and the amount per unit are computed from its facts, with the calculation in words.
    const rd = fits.items.find((f) => f.item.title.includes('加计扣除'));
    expect(rd?.eligibility.amountFen).toBeGreaterThan(0);
    expect(rd?.eligibility.amountWords.zh).toContain('× 25%');
    const patents = fits.items.find((f) => f.item.title.includes('发明专利质押'));
    expect(patents?.eligibility.amountFen).toBe(1_000_000);
    // Not eligible for the 专精特新 recognition: its R&D share is short, and the sentence says so.
    const items = await allItems();
    const specialised = items.find((i) => i.title.includes('专精特新中小企业认定申报'));
    const e = (
      await api.get(`/api/v1/policy/items/${specialised?.id}/eligibility/${me.org.id}`, { as: cookie })
    ).json();
    expect(e.result).toBe('not_eligible');
    expect(e.lines.find((l: { fact: string | null }) => l.fact === 'org.rdPercent')?.words.zh as string).toMatch(
      /研发费用占比 .* < 3% ✗/,
    );
    expect(fits.items.map((f) => f.item.id)).not.toContain(specialised?.id);
  });

  it('told the enterprises they fit once per round: the demo enterprise has read the first and not the later ones', async () => {
    const cookie = await as('enterprise');
    const page = (await api.get('/api/v1/notifications?pageSize=100', { as: cookie })).json() as {
      items: { kind: string; readAt: string | null; createdAt: string; params: Record<string, unknown> }[];
    };
    const fits = page.items.filter((n) => n.kind === 'policy.eligible' || n.kind === 'policy.eligible_many');
    expect(fits.filter((n) => n.readAt === null).length).toBeGreaterThanOrEqual(2);
    expect(fits.filter((n) => n.readAt !== null)).toHaveLength(1);
    expect(new Set(fits.map((n) => n.createdAt)).size).toBe(fits.length);
    for (const n of fits) {
      expect(n.createdAt < new Date().toISOString()).toBe(true);
      // Each round gives it something with an amount the rule computes, which the notice states.
      expect(Number(n.params.amount), JSON.stringify(n.params)).toBeGreaterThan(0);
    }
    // The standings are recorded as the publish runs would: the department's 免申即享 list is there to confirm.
    const admin = await as('admin');
    const items = await allItems();
    const voucher = items.find((i) => i.mode === 'auto' && i.open && i.title.includes('创新券'));
    const list = (await api.get(`/api/v1/policy/items/${voucher?.id}/auto-candidates`, { as: admin })).json();
    expect(list.total).toBeGreaterThanOrEqual(5);
    expect(list.items.every((c: { result: string }) => c.result === 'eligible')).toBe(true);
    const { rows } = await t.db.execute(sql`
      SELECT count(*) FILTER (WHERE opened_at IS NOT NULL)::int AS opened, count(*)::int AS n
      FROM policy_matches WHERE result = 'eligible'`);
    expect(Number(rows[0]?.opened)).toBeGreaterThan(0);
    expect(Number(rows[0]?.opened)).toBeLessThan(Number(rows[0]?.n));
  });

  it('are written once: seeding again adds nothing', async () => {
    const count = async () =>
      (
        await t.db.execute(sql`SELECT (SELECT count(*) FROM policy_items)::int AS items,
        (SELECT count(*) FROM policy_matches)::int AS matches`)
      ).rows[0];
    const before = await count();
    expect(await seedDemo(t.db, { thisYear: new Date().getFullYear() })).toBeNull();
    expect(await count()).toEqual(before);
  });
});
