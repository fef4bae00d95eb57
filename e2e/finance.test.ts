import { addDays, shanghaiDate } from '@cz/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, settled, typeDate, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
let bank: Page;
let office: Page;
let enterprise: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  bank = await newPage(browser, baseUrl, 1440);
  office = await newPage(browser, baseUrl, 1440);
  enterprise = await newPage(browser, baseUrl, 1440);
  await loginAs(bank, 'finance');
  await loginAs(enterprise, 'enterprise');
});
afterAll(async () => {
  await browser?.close();
});

/** Types into the number or text field marked `testId` (antd puts the mark on the input or around it). */
async function fill(page: Page, testId: string, value: string) {
  const input = page
    .locator(`[data-testid="${testId}"]`)
    .locator('xpath=descendant-or-self::*[self::input or self::textarea]')
    .first();
  await input.fill(value);
}

/** Picks an option of the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.locator('.ant-select-item-option:visible').filter({ hasText: option }).first().click();
}

const status = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('data-status');

/** A case step as the bank clicks it: the button, what its dialog asks, OK; then the case's new status. */
async function step(action: string, caseId: number, to: string, fields: (p: Page) => Promise<void> = async () => {}) {
  await bank.getByTestId(`case-step-${action}`).click();
  await bank.getByTestId('case-step-confirm').waitFor();
  await fields(bank);
  await bank.getByTestId('case-step-confirm').click();
  await until(() => status(bank, `case-${caseId}-status`)).toBe(to);
}

