import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, settled, typeDate, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('技术需求 on the market in the browser', () => {
  const title = `示例端到端钠电硬碳负极需求${Date.now().toString(36)}`;
  const nextYear = new Date().getFullYear() + 1;

  it('the demo enterprise states a confidential need with targets, the administration returns then publishes it, the public reads its summary', async () => {
    const enterprise = await newPage(browser, baseUrl, 1440);
    await loginAs(enterprise, 'enterprise');
    await enterprise.goto('/my/market/needs');
    await enterprise.getByTestId('need-new').click();
    await enterprise.waitForURL(/\/my\/market\/needs\/new$/);
    await enterprise.getByTestId('need-title').fill(title);
    await enterprise
      .getByTestId('need-summary')
      .fill('示例需求：寻求以煤沥青为前驱体的钠离子电池硬碳负极材料制备技术，计划在园区建设百吨级中试线。');
    await enterprise.getByRole('combobox', { name: '技术领域' }).click();
    await enterprise.getByTitle('新材料').click();
    await typeDate(enterprise, 'need-deadline', `${nextYear}-06-30`);
    await enterprise.getByTestId('need-target-0-indicator').fill('首次库伦效率');
    await enterprise.getByTestId('need-target-0-value').fill('88');
    await enterprise.getByTestId('need-target-0-unit').fill('%');
    await enterprise.getByTestId('need-target-add').click();
    await enterprise.getByTestId('need-target-1-indicator').fill('可逆比容量');
    await enterprise.getByTestId('need-target-1-value').fill('300');
    await enterprise.getByTestId('need-target-1-unit').fill('mAh/g');
    // One end of the budget only: the form says what is missing, and nothing is saved.
    await enterprise.getByTestId('need-budget-min').fill('100');
    await enterprise.getByTestId('need-save').click();
    await until(() => enterprise.getByText('预算请同时填写上下限，或都不填（面议）').count()).toBe(1);
    await enterprise.getByTestId('need-budget-max').fill('300');
    await enterprise.getByTestId('need-confidentiality-summary').click();
    await enterprise
      .getByTestId('need-details-input')
      .fill('示例详细：目标客户为两家储能电池企业，样品需通过其全电测试。');
    await enterprise.getByTestId('need-save').click();
    await enterprise.waitForURL(/\/my\/market\/needs\/\d+$/);
    const need = enterprise.getByTestId('need');
    await until(() => need.getAttribute('data-status')).toBe('draft');
    const id = Number(await need.getAttribute('data-id'));
    expect(await enterprise.getByTestId('need-targets').textContent()).toContain('首次库伦效率 ≥ 88%');
    expect(await enterprise.getByTestId('need-budget').textContent()).toBe('¥1,000,000.00 – ¥3,000,000.00');
    expect(await enterprise.getByTestId('need-details').textContent()).toContain('储能电池企业');
    await settled(enterprise);
    await enterprise.getByTestId('need-submit').click();
    await until(() => need.getAttribute('data-status')).toBe('submitted');

    // The administration finds it waiting, returns it with the reason, and the enterprise reads it.
    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    await admin.goto('/admin/market/needs?status=submitted');
    await admin.getByTestId(`need-row-${id}`).click();
    await admin.waitForURL(new RegExp(`/admin/market/needs/${id}$`));
    await settled(admin);
    await admin.getByTestId('need-return').click();
    await admin.getByTestId('need-return-reason').fill('示例：请写明中试线的建设周期');
    await admin.getByTestId('need-return-confirm').click();
    await until(() => admin.getByTestId('need').getAttribute('data-status')).toBe('returned');
    await enterprise.reload();
    await until(() => enterprise.getByTestId('need-review-note').textContent()).toBe('示例：请写明中试线的建设周期');

    // Changed and sent again; published.
    await enterprise.getByTestId('need-edit').click();
    await enterprise.waitForURL(new RegExp(`/my/market/needs/${id}/edit$`));
    await until(() => enterprise.getByTestId('need-title').inputValue()).toBe(title);
    await enterprise
      .getByTestId('need-details-input')
      .fill('示例详细：中试线建设周期 8 个月，目标客户为两家储能电池企业。');
    await enterprise.getByTestId('need-save').click();
    await enterprise.waitForURL(new RegExp(`/my/market/needs/${id}$`));
    await settled(enterprise);
    await enterprise.getByTestId('need-submit').click();
    await until(() => need.getAttribute('data-status')).toBe('submitted');
    await admin.reload();
    await settled(admin);
    await admin.getByTestId('need-publish').click();
    await until(() => admin.getByTestId('need').getAttribute('data-status')).toBe('published');

    // Anyone finds it in the needs tab of the market, and reads the summary but not the details.
    const visitor = await newPage(browser, baseUrl, 1280);
    await visitor.goto('/market');
    await visitor.getByTestId('market-tab-needs').click();
    await visitor.waitForURL(/tab=needs/);
    await visitor.getByTestId('market-needs-search').locator('input').fill('硬碳负极');
    await visitor.getByTestId('market-needs-search').locator('input').press('Enter');
    await until(() => visitor.getByTestId('market-needs').textContent()).toContain(title);
    await visitor.getByTestId(`need-row-${id}`).click();
    await until(() => visitor.getByTestId('need').getAttribute('data-status')).toBe('published');
    await visitor.getByTestId('need-details-hidden').waitFor();
    expect(await visitor.getByTestId('need').textContent()).not.toContain('中试线建设周期');
  });
});
