import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { DEMO_ACCOUNTS, seedDemo } from './demo.ts';
import { samplePdf } from './demo-materials.ts';

let t: TestApp;
const now = new Date();
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: 2026, now, uploadDir: t.config.uploadDir });
});
afterAll(() => t.close());
const api = client(() => t);

describe("the demo enterprise's materials vault", () => {
  it('holds a licence, two years of statements, an audit report, a 高企 certificate ending in 20 days and an expired one', async () => {
    const account = DEMO_ACCOUNTS.find((a) => a.role === 'enterprise');
    const cookie = await login(t, account?.username as string, account?.password);
    const me = (await api.get('/api/v1/auth/me', { as: cookie })).json();
    const orgId = me.org.id as number;
    const vault = (await api.get(`/api/v1/materials/orgs/${orgId}?pageSize=50`, { as: cookie })).json() as {
      items: {
        kind: string;
        year: number | null;
        validity: string;
        daysLeft: number | null;
        title: string;
        file: string;
      }[];
    };
    expect(vault.items.map((m) => `${m.kind}${m.year ? `:${m.year}` : ''}`).sort()).toEqual([
      'audit_report:2025',
      'business_licence',
      'financial_statements:2024',
      'financial_statements:2025',
      'hte_certificate',
      'qualification',
    ]);
    expect(vault.items.every((m) => m.title.includes('示例'))).toBe(true);
    expect(vault.items.find((m) => m.kind === 'hte_certificate')).toMatchObject({ validity: 'expiring', daysLeft: 20 });
    expect(vault.items.filter((m) => m.validity === 'expired').map((m) => m.kind)).toEqual(['qualification']);
    const file = await api.get(`/api/v1/uploads/${vault.items[0]?.file}`, { as: cookie });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const resolved = (
      await api.post(
        `/api/v1/materials/orgs/${orgId}/resolve`,
        {
          onDate: '2026-06-01',
          requirements: [
            { kind: 'financial_statements', year: 'last2' },
            { kind: 'audit_report' },
            { kind: 'business_licence' },
          ],
        },
        { as: cookie },
      )
    ).json();
    expect(resolved.complete).toBe(true);
    const notices = (await api.get('/api/v1/notifications?pageSize=100', { as: cookie })).json().items as {
      kind: string;
    }[];
    expect(notices.filter((n) => n.kind === 'materials.expiring')).toHaveLength(1);
  });

  it('makes well-formed PDFs: the cross-reference table points at every object', () => {
    const pdf = samplePdf('示例标题', ['第一行 sample']).toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(8);
    offsets.forEach((o, i) => {
      expect(pdf.slice(o, o + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    expect(pdf).toContain('<793A4F8B'); // 示例 in UCS-2, at the start of the title
  });
});
