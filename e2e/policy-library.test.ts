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

describe('政策库 in the browser', () => {
  it('lets a visitor on a phone search 加计扣除, open the policy and read it in plain words', async () => {
    const page = await newPage(browser, baseUrl, 390, 844);
    await page.goto('/policies');
    const search = page.getByTestId('policy-search').locator('xpath=descendant-or-self::input').first();
    await search.fill('加计扣除');
    await search.press('Enter');
    await page.waitForURL(/q=%E5%8A%A0%E8%AE%A1%E6%89%A3%E9%99%A4/);
    const results = page.getByTestId('policy-results');
    await until(() => results.getAttribute('data-total')).not.toBe('');
    expect(Number(await results.getAttribute('data-total'))).toBeGreaterThan(0);
    // The national announcement, with the searched words marked in its title and snippet.
    const card = page.locator('[data-testid^="policy-card-"]').filter({ hasText: '研发费用税前加计扣除政策的公告' });
    await card.waitFor();
    expect(await card.locator('mark').first().textContent()).toBe('加计扣除');
    expect(await card.getByTestId('policy-snippet').locator('mark').count()).toBeGreaterThan(0);
    // Nothing on the phone scrolls sideways.
    const wide = await page.evaluate(
      () => (document.scrollingElement ?? document.documentElement).scrollWidth > window.innerWidth + 1,
    );
    expect(wide).toBe(false);

    await card.click();
    await page.waitForURL(/\/policies\/\d+$/);
    const box = page.getByRole('region', { name: '看得懂的解读' });
    await box.waitFor();
    expect(await box.textContent()).toContain('多扣一倍');
    // The interpretation comes before the full text.
    const order = await page.evaluate(() => {
      const i = document.querySelector('[data-testid="policy-interpretation"]');
      const b = document.querySelector('[data-testid="policy-body"]');
      return i && b ? i.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeGreaterThan(0);
    // A question of the FAQ opens to its answer.
    const faq = page.getByTestId('policy-faq');
    await faq.getByText(/加计扣除的比例是多少/).click();
    await until(() => faq.getByText('按实际发生额的 100%', { exact: false }).isVisible()).toBe(true);
    await until(() => page.getByTestId('policy-related').locator('a').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lets an administrator import a plain-text policy, correct it in the preview and publish it', async () => {
    const page = await newPage(browser, baseUrl, 1440);
    await loginAs(page, 'admin');
    await page.goto('/admin/policies/import');
    const serial = 100 + (Date.now() % 800);
    const title = `关于印发《示例端到端首台套保险补偿办法${serial}》的通知`;
    const text = [
      title,
      `示例长高新发〔2026〕${serial}号`,
      '各有关单位：',
      '第一条 对购买首台套装备并投保的企业，按保费的80%给予补贴。',
      '第二条 本办法自2026年6月1日起施行。',
      '2026年5月20日',
    ].join('\n');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '示例政策.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    const doc = page.getByTestId('policy-import-doc-0');
    await doc.waitFor();
    // What was recognised is in the fields; the issuer and the level were not found and are asked for.
    expect(await doc.getByTestId('policy-import-0-title').inputValue()).toBe(title);
    expect(await doc.getByTestId('policy-import-0-docNumber').inputValue()).toBe(`示例长高新发〔2026〕${serial}号`);
    expect(await doc.getAttribute('data-problems')).toBe('2');
    expect(await doc.textContent()).toContain('缺少此项');
    await doc.getByTestId('policy-import-0-issuer').fill('示例长治高新区管理委员会');
    await doc.getByRole('combobox', { name: '层级' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '区级' }).first().click();
    await page.getByTestId('policy-import-commit').click();
    const done = page.getByTestId('policy-import-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('已导入 1 份草稿');

    await page.getByTestId('policy-import-open-0').click();
    await page.waitForURL(/\/admin\/policies\/\d+\/edit$/);
    const form = page.getByTestId('policy-form-page');
    await until(() => form.getAttribute('data-state')).toBe('draft');
    expect(await page.getByTestId('policy-issuer').inputValue()).toBe('示例长治高新区管理委员会');
    expect(await page.getByTestId('policy-body-editor').textContent()).toContain('第一条 对购买首台套装备并投保的企业');
    await page.getByTestId('policy-publish').click();
    await until(() => form.getAttribute('data-state')).toBe('published');

    // Live in the library at once, found by a word of its text.
    await page.goto(`/policies?q=${encodeURIComponent(`首台套保险补偿办法${serial}`)}`);
    const card = page.locator('[data-testid^="policy-card-"]').filter({ hasText: `首台套保险补偿办法${serial}` });
    await card.waitFor();
    expect(await card.textContent()).toContain('示例长治高新区管理委员会');
    await page.context().close();
  });
});
