import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('督导 and 第三方评估', () => {
  it('the administration sees the figures per item and department, with a chart, and exports them', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'admin');
    await page.goto('/admin/policy-supervision');
    await page.getByTestId('supervision-items').waitFor();
    await page.getByTestId('supervision-chart').waitFor();
    // The demo's published items are listed with their departments.
    await until(() => page.locator('[data-testid="supervision-items"] tbody tr.ant-table-row').count()).toBeGreaterThan(
      0,
    );
    await page.getByRole('tab', { name: /按部门/ }).click();
    await until(() =>
      page.locator('[data-testid="supervision-departments"] tbody tr.ant-table-row').count(),
    ).toBeGreaterThan(0);
    await page.getByTestId('supervision-departments').getByText('合计', { exact: true }).waitFor();
    const exported = page.waitForResponse((r) => r.url().includes('/policy/supervision/export.xlsx'));
    await page.getByTestId('supervision-export').click();
    const res = await exported;
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('spreadsheetml');
    await page.context().close();
  });

  it('the evaluator signs in, finds the evaluation in its menu and sees the three rates with their parts', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'evaluator');
    await page.waitForURL('**/workbench');
    await page.getByRole('menuitem', { name: '政策评估' }).click();
    await page.waitForURL('**/evaluation/policies');
    const totals = page.getByTestId('evaluation-totals');
    await totals.waitFor();
    for (const name of ['知晓覆盖率', '办理满意率', '兑现到位率']) await totals.getByText(name).waitFor();
    // Each rate shows its numerator and denominator.
    expect(await totals.textContent()).toMatch(/\(\d+ \/ \d+\)/);
    const exported = page.waitForResponse((r) => r.url().includes('/policy/evaluation/export.xlsx'));
    await page.getByTestId('evaluation-export').click();
    expect((await exported).status()).toBe(200);
    // The supervision figures are not the evaluator's.
    await page.goto('/admin/policy-supervision');
    await page.locator('.ant-result-403').waitFor();
    await page.context().close();
  });
});
