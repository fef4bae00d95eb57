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

describe('the yearly 先进适用技术指导目录 in the browser', () => {
  it("lets the administration add an achievement to this year's draft, order it first, publish it; the public reads it with its PDF", async () => {
    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    // The demo's draft of this year (its second catalogue).
    await admin.goto('/admin/market/catalogues/2/edit');
    const list = admin.getByTestId('catalogue-edit-entries');
    await list.waitFor();
    const before = Number(await list.getAttribute('data-count'));
    await settled(admin);
    await admin.getByTestId('catalogue-add').click();
    await admin.keyboard.type('光伏');
    const option = admin.locator('.ant-select-item-option').first();
    await option.waitFor();
    const chosen = ((await option.textContent()) ?? '').replace(/（.*$/, '');
    await option.click();
    await until(() => list.getAttribute('data-count')).toBe(String(before + 1));
    // Move it from the end to the top, one step at a time, and note why.
    const added = list.locator('li').filter({ hasText: chosen });
    for (let i = 0; i < before; i++) await added.getByRole('button', { name: '上移' }).click();
    await until(() => list.locator('li').first().textContent()).toContain(chosen);
    await added.getByPlaceholder('推荐说明（可不填）').fill('示例：端到端测试加入');
    await admin.getByTestId('catalogue-save').click();
    await admin.waitForURL('**/admin/market/catalogues/2');
    await until(() => admin.getByTestId('catalogue-entry-1').textContent()).toContain(chosen);
    await admin.getByTestId('catalogue-publish').click();
    await until(() => admin.getByTestId('catalogue').getAttribute('data-status')).toBe('published');

    const visitor = await newPage(browser, baseUrl, 1440);
    await visitor.goto('/market/catalogues');
    await visitor.getByTestId('catalogue-link-2').click();
    await until(() => visitor.getByTestId('catalogue-entry-1').textContent()).toContain('示例：端到端测试加入');
    expect(await visitor.getByTestId('catalogue-publish').count()).toBe(0);
    const pdf = await visitor.request.get(`${baseUrl}/api/v1/market/catalogues/2/catalogue.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
