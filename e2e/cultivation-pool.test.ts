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

describe('高企后备培育库 in the browser', () => {
  it('applies a saved criterion again to bring in the enterprises that match it now, and adds one by name', async () => {
    const page = await newPage(browser, baseUrl, 1440);
    await loginAs(page, 'admin');
    await page.goto('/admin/cultivation/pool');
    const pool = page.getByTestId('pool-list');
    await until(() => pool.getAttribute('data-total')).not.toBe('');
    const before = Number(await pool.getAttribute('data-total'));

    // The demo's saved criterion says in words what it asks and how many enterprises applying it would add.
    const row = page
      .locator('[data-testid="criteria-list"] tr')
      .filter({ hasText: '示例条件：科技型中小企业得分 60 分以上' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('得分 ≥ 60');
    const counts = row.locator('[data-testid^="criterion-counts-"]');
    const fresh = Number(await counts.getAttribute('data-new'));
    expect(fresh).toBeGreaterThan(0);
    await row.locator('[data-testid^="criterion-apply-"]').click();
    await page.getByText(`新入库 ${fresh} 家`).waitFor();
    await until(async () => Number(await pool.getAttribute('data-total'))).toBe(before + fresh);
    await until(() => counts.getAttribute('data-new')).toBe('0');
    await expect(row.locator('[data-testid^="criterion-apply-"]').isDisabled()).resolves.toBe(true);

    // By hand: the enterprise is found by part of its name, not by a number.
    await page.getByRole('button', { name: '手动入库' }).click();
    const picker = page.getByTestId('pool-add-org');
    await picker.click();
    await page.keyboard.type('启明精密');
    await page.locator('.ant-select-item-option').filter({ hasText: '示例启明精密电子有限公司' }).first().click();
    await page.locator('.ant-modal').getByRole('button', { name: '手动入库' }).click();
    await page.getByText('示例启明精密电子有限公司 已加入培育库').waitFor();
    await until(async () => Number(await pool.getAttribute('data-total'))).toBe(before + fresh + 1);
    await page.context().close();
  });
});
