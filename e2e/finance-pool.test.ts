import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, settled, until } from './helpers.ts';

type Claim = { id: number; poolId: number; status: string; amountFen: number };
type Pool = { id: number; availableFen: number; committedFen: number };

let browser: Browser;
let office: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  office = await newPage(browser, serverUrl(), 1440);
  await loginAs(office, 'finoffice');
});
afterAll(async () => {
  await browser?.close();
});

const api = async <T>(path: string): Promise<T> => {
  const res = await office.request.get(`/api/v1${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
};

describe('风险补偿: the finance office decides a claim in the browser', () => {
  it('reviews and approves a submitted claim, and the pool commits its amount', async () => {
    // The demo data hold claims in several statuses; take a submitted one.
    const submitted = await api<{ items: Claim[] }>('/finance/pool-claims?scope=all&status=submitted&pageSize=50');
    expect(submitted.items.length, 'a submitted claim in the demo data').toBeGreaterThan(0);
    const claim = submitted.items[0] as Claim;
    const before = await api<Pool>(`/finance/pools/${claim.poolId}`);

    await office.goto('/admin/finance/pool-claims?status=submitted&pageSize=50');
    await office.getByTestId('claims').waitFor();
    await settled(office);
    await office.getByTestId(`claim-row-${claim.id}`).click();
    const drawer = office.getByTestId('claim-drawer');
    await drawer.waitFor();
    expect(await drawer.getAttribute('data-status')).toBe('submitted');
    // The drawer explains the amount: the share, and the lines it comes from.
    expect(await office.getByTestId('claim-lines').locator('.ant-list-item').count()).toBeGreaterThan(0);

    await office.getByTestId('claim-action-review').click();
    await until(() => drawer.getAttribute('data-status')).toBe('reviewed');

    await office.getByTestId('claim-action-approve').click();
    await office.getByTestId('claim-action-approve-confirm').click();
    await until(() => drawer.getAttribute('data-status')).toBe('approved');
    const amountFen = Number(await office.getByTestId('claim-amount').getAttribute('data-fen'));
    expect(amountFen).toBeGreaterThan(0);
    // The pool's page: committed grew by the claim's amount, available fell by it.
    await office.goto(`/admin/finance/pools/${claim.poolId}`);
    await office.getByTestId('pool').waitFor();
    await settled(office);
    await until(async () => Number(await office.getByTestId('pool-committedFen').getAttribute('data-fen'))).toBe(
      before.committedFen + amountFen,
    );
    expect(Number(await office.getByTestId('pool-availableFen').getAttribute('data-fen'))).toBe(
      before.availableFen - amountFen,
    );
    // Its claims list shows the claim approved.
    await until(() => office.getByTestId(`claim-row-${claim.id}-status`).getAttribute('data-status')).toBe('approved');
  }, 120_000);
});
