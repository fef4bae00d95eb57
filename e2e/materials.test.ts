import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, typeDate, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
let enterprise: Page;
let admin: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  enterprise = await newPage(browser, baseUrl, 1440);
  await loginAs(enterprise, 'enterprise');
  admin = await newPage(browser, baseUrl, 1440);
  await loginAs(admin, 'admin');
});
afterAll(async () => {
  await enterprise?.context().close();
  await admin?.context().close();
  await browser?.close();
});

const title = `示例端到端资质证书${Date.now() % 1_000_000}`;
let materialId = 0;

describe('企业材料库 in the browser', () => {
  it('shows the demo vault by kind, with the 高企 certificate ending soon named at the top', async () => {
    await enterprise.goto('/my/materials');
    await enterprise.getByTestId('materials-expiring').waitFor();
    const notice = (await enterprise.getByTestId('materials-expiring').textContent()) ?? '';
    expect(notice).toContain('高新技术企业证书');
    expect(notice).toContain('质量管理体系认证证书');
    const hte = enterprise.getByTestId('materials-kind-hte_certificate');
    await until(() => hte.locator('[data-validity]').first().getAttribute('data-validity')).toBe('expiring');
  });

  it('lets an enterprise member upload a material and see it valid', async () => {
    await enterprise.getByTestId('materials-add-qualification').click();
    await enterprise.getByTestId('material-form').waitFor();
    await enterprise.getByTestId('material-title').fill(title);
    await typeDate(enterprise, 'material-valid-from', '2025-01-01');
    await typeDate(enterprise, 'material-valid-to', '2028-12-31');
    await enterprise.locator('[data-testid="material-file"] input[type=file]').setInputFiles({
      name: `${title}.pdf`,
      mimeType: 'application/pdf',
      buffer: Buffer.from(`%PDF-1.4\n% 示例 ${title}\n%%EOF\n`),
    });
    await until(() => enterprise.getByTestId('material-file').getAttribute('data-count')).toBe('1');
    await enterprise.getByTestId('material-save').click();
    const row = enterprise
      .getByTestId('materials-kind-qualification')
      .locator('li[data-status="current"]')
      .filter({ hasText: title });
    await row.waitFor();
    materialId = Number((await row.getAttribute('data-testid'))?.replace('material-', ''));
    expect(materialId).toBeGreaterThan(0);
    expect(await enterprise.getByTestId(`material-validity-${materialId}`).getAttribute('data-validity')).toBe('valid');
    expect(await enterprise.getByTestId(`material-review-${materialId}`).getAttribute('data-review')).toBe('pending');
  });

  it('lets an administrator find it by the enterprise’s name and check it; the enterprise sees it checked', async () => {
    await admin.goto(`/admin/materials?q=${encodeURIComponent('恒远')}&kind=qualification`);
    await admin.getByTestId(`material-check-${materialId}`).click();
    await until(() => admin.getByTestId(`material-review-${materialId}`).getAttribute('data-review')).toBe('checked');
    await enterprise.reload();
    await until(() => enterprise.getByTestId(`material-review-${materialId}`).getAttribute('data-review')).toBe(
      'checked',
    );
    await enterprise.goto('/notifications');
    await until(() => enterprise.getByText(`企业材料已核验：${title}`).count()).toBeGreaterThan(0);
  });

  it('works on a 390 px phone and by keyboard: no sideways scroll, the add button opens the form on Enter', async () => {
    const phone = await newPage(browser, baseUrl, 390, 844);
    await loginAs(phone, 'enterprise');
    await phone.goto('/my/materials');
    await phone.getByTestId('materials-kind-business_licence').waitFor();
    const { scrollWidth, innerWidth } = await phone.evaluate(() => ({
      scrollWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1);
    await phone.getByTestId('materials-add-tax_certificate').focus();
    await phone.keyboard.press('Enter');
    await phone.getByTestId('material-form').waitFor();
    await until(() => phone.getByTestId('material-title').inputValue()).toMatch(/^\d{4}年度完税证明$/);
    await phone.keyboard.press('Escape');
    await until(() => phone.getByTestId('material-form').count()).toBe(0);
    await phone.context().close();
  });
});
