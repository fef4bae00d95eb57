import ExcelJS from 'exceljs';
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

describe('科技成果 on the market in the browser', () => {
  const title = `示例端到端炭基储能材料成果${Date.now().toString(36)}`;

  it('the demo enterprise offers an achievement, the administration publishes it, and the public finds it', async () => {
    const enterprise = await newPage(browser, baseUrl, 1440);
    await loginAs(enterprise, 'enterprise');
    await enterprise.goto('/my/market/achievements');
    await enterprise.getByTestId('achievement-new').click();
    await enterprise.waitForURL(/\/my\/market\/achievements\/new$/);
    await enterprise.getByTestId('achievement-title').fill(title);
    await enterprise
      .getByTestId('achievement-summary')
      .fill('示例成果：一种以煤沥青为前驱体的硬碳负极材料制备方法，首次库伦效率 90% 以上，适用于钠离子电池。');
    await enterprise.getByRole('combobox', { name: '技术领域' }).click();
    await enterprise.getByTitle('新材料').click();
    await enterprise.getByRole('combobox', { name: '成熟度' }).click();
    await enterprise.getByTitle('中期阶段').click();
    await enterprise.getByTestId('achievement-modes').getByText('许可').click();
    await enterprise.getByTestId('achievement-price').fill('150');
    await enterprise.getByTestId('achievement-save').click();
    await enterprise.waitForURL(/\/my\/market\/achievements\/\d+$/);
    const page = enterprise.getByTestId('achievement');
    await until(() => page.getAttribute('data-status')).toBe('draft');
    const id = Number(await page.getAttribute('data-id'));
    await expect(page.textContent()).resolves.toContain('¥1,500,000.00');
    await enterprise.getByTestId('achievement-submit').click();
    await until(() => page.getAttribute('data-status')).toBe('submitted');

    // The public does not see it yet.
    const visitor = await newPage(browser, baseUrl, 1280);
    const hidden = await visitor.request.get(`/api/v1/market/achievements/${id}`);
    expect(hidden.status()).toBe(404);

    // The administration finds it waiting on its workbench list and publishes it.
    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    await admin.goto('/admin/market/achievements?status=submitted');
    await admin.getByTestId(`achievement-row-${id}`).click();
    await admin.waitForURL(new RegExp(`/admin/market/achievements/${id}$`));
    await admin.getByTestId('achievement-publish').click();
    await until(() => admin.getByTestId('achievement').getAttribute('data-status')).toBe('published');

    // Anyone finds it on the market by a word of its title, and opens it.
    await visitor.goto('/market');
    await visitor.getByTestId('market-list-search').locator('input').fill('硬碳');
    await visitor.getByTestId('market-list-search').locator('input').press('Enter');
    await until(() => visitor.getByTestId('market-list').textContent()).toContain(title);
    // The list as it is filtered, as Excel.
    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      visitor.getByTestId('market-list-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^achievements-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const titles: unknown[] = [];
    wb.worksheets[0]?.eachRow((row, n) => {
      if (n > 1) titles.push(row.getCell(2).value);
    });
    expect(titles).toContain(title);
    await visitor.getByTestId(`achievement-row-${id}`).click();
    await until(() => visitor.getByTestId('achievement').getAttribute('data-status')).toBe('published');
    await expect(visitor.getByTestId('achievement').textContent()).resolves.toContain('许可');
  });
});
