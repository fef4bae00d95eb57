import { addDays, shanghaiDate } from '@cz/shared';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverDatabaseUrl, serverUrl, settled, typeDate, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
let admin: Page;
let enterprise: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newPage(browser, baseUrl, 1440);
  await loginAs(admin, 'admin');
  enterprise = await newPage(browser, baseUrl, 1440);
  await loginAs(enterprise, 'enterprise');
});
afterAll(async () => {
  await admin?.context().close();
  await enterprise?.context().close();
  await browser?.close();
});

const TITLE = `示例端到端研发投入奖励${Date.now().toString(36)}`;
const ORG = '示例恒远精密电子有限公司';
let itemId = 0;
let applicationId = 0;

/** The API's answer, fetched with the page's session. */
const json = (page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<Record<string, unknown>>;

/** Picks an option of a searchable select by typing its words and confirming, as a keyboard user does. */
async function pick(page: Page, testId: string, words: string) {
  await page.getByTestId(testId).click();
  await page.keyboard.type(words);
  await page.locator('.ant-select-item-option-active:visible').filter({ hasText: words }).first().waitFor();
  await page.keyboard.press('Enter');
}

const input = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('xpath=descendant-or-self::input').first();

describe('政策事项 from the condition builder to payment, in the browser', () => {
  it('lets the administration write a draft item with nested conditions, an amount and the vault’s materials', async () => {
    // A published demo document to hang the item on.
    const documentId = (await json(admin, '/policy/items/1')).documentId as number;
    await admin.goto(`/admin/policies/${documentId}/edit#items`);
    await admin.getByTestId('document-items').waitFor();
    await admin.getByTestId('item-new').click();
    await admin.waitForURL(/\/admin\/policy-items\/new\?documentId=\d+$/);
    await admin.getByTestId('item-clause').fill('第九条');
    await admin.getByTestId('item-title').fill(TITLE);
    await admin
      .getByTestId('item-beneficiaries')
      .fill('规模以上企业，研发费用达到 10 万元或拥有发明专利的，按研发费用 10% 奖励');

    // 规模以上企业 = 是, and any of: 研发费用 ≥ 100,000 元 / 发明专利 ≥ 1; plus one reviewed by hand.
    const builder = admin.getByTestId('condition-builder');
    await admin.getByTestId('cond-add-test-r').click();
    await pick(admin, 'cond-fact-r-0', '规模以上企业');
    await admin.getByTestId('cond-add-group-r').click();
    expect(await admin.getByTestId('cond-r-1').getAttribute('data-kind')).toBe('any');
    await admin.getByTestId('cond-add-test-r-1').click();
    await pick(admin, 'cond-fact-r-1-0', '研发费用');
    // Money is typed in yuan; a fraction of a fen is refused at the field as it is typed.
    await input(admin, 'cond-value-r-1-0').fill('100000.005');
    await until(() => builder.getAttribute('data-valid')).toBe('false');
    await admin.getByTestId('cond-issues-r-1-0').waitFor();
    await input(admin, 'cond-value-r-1-0').fill('100000');
    await admin.getByTestId('cond-add-test-r-1').click();
    await pick(admin, 'cond-fact-r-1-1', '发明专利');
    await input(admin, 'cond-value-r-1-1').fill('1');
    await admin.getByTestId('cond-add-manual-r').click();
    await admin.getByTestId('cond-manual-zh-r-2').fill('示例研发项目具有示范带动作用');
    await admin.getByTestId('cond-manual-en-r-2').fill('The R&D project sets an example');
    await until(() => builder.getAttribute('data-valid')).toBe('true');
    expect(await builder.getAttribute('data-leaves')).toBe('4');

    // 10% of the R&D expense, at most 100,000 元.
    await admin.getByTestId('amount-editor').getByText('按比例').click();
    await pick(admin, 'amount-fact', '研发费用');
    await admin.getByTestId('amount-percent').fill('10');
    await admin.getByTestId('amount-cap').fill('100000');
    await until(() => admin.getByTestId('amount-editor').getAttribute('data-valid')).toBe('true');

    // Open from yesterday for three months; the statements and the licence from the vault.
    const today = shanghaiDate(new Date());
    await typeDate(admin, 'item-window', addDays(today, -1));
    const closes = admin
      .getByTestId('item-window')
      .locator('xpath=ancestor::div[contains(@class,"ant-picker-range")][1]')
      .locator('input')
      .nth(1);
    await closes.fill(addDays(today, 90));
    await closes.press('Enter');
    await until(() => closes.inputValue()).toBe(addDays(today, 90));
    await admin.getByTestId('material-add').click();
    await pick(admin, 'material-kind-0', '年度财务报表');
    await admin.getByTestId('material-add').click();
    await pick(admin, 'material-kind-1', '营业执照');

    await admin.getByTestId('item-save').click();
    await admin.waitForURL(/\/admin\/policy-items\/\d+\/edit$/);
    itemId = Number(new URL(admin.url()).pathname.split('/')[3]);
    await until(() => admin.getByTestId('item-form-page').getAttribute('data-status')).toBe('draft');
    const saved = await json(admin, `/policy/items/${itemId}`);
    expect(saved).toMatchObject({
      title: TITLE,
      mode: 'apply',
      opensOn: addDays(today, -1),
      closesOn: addDays(today, 90),
      amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000, capFen: 10_000_000 },
      condition: {
        all: [
          { fact: 'org.isAboveScale', op: 'eq', value: true },
          {
            any: [
              { fact: 'org.rdExpenseFen', op: 'gte', value: 10_000_000 },
              { fact: 'ip.inventionCount', op: 'gte', value: 1 },
            ],
          },
          { manual: { zh: '示例研发项目具有示范带动作用', en: 'The R&D project sets an example' } },
        ],
      },
      materials: [{ kind: 'financial_statements', year: 'latest' }, { kind: 'business_licence' }],
    });
  });

  it('simulates the draft over every enterprise and shows the totals', async () => {
    await admin.getByTestId('item-simulation').click();
    await admin.waitForURL(new RegExp(`/admin/policy-items/${itemId}/simulation$`));
    await admin.getByTestId('simulation-none').waitFor();
    await admin.getByTestId('simulation-start').click();
    await until(() => admin.getByTestId('simulation-page').getAttribute('data-status')).toBe('done');
    expect(await admin.getByTestId('simulation-progress').getAttribute('data-percent')).toBe('100');
    const eligible = Number(
      await admin.getByTestId('simulation-eligible').locator('.ant-statistic-content').textContent(),
    );
    expect(eligible).toBeGreaterThanOrEqual(1);
    expect(await admin.getByTestId('simulation-payout').textContent()).toMatch(/¥[1-9]/);
    // The demo enterprise is among those found eligible, with its amount.
    const search = admin.getByTestId('simulation-search').locator('input');
    await search.fill(ORG);
    await search.press('Enter');
    await until(() => admin.getByTestId('simulation-orgs').getAttribute('data-total')).toBe('1');
    expect(await admin.getByTestId('simulation-orgs').textContent()).toContain('符合条件');
    await admin.getByTestId('simulation-export').waitFor();
  });

  it('publishes the item after confirmation', async () => {
    await admin.goto(`/admin/policy-items/${itemId}/edit`);
    await admin.getByTestId(`item-publish-${itemId}`).click();
    await admin.getByTestId('item-action-confirm').click();
    await until(() => admin.getByTestId('item-form-page').getAttribute('data-status')).toBe('published');
    // A published item is shown, no longer edited.
    expect(await admin.getByTestId('item-save').count()).toBe(0);
  });

  it('tells the demo enterprise, which sees its standing on the item page and applies with its vault’s materials', async () => {
    await enterprise.goto('/notifications');
    await until(async () => {
      await enterprise.reload();
      await enterprise.locator('[data-testid^="notification-"]').first().waitFor();
      return enterprise.locator('[data-testid^="notification-"]').filter({ hasText: TITLE }).count();
    }).toBe(1);

    await enterprise.goto(`/policies/items/${itemId}`);
    const conditions = enterprise.getByTestId('item-conditions');
    await conditions.waitFor();
    expect(await conditions.textContent()).toContain('规模以上企业：是');
    expect(await conditions.locator('[data-by-hand="true"]').textContent()).toContain('示例研发项目具有示范带动作用');
    await enterprise.getByTestId('item-check').click();
    await until(() => enterprise.getByTestId('item-eligibility').getAttribute('data-result')).toBe('eligible');
    expect(await enterprise.getByTestId('item-amount').textContent()).toContain('× 10%');
    expect(await enterprise.getByTestId('item-eligibility').locator('[data-outcome="manual"]').count()).toBe(1);

    await enterprise.getByTestId('item-apply').click();
    await enterprise.waitForURL(/\/my\/policy-applications\/\d+$/);
    applicationId = Number(new URL(enterprise.url()).pathname.split('/').pop());
    await until(() => enterprise.getByTestId('application').getAttribute('data-status')).toBe('draft');
    // Both materials come from the vault: nothing is uploaded again.
    await until(() => enterprise.getByTestId('materials-picker').getAttribute('data-complete')).toBe('true');
    await enterprise.getByTestId('application-bank').fill('示例银行长治高新区支行');
    await enterprise.getByTestId('application-account-name').fill(ORG);
    await enterprise.getByTestId('application-account-number').fill('6222 0200 5555 0002');
    await enterprise.getByTestId('application-submit').click();
    await until(() => enterprise.getByTestId('application').getAttribute('data-status')).toBe('submitted');
    await until(() => enterprise.getByTestId('attached-materials').locator('[data-testid^="attached-"]').count()).toBe(
      2,
    );
  });

  it('lets the department approve it, publicise it and record the payment', async () => {
    const status = () => admin.getByTestId('review').getAttribute('data-status');
    await admin.goto(`/admin/policy-applications/${applicationId}`);
    await until(status).toBe('submitted');
    await admin.getByTestId('review-approve').click();
    await until(async () =>
      Number((await admin.getByTestId('approve-amount').inputValue()).replace(/,/g, '')),
    ).toBeGreaterThan(0);
    await admin.getByTestId('approve-confirm').click();
    await until(status).toBe('approved');
    await admin.getByTestId('review-notice').click();
    await admin.getByTestId('notice-confirm').click();
    await until(status).toBe('publicised');

    // The notice period ended three weeks ago (its dates moved back; the server's clock cannot be moved).
    const db = new pg.Client({ connectionString: serverDatabaseUrl() });
    await db.connect();
    try {
      await db.query(
        `UPDATE policy_notices SET starts_on = starts_on - 21, ends_on = ends_on - 21
         WHERE id = (SELECT notice_id FROM policy_applications WHERE id = $1)`,
        [applicationId],
      );
    } finally {
      await db.end();
    }
    await admin.reload();
    await until(() => admin.getByTestId('review-pay').isDisabled()).toBe(false);
    await admin.getByTestId('review-pay').click();
    await admin.getByTestId('payment-reference').fill('示例凭证E2E-0002');
    await admin.getByTestId('payment-confirm').click();
    await until(status).toBe('paid');

    await enterprise.goto(`/my/policy-applications/${applicationId}`);
    await until(() => enterprise.getByTestId('application').getAttribute('data-status')).toBe('paid');
  });

  it('closes the item to claims; its public page then says so', async () => {
    await admin.goto(`/admin/policy-items/${itemId}/edit`);
    await settled(admin);
    await admin.getByTestId(`item-close-${itemId}`).click();
    await admin.getByTestId('item-action-confirm').click();
    await until(() => admin.getByTestId('item-form-page').getAttribute('data-status')).toBe('closed');
    await enterprise.goto(`/policies/items/${itemId}`);
    await until(() => enterprise.getByTestId('item-claim').getAttribute('data-claim')).toBe('closed');
  });

  it('keeps the item form and the simulation on a 390 px phone without sideways scroll', async () => {
    const phone = await newPage(browser, baseUrl, 390, 844);
    await loginAs(phone, 'admin');
    for (const path of [`/admin/policy-items/${itemId}/edit`, `/admin/policy-items/${itemId}/simulation`]) {
      await phone.goto(path);
      await phone.locator('h1').first().waitFor();
      await until(() => phone.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
      const { scrollWidth, innerWidth } = await phone.evaluate(() => ({
        scrollWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth + 1);
    }
    await phone.context().close();
  });
});
