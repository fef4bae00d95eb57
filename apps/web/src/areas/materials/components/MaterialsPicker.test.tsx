// @vitest-environment happy-dom
import type { Material, ResolveResult } from '@cz/shared/materials';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nReady, loadNamespaces } from '../../../app/i18n';
import { LocaleProvider } from '../../../app/i18n/LocaleProvider';
import { MaterialsPicker } from './MaterialsPicker';

// The picker's answer comes from the server's resolution (tested there); here, what the applicant sees of it.
const statements: Material = {
  id: 11,
  orgId: 5,
  orgName: '示例恒远精密电子有限公司',
  kind: 'financial_statements',
  title: '2025年度财务报表（示例）',
  year: 2025,
  validFrom: null,
  validTo: null,
  notes: '',
  file: 'a'.repeat(64),
  fileName: '2025年度财务报表（示例）.pdf',
  ipRecordId: null,
  status: 'current',
  supersededBy: null,
  supersededAt: null,
  review: 'pending',
  rejectReason: null,
  reviewedAt: null,
  validity: 'valid',
  daysLeft: null,
  uses: 0,
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
};
const answer: ResolveResult = {
  onDate: '2026-03-01',
  complete: false,
  items: [
    {
      requirement: { kind: 'financial_statements', year: 'last2' },
      satisfied: false,
      materials: [statements],
      missing: [{ year: 2024, reason: 'older_year' }],
    },
    {
      requirement: { kind: 'hte_certificate' },
      satisfied: false,
      materials: [],
      missing: [{ year: null, reason: 'expired' }],
    },
  ],
};

beforeAll(async () => {
  await i18nReady;
  await loadNamespaces('materials', 'errors');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPicker(onChange: (ids: number[], complete: boolean) => void) {
  const requests: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      requests.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <MaterialsPicker
          orgId={5}
          requirements={[{ kind: 'financial_statements', year: 'last2' }, { kind: 'hte_certificate' }]}
          askedFor={{ area: 'policy', entity: 'application', id: null }}
          onChange={onChange}
        />
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return requests;
}

describe('MaterialsPicker', () => {
  it('shows what the vault supplies and what is missing with its reason, and reports the supplied ids', async () => {
    const onChange = vi.fn();
    const requests = renderPicker(onChange);
    const picker = await screen.findByTestId('materials-picker');
    expect(requests[0]).toEqual({
      url: '/api/v1/materials/orgs/5/resolve',
      body: { requirements: [{ kind: 'financial_statements', year: 'last2' }, { kind: 'hte_certificate' }] },
    });
    expect(picker.dataset.complete).toBe('false');
    expect(picker.dataset.missing).toBe('2');
    expect(screen.getByTestId('picker-material-11').textContent).toContain('2025年度财务报表（示例）');
    expect(screen.getByTestId('picker-missing-0-2024').textContent).toContain('2024 年度：库中只有更早年度的');
    expect(screen.getByTestId('picker-missing-1-any').dataset.reason).toBe('expired');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith([11], false));
  });

  it('opens the upload form for just the missing kind and year', async () => {
    renderPicker(() => {});
    fireEvent.click(await screen.findByTestId('picker-upload-0-2024'));
    const form = await screen.findByTestId('material-form');
    expect(form.textContent).toContain('年度财务报表');
    await waitFor(() =>
      expect((screen.getByTestId('material-title') as HTMLInputElement).value).toBe('2024年度财务报表'),
    );
  });
});
