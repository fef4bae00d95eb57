import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, settled, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('专利超市 and 开放许可 in the browser', () => {
  it('lets the enterprise take an open licence of 示例理工学院, and the institute declare another', async () => {
    const page = await newPage(browser, baseUrl, 1440);
    await loginAs(page, 'enterprise');
    await page.goto('/market/patents?openLicence=true');
    const list = page.getByTestId('patents');
    await until(() => list.getAttribute('data-total')).not.toBe('');
    expect(Number(await list.getAttribute('data-total'))).toBeGreaterThanOrEqual(4);
    // 示例煤基多孔炭电极材料制备方法: a yearly fee of 5万元 and a royalty, at least two years.
    const row = list.locator('tr, .ant-card').filter({ hasText: '示例煤基多孔炭电极材料制备方法' }).first();
    await expect(row.textContent()).resolves.toContain('15‰');
    await settled(page);
    await row.getByRole('button', { name: '实施开放许可' }).click();
    await expect(page.getByTestId('take-years').inputValue()).resolves.toBe('2');
    await page.getByTestId('take-message').fill('示例：我司依声明实施该专利两年，用于多孔炭电极中试线。');
    await page.getByTestId('take-confirm').click();
    await page.waitForURL(/\/my\/market\/deals\/\d+$/);
    await until(() => page.getByTestId('deal-open-licence').textContent()).toContain('2 年');
    expect(await page.getByTestId('deal-agreed').getAttribute('data-amount')).toBe('10000000');

    // 示例理工学院 declares an open licence for a patent still without one, from the achievement's page.
    const holder = await newPage(browser, baseUrl, 1440);
    await loginAs(holder, 'university');
    await holder.goto('/market/patents?openLicence=false&q=示例智能仓储穿梭车定位');
    const link = holder.getByTestId('patents').locator('a[data-testid$="-link"]').first();
    await link.waitFor();
    await link.click();
    await holder.waitForURL(/\/market\/achievements\/\d+$/);
    const card = holder.getByTestId('achievement-patents');
    await card.waitFor();
    await settled(holder);
    await card.getByRole('button', { name: '声明开放许可' }).click();
    await holder.getByTestId('declare-annual').fill('20000');
    await holder.getByTestId('declare-terms').fill('示例：每年 3 月 31 日前支付当年许可使用费');
    await holder.getByTestId('declare-confirm').click();
    await until(() => card.textContent()).toContain('年费');
    expect(await card.getByRole('button', { name: '撤回声明' }).count()).toBe(1);
    // On the market it now comes with its terms, for anyone to take.
    await page.goto('/market/patents?openLicence=true&q=示例智能仓储穿梭车定位');
    await until(() => page.getByTestId('patents').getAttribute('data-total')).toBe('1');
    expect(await page.getByRole('button', { name: '实施开放许可' }).count()).toBe(1);
  }, 120_000);
});
