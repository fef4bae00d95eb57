import { POLICY_LEVEL_CODES, POLICY_SUPPORT_KIND_CODES } from '@cz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { seedDemo } from './demo.ts';
import { DEMO_POLICIES } from './demo-policy.data.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: 2026 });
});
afterAll(() => t.close());
const api = client(() => t);

type Hit = {
  id: number;
  title: string;
  docNumber: string | null;
  issuer: string;
  level: string;
  supportKinds: string[];
};

describe('the demo policy library', () => {
  it('publishes at least fifteen fictional documents of every level and most kinds of support', async () => {
    const page = (await api.get('/api/v1/policy/documents?pageSize=100')).json() as { total: number; items: Hit[] };
    expect(page.total).toBeGreaterThanOrEqual(15);
    for (const d of page.items) {
      expect(d.title, d.title).toContain('示例');
      expect(d.issuer, d.title).toContain('示例');
      if (d.docNumber) expect(d.docNumber, d.title).toMatch(/^示例/);
    }
    expect(new Set(page.items.map((d) => d.level))).toEqual(new Set(POLICY_LEVEL_CODES));
    const kinds = new Set(page.items.flatMap((d) => d.supportKinds));
    expect(POLICY_SUPPORT_KIND_CODES.filter((k) => k !== 'other' && !kinds.has(k))).toEqual([]);
  });

  it('gives every document an interpretation and two or three questions', () => {
    for (const p of DEMO_POLICIES) {
      expect(p.interpretation.join('').length, p.title).toBeGreaterThan(20);
      expect(p.faq.length, p.title).toBeGreaterThanOrEqual(2);
      expect(p.faq.length, p.title).toBeLessThanOrEqual(3);
    }
  });

  it('finds the national 研发费用加计扣除 announcement for 加计扣除, and shows its interpretation', async () => {
    const found = (await api.get(`/api/v1/policy/documents?q=${encodeURIComponent('加计扣除')}`)).json() as {
      items: Hit[];
    };
    const rd = found.items.find((d) => d.level === 'national' && d.title.includes('加计扣除'));
    expect(rd, JSON.stringify(found.items.map((d) => d.title))).toBeDefined();
    const detail = (await api.get(`/api/v1/policy/documents/${rd?.id}`)).json();
    expect(detail.interpretationHtml).toContain('多扣一倍');
    expect(detail.faq.length).toBe(3);
  });

  it('keeps the repealed 2022 voucher rules out of the library, linked from the rules that replace them', async () => {
    const found = (await api.get(`/api/v1/policy/documents?q=${encodeURIComponent('创新券管理')}`)).json() as {
      items: Hit[];
    };
    expect(found.items.map((d) => d.title)).toEqual(['示例长治高新区科技创新券管理办法']);
    const current = (await api.get(`/api/v1/policy/documents/${found.items[0]?.id}`)).json();
    expect(current.replaces).toEqual([
      expect.objectContaining({ title: '示例长治高新区科技创新券管理暂行办法', state: 'repealed' }),
    ]);
    const related = (await api.get(`/api/v1/policy/documents/${found.items[0]?.id}/related`)).json();
    expect(related.items.length).toBeGreaterThan(0);
  });
});