describe('科技金融: from a product to a disbursed loan, in the browser', () => {
  const name = `示例科创信用贷 ${Date.now() % 1_000_000}`;
  let productId = 0;
  let bankOrgId = 0;
  let needId = 0;
  let caseId = 0;

  it('lets the bank write a credit product of its institution and submit it for review', async () => {
    // The institution's profile first (the supermarket lists products of institutions with one).
    await bank.goto('/finance-desk/profile');
    await bank.getByTestId('institution-form').waitFor();
    await settled(bank);
    await choose(bank, '机构类型', '银行');
    await fill(bank, 'institution-contact-name', '示例联系人');
    await fill(bank, 'institution-contact-phone', '0355-5550000');
    await fill(
      bank,
      'institution-intro',
      '示例科技银行长治分行，服务高新区科技型中小企业的信用贷款与知识产权质押融资。',
    );
    const saved = bank.waitForResponse(
      (r) => r.url().endsWith('/finance/institutions/mine') && r.request().method() === 'PUT',
    );
    await bank.getByTestId('institution-save').click();
    expect((await saved).status()).toBe(200);
    bankOrgId = (await (await bank.request.get('/api/v1/finance/institutions/mine')).json()).orgId;

    await bank.goto('/finance-desk/products/new');
    await bank.getByTestId('product-form').waitFor();
    await settled(bank);
    await fill(bank, 'product-name', name);
    await choose(bank, '产品类型', '信用贷款');
    await fill(bank, 'product-approval-days', '5');
    await fill(bank, 'product-summary', '示例：面向高新区科技型中小企业的纯信用贷款，随借随还，最快五个工作日审批。');
    for (const [key, v] of [
      ['min', '100000'],
      ['default', '500000'],
      ['max', '3000000'],
    ])
      await fill(bank, `product-amount-${key}`, v as string);
    for (const [key, v] of [
      ['min', '6'],
      ['default', '12'],
      ['max', '36'],
    ])
      await fill(bank, `product-term-${key}`, v as string);
    for (const [key, v] of [
      ['min', '3.45'],
      ['default', '3.85'],
      ['max', '4.35'],
    ])
      await fill(bank, `product-rate-${key}`, v as string);
    await bank.getByTestId('product-guarantee-credit').click();
    await bank.getByTestId('product-repayment-interest_monthly').click();
    await bank.getByTestId('product-save').click();
    await bank.waitForURL(/\/finance-desk\/products\/\d+$/);
    productId = Number(new URL(bank.url()).pathname.split('/').pop());
    await until(() => status(bank, 'product-status')).toBe('draft');
    await bank.getByTestId('product-submit').click();
    await until(() => status(bank, 'product-status')).toBe('submitted');
  }, 120_000);

  it('lets the finance office publish it', async () => {
    await loginAs(office, 'finoffice');
    await office.goto(`/admin/finance/products/${productId}`);
    await office.getByTestId('admin-product').waitFor();
    await settled(office);
    await office.getByTestId('product-publish').click();
    await until(() => status(office, 'product-status')).toBe('published');
    // The supermarket lists it for anyone.
    await office.goto(`/finance?q=${encodeURIComponent(name)}`);
    await office.getByTestId(`product-row-${productId}`).waitFor();
  }, 60_000);

  it('lets the enterprise post a need the product fits: pushed to the bank, pre-checked, facts shared', async () => {
    await enterprise.goto('/my/finance/needs/new');
    await enterprise.getByTestId('finance-need-form').waitFor();
    await settled(enterprise);
    await fill(enterprise, 'need-amount-input', '800000');
    await fill(enterprise, 'need-term-input', '12');
    await typeDate(enterprise, 'need-needed-by', addDays(shanghaiDate(new Date()), 30));
    await choose(enterprise, '资金用途', '流动资金');
    await fill(enterprise, 'need-purpose-text', '示例：采购精密电子元器件原材料，以应收账款回款还款。');
    await enterprise.getByTestId('need-guarantee-credit').click();
    await fill(enterprise, 'need-ceiling', '5');
    await enterprise.getByTestId('need-submit').click();
    await enterprise.waitForURL(/\/my\/finance\/needs\/\d+$/);
    needId = Number(new URL(enterprise.url()).pathname.split('/').pop());
    await until(() => status(enterprise, 'need-status')).toBe('open');
    await until(() => enterprise.getByTestId(`push-${bankOrgId}`).textContent()).toContain('示例科技银行');
    expect(await status(enterprise, `push-${bankOrgId}`)).toBe('pushed');
    await until(() => enterprise.getByTestId(`need-precheck-${productId}`).getAttribute('data-result')).toMatch(
      /^(eligible|needs_data)$/,
    );

    await enterprise.getByTestId(`consent-institution-${bankOrgId}`).click();
    await enterprise.getByTestId('consent-scope-indicators').click();
    await typeDate(enterprise, 'consent-until', addDays(shanghaiDate(new Date()), 60));
    await enterprise.getByTestId('consent-grant').click();
    await until(() => enterprise.getByTestId('consents-given').textContent()).toContain('示例科技银行');
  }, 120_000);

  it('lets the bank read the shared facts, take the need up and step the case to a disbursed loan', async () => {
    await bank.goto(`/finance-desk/needs/${needId}`);
    await bank.getByTestId('desk-need').waitFor();
    await bank.getByTestId('shared-facts').waitFor();
    expect(Number(await bank.getByTestId('shared-facts').getAttribute('data-count'))).toBeGreaterThan(0);
    await settled(bank);
    await choose(bank, '金融产品', name);
    await bank.getByTestId('need-claim').click();
    await until(async () => {
      const cases = await (await bank.request.get(`/api/v1/finance/cases?scope=institution&needId=${needId}`)).json();
      caseId = cases.items[0]?.id ?? 0;
      return caseId;
    }).toBeGreaterThan(0);
    await until(() => status(bank, `case-${caseId}-status`)).toBe('claimed');

    await step('contact', caseId, 'contacted', (p) =>
      fill(p, 'case-note', '示例：已电话联系企业财务负责人，约定下周上门调查。'),
    );
    await step('diligence', caseId, 'due_diligence');
    await step('approve', caseId, 'approved', (p) => fill(p, 'case-rate', '3.85'));
    await step('disburse', caseId, 'disbursed');
    await until(() => bank.getByTestId(`case-${caseId}-disbursed`).textContent()).toContain('¥800,000.00');
  }, 120_000);

  it('shows the enterprise its need funded and the case’s history', async () => {
    await enterprise.goto(`/my/finance/needs/${needId}`);
    await enterprise.getByTestId('finance-need').waitFor();
    await until(() => status(enterprise, 'need-status')).toBe('funded');
    const history = enterprise.getByTestId(`case-${caseId}-history`);
    await until(() =>
      history.locator('[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
    ).toEqual(expect.arrayContaining(['claimed', 'contacted', 'due_diligence', 'approved', 'disbursed']));
    expect(await enterprise.getByTestId(`case-${caseId}-disbursed`).textContent()).toContain('¥800,000.00');
  }, 60_000);
});
