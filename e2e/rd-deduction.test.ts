import { AxeBuilder } from '@axe-core/playwright';
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

describe('研发费用加计扣除 estimate', () => {
  it('a visitor on a phone reaches it from the tech-SME calculator, types the golden case and sees the cap and the extra deduction', async () => {
    const page = await newPage(browser, baseUrl, 390, 844);
    await page.goto('/cultivation/calculator');
    await page.getByTestId('to-rd-deduction').click();
    await page.waitForURL('**/cultivation/rd-deduction');
    await page.getByTestId('rd-form').waitFor({ timeout: 20_000 });

    await page.getByTestId('rd-taxYear').fill('2023');
    // The industry by keyboard: type to filter the sections, Enter picks the one left.
    await page.getByRole('combobox', { name: '行业门类' }).focus();
    await page.keyboard.type('科学研究');
    await page.keyboard.press('Enter');
    // 90 元 of staff, 100 元 of direct inputs and 50 元 of other related costs; Enter in the last amount submits.
    await page.getByTestId('rd-personnel').fill('90');
    await page.getByTestId('rd-directInputs').fill('100');
    await page.getByTestId('rd-other').fill('50');
    await page.getByTestId('rd-other').press('Enter');

    const result = page.getByTestId('rd-result');
    await result.waitFor({ timeout: 20_000 });
    // Cap (90 + 100) × 10% ÷ (1 − 10%) = 21.11 元: base 211.11 元, and at 100% (2023年第7号) the same extra deduction.
    expect(await result.getAttribute('data-extra-fen')).toBe('21111');
    expect(await result.getAttribute('data-verdict')).toBe('eligible');
    const cap = page.locator('[data-code="rd-deduction.other-costs-cap"]');
    await until(() => cap.textContent()).toContain('= 21.11 元（向下取整到分）');
    await expect(cap.textContent()).resolves.toContain('国家税务总局公告2015年第97号');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('加计扣除额');
    expect(text).toContain('¥211.11');
    expect(text).toContain('财政部 税务总局公告2023年第7号');
    expect(text).toContain('向下取整到分');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The page with its result is accessible too.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    // In English the same steps read in English, with the same figures.
    await page.getByTestId('lang-switch').click();
    await until(() => cap.textContent()).toContain('= ¥21.11 (rounded down to the fen)');
    await expect(result.textContent()).resolves.toContain('Extra deduction');
    await expect(result.textContent()).resolves.toContain('rounded down to the fen');
    await page.context().close();
  });

  it("prefills an enterprise member's industry section from the organisation", async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'enterprise');
    const me = await (await page.request.get('/api/v1/auth/me')).json();
    const org = await (await page.request.get(`/api/v1/orgs/${me.org.id}`)).json();
    expect(org.industry).toMatch(/^[A-T]$/);
    await page.goto('/cultivation/rd-deduction');
    const section = page.getByTestId('rd-industrySection');
    await until(() => section.textContent()).toContain(`${org.industry} · `);
    await expect(page.getByTestId('rd-form').textContent()).resolves.toContain('已按您所在企业登记的行业门类预填');
    await page.context().close();
  });
});
