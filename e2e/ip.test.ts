import { patentCheckChar } from '@cz/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, typeDate, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Picks an option of the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

describe('知识产权登记 in the browser', () => {
  it('registers a patent with its number checked as typed and its kind read from the number, and lists it', async () => {
    const page = await newPage(browser, baseUrl, 1440);
    await loginAs(page, 'enterprise');
    await page.goto('/my/ip');
    await page.getByTestId('ip-new').click();
    await page.waitForURL('**/my/ip/new');

    const serial = String(Date.now() % 1_000_000).padStart(7, '0');
    const digits = `20241${serial}`;
    const check = patentCheckChar(digits) as string;
    const wrong = check === '0' ? '1' : '0';
    const number = page.getByTestId('ip-number');
    // A wrong check character is refused while typing, with the one that fits.
    await number.fill(`ZL${digits}.${wrong}`);
    await until(() => page.locator('.ant-form-item-explain-error').first().textContent()).toContain(check);
    // The right one passes; the kind follows the type digit (1: 发明专利).
    await number.fill(`ZL ${digits.slice(0, 4)} ${digits.slice(4)}.${check}`);
    await until(() => page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await until(() => page.getByText(`${digits}.${check}`).count()).toBeGreaterThan(0);
    await until(() =>
      page
        .getByRole('combobox', { name: '类型' })
        .locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')
        .textContent(),
    ).toContain('发明专利');

    await page.getByTestId('ip-title').fill('示例端到端测试发明');
    await typeDate(page, 'ip-applied-on', '2024-03-18');
    await choose(page, '法律状态', '审中');
    await page.getByTestId('ip-submit').click();
    await page.waitForURL(/\/my\/ip\/\d+$/);
    await until(() => page.getByTestId('ip-record').getAttribute('data-verification')).toBe('pending');

    await page.goto(`/my/ip?q=${encodeURIComponent('端到端测试发明')}`);
    const listed = page.locator('[data-testid^="ip-row-"]').filter({ hasText: `${digits}.${check}` });
    await listed.waitFor();
    expect(await page.getByTestId('ip-list').getAttribute('data-total')).toBe('1');
    await page.context().close();
  });
});
