import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
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

/** A form item of the page by its question. */
const question = (page: Page, label: string) => page.locator('.ant-form-item').filter({ hasText: label });

describe('policies that fit, in the browser', () => {
  it('answers an anonymous visitor’s few questions on a phone with ranked items, amounts and reasons', async () => {
    const page = await newPage(browser, baseUrl, 390, 844);
    await page.goto('/policies/check');
    await page.getByLabel('有多少职工？').fill('120');
    await page.getByLabel('其中科技人员多少人？').fill('30');
    await page.getByLabel('上年营业收入（万元）').fill('8000');
    await page.getByLabel('上年研发费用（万元）').fill('400');
    await question(page, '持有有效的高新技术企业证书？').getByText('是', { exact: true }).click();
    await question(page, '已取得科技型中小企业入库编号？').getByText('是', { exact: true }).click();
    await page.getByTestId('check-submit').click();
    const results = page.getByTestId('check-results');
    await results.waitFor({ timeout: 20_000 });
    expect(Number(await results.getAttribute('data-total'))).toBeGreaterThan(0);
    // Each item says why, condition by condition, and an eligible one what it gives.
    await until(() => results.locator('[data-outcome]').count()).toBeGreaterThan(0);
    const eligible = results.locator('[data-result="eligible"]');
    expect(await eligible.count()).toBeGreaterThan(0);
    expect(await eligible.first().locator('[data-testid^="fit-amount-"]').textContent()).toMatch(/预计|审核/);
    // A visitor is invited to register; nothing to apply for without an account.
    await page.getByTestId('check-register').waitFor();
    expect(await results.locator('[data-testid^="fit-apply-"]').count()).toBe(0);
    // The page fits the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('lists the demo enterprise’s fits with amounts and a total, and saves its subscription', async () => {
    const page = await newPage(browser, baseUrl, 1440);
    await loginAs(page, 'enterprise');
    await page.goto('/my/policies');
    const list = page.getByTestId('my-fits');
    await list.waitFor({ timeout: 20_000 });
    expect(Number(await list.getAttribute('data-total'))).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('fits-total').getAttribute('data-fen'))).toBeGreaterThan(0);
    const amounts = await list
      .locator('[data-result="eligible"] [data-testid^="fit-amount-"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-amount') || 0)));
    expect(amounts.some((a) => a > 0)).toBe(true);
    // Only those that need data: each names what is missing.
    await page.getByTestId('fits-result').getByText('补充数据后可判断').click();
    await page.waitForURL(/result=needs_data/);
    await until(() => list.locator('[data-result="eligible"]').count()).toBe(0);
    // The filtered list as Excel: one row per fit that needs data, under a dated file name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('fits-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^policy-fits-\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    expect((wb.worksheets[0] as ExcelJS.Worksheet).rowCount - 1).toBe(Number(await list.getAttribute('data-total')));

    // The subscription: subsidies, saved and kept.
    const sub = page.getByTestId('policy-subscription');
    await sub.getByLabel('资金补贴').check();
    await sub.getByTestId('sub-save').click();
    await page.getByText('订阅已保存').waitFor();
    await page.reload();
    await page.getByTestId('policy-subscription').getByLabel('资金补贴').waitFor();
    expect(await page.getByTestId('policy-subscription').getByLabel('资金补贴').isChecked()).toBe(true);
    await page.context().close();
  });
});
