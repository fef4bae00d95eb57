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

describe('cultivation', () => {
  it('an enterprise changes its indicators and sees its 科技型中小企业 score change', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'enterprise');
    await page.goto('/my/evaluations');
    const card = page.getByTestId('evaluation-tech_sme');
    await card.waitFor({ timeout: 20_000 });
    const before = Number(await card.getAttribute('data-score'));

    // The enterprise's latest year, with every tech staff counted or none: the tech-staff part moves 20 points or more.
    const me = await (await page.request.get('/api/v1/auth/me')).json();
    const { items } = await (await page.request.get(`/api/v1/orgs/${me.org.id}/indicators`)).json();
    const latest = items.reduce((a: { year: number }, b: { year: number }) => (b.year > a.year ? b : a));
    const techStaff = latest.techStaff * 100 >= latest.employees * 30 ? 0 : latest.employees;
    const put = await page.request.put(`/api/v1/orgs/${me.org.id}/indicators/${latest.year}`, {
      data: { ...latest, techStaff },
    });
    expect(put.status()).toBe(200);

    await page.reload();
    await card.waitFor();
    await until(async () => Number(await card.getAttribute('data-score'))).not.toBe(before);
    const after = Number(await card.getAttribute('data-score'));
    expect(Math.abs(after - before)).toBeGreaterThanOrEqual(4);
    // The changed line shows the new figures with its article.
    await card.getByText('逐项说明').click();
    await until(() => card.locator('[data-code="tech-sme.score.tech-staff"]').textContent()).toContain(
      `科技人员 ${techStaff} 人`,
    );
    await expect(card.locator('[data-code="tech-sme.score.tech-staff"]').textContent()).resolves.toContain('115号');
  });

  it('the public calculator explains every point on a phone', async () => {
    const page = await newPage(browser, baseUrl, 390, 844);
    await page.goto('/cultivation/calculator');
    for (const [k, v] of Object.entries({
      employees: 100,
      techStaff: 30,
      sales: 10000,
      rd: 600,
      totalCost: 9000,
      totalAssets: 15000,
      ip1: 0,
      ip2: 0,
    }))
      await page.getByTestId(`calc-${k}`).fill(String(v));
    await page.getByTestId('calc-submit').click();
    const result = page.getByTestId('calc-result');
    await result.waitFor({ timeout: 20_000 });
    expect(await result.getAttribute('data-score')).toBe('70');
    await expect(page.getByTestId('calc-reasons').textContent()).resolves.toContain('国科发政〔2017〕115号');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
