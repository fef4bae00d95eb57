import { shanghaiDate } from '@cz/shared';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverDatabaseUrl, serverUrl, settled, until } from './helpers.ts';

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

const ITEM = '示例规上企业研发投入奖励';
const ORG = '示例恒远精密电子有限公司';
const lastYear = Number(shanghaiDate(new Date()).slice(0, 4)) - 1;
let id = 0;

/** A small PDF for an upload field of the page. */
async function attachPdf(page: Page, name: string) {
  await page.locator('[data-testid="material-file"] input[type=file]').setInputFiles({
    name: `${name}.pdf`,
    mimeType: 'application/pdf',
    buffer: Buffer.from(`%PDF-1.4\n% 示例 ${name} ${Date.now()}\n%%EOF\n`),
  });
  await until(() => page.getByTestId('material-file').getAttribute('data-count')).toBe('1');
}

const status = (page: Page, testId: string) => page.getByTestId(testId).getAttribute('data-status');

/** The API's answer, fetched with the page's session. */
const json = (page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<Record<string, unknown>>;

describe('政策申报 from the vault to payment, in the browser', () => {
  it('lets the enterprise apply with its vault’s materials, asked only for the one missing', async () => {
    await enterprise.goto('/my/policy-applications');
    const fit = enterprise.locator('[data-testid^="fit-"]').filter({ hasText: ITEM });
    await fit.waitFor({ timeout: 20_000 });
    await fit.getByRole('link', { name: /申报/ }).click();
    await enterprise.waitForURL(/\/my\/policy-applications\/\d+$/);
    id = Number(new URL(enterprise.url()).pathname.split('/').pop());
    await until(() => status(enterprise, 'application')).toBe('draft');
    await until(() => enterprise.getByTestId('eligibility').getAttribute('data-result')).toBe('eligible');
    // The amount the rule gives is filled in.
    expect(Number((await enterprise.getByTestId('application-amount').inputValue()).replace(/,/g, ''))).toBeGreaterThan(
      0,
    );

    // The statements and the licence come from the vault; only the 完税证明 is asked for.
    const picker = enterprise.getByTestId('materials-picker');
    await until(() => picker.getAttribute('data-missing')).toBe('1');
    expect(await enterprise.getByTestId('picker-requirement-0').getAttribute('data-satisfied')).toBe('true');
    expect(await enterprise.getByTestId('picker-requirement-1').getAttribute('data-satisfied')).toBe('true');
    expect(await enterprise.getByTestId('picker-requirement-2').getAttribute('data-kind')).toBe('tax_certificate');
    await enterprise.getByTestId(`picker-upload-2-${lastYear}`).click();
    await enterprise.getByTestId('material-form').waitFor();
    await until(() => enterprise.getByTestId('material-title').inputValue()).toBe(`${lastYear}年度完税证明`);
    await attachPdf(enterprise, `${lastYear}年度完税证明`);
    await enterprise.getByTestId('material-save').click();
    await until(() => picker.getAttribute('data-complete')).toBe('true');

    await enterprise.getByTestId('application-bank').fill('示例银行长治高新区支行');
    await enterprise.getByTestId('application-account-name').fill(ORG);
    await enterprise.getByTestId('application-account-number').fill('6222 0200 5555 0001');
    await enterprise.getByTestId('application-submit').click();
    await until(() => status(enterprise, 'application')).toBe('submitted');
    await until(() => enterprise.getByTestId('attached-materials').locator('[data-testid^="attached-"]').count()).toBe(
      3,
    );
    // No valid material of the vault was asked for again.
    const metrics = await json(admin, '/materials/metrics');
    expect(metrics.asked).toBeGreaterThanOrEqual(1);
    expect(metrics.askedAgain).toBe(0);
  });

  it('lets the department return it naming the 完税证明, and the enterprise correct only that', async () => {
    await admin.goto(`/admin/policy-applications/${id}`);
    await until(() => status(admin, 'review')).toBe('submitted');
    await settled(admin);
    await admin.getByTestId('review-return').click();
    await admin.getByTestId('return-targets').waitFor();
    await settled(admin);
    await admin.getByTestId('return-m-tax_certificate').check();
    await admin.getByTestId('return-m-tax_certificate-note').fill('完税证明缺少税务机关印章');
    await admin.getByTestId('return-confirm').click();
    await until(() => status(admin, 'review')).toBe('returned');

    await enterprise.reload();
    await until(() => status(enterprise, 'application')).toBe('returned');
    expect(await enterprise.getByTestId('returned-items').textContent()).toContain('完税证明缺少税务机关印章');
    // The amount and the account stay as handed in: only the named material is open.
    expect(await enterprise.getByTestId('application-amount').isDisabled()).toBe(true);
    expect(await enterprise.getByTestId('application-bank').isDisabled()).toBe(true);
    await enterprise.getByTestId('correct-material-tax_certificate').click();
    await enterprise.getByTestId('material-form').waitFor();
    await enterprise.getByTestId('material-title').fill(`${lastYear}年度完税证明（补正）`);
    await attachPdf(enterprise, `${lastYear}年度完税证明（补正）`);
    await enterprise.getByTestId('material-save').click();
    await until(() => enterprise.getByTestId('material-form').count()).toBe(0);
    await enterprise.getByTestId('application-submit').click();
    await until(() => status(enterprise, 'application')).toBe('submitted');
    // The corrected one is handed in; the first is kept on record as replaced.
    const attached = enterprise.getByTestId('attached-materials');
    await until(() => attached.getByText(`${lastYear}年度完税证明（补正）`).count()).toBe(1);
    await until(() => attached.getByText(/已于 .* 补正替换/).count()).toBe(1);
  });

  it('lets the department approve, publicise and, once the notice has ended, record the payment', async () => {
    await admin.reload();
    await until(() => status(admin, 'review')).toBe('submitted');
    await admin.getByTestId('review-approve').click();
    await until(async () =>
      Number((await admin.getByTestId('approve-amount').inputValue()).replace(/,/g, '')),
    ).toBeGreaterThan(0);
    await admin.getByTestId('approve-confirm').click();
    await until(() => status(admin, 'review')).toBe('approved');
    await admin.getByTestId('review-notice').click();
    await admin.getByTestId('notice-confirm').click();
    await until(() => status(admin, 'review')).toBe('publicised');
    // While the notice runs, payment waits.
    expect(await admin.getByTestId('review-pay').isDisabled()).toBe(true);

    // The public page lists the enterprise and its amount.
    const visitor = await newPage(browser, baseUrl, 1280);
    await visitor.goto('/policies/notices');
    const notice = visitor.locator('[data-testid^="notice-"]').filter({ hasText: ITEM }).first();
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain(ORG);
    await visitor.context().close();

    // Three weeks on: the notice period is over (its dates moved back; the server's clock cannot be moved).
    const db = new pg.Client({ connectionString: serverDatabaseUrl() });
    await db.connect();
    try {
      await db.query(
        `UPDATE policy_notices SET starts_on = starts_on - 21, ends_on = ends_on - 21
         WHERE id = (SELECT notice_id FROM policy_applications WHERE id = $1)`,
        [id],
      );
    } finally {
      await db.end();
    }
    await admin.reload();
    await until(() => admin.getByTestId('review-pay').isDisabled()).toBe(false);
    await admin.getByTestId('review-pay').click();
    await admin.getByTestId('payment-reference').fill('示例凭证E2E-0001');
    await admin.getByTestId('payment-confirm').click();
    await until(() => status(admin, 'review')).toBe('paid');
  });

  it('lets the enterprise rate the handling once, by keyboard', async () => {
    await enterprise.reload();
    await until(() => status(enterprise, 'application')).toBe('paid');
    await enterprise.getByTestId('payment').waitFor();
    const stars = enterprise.getByTestId('rating-form').getByRole('radio');
    await stars.nth(4).click();
    await enterprise.getByTestId('rating-comment').fill('材料一次报送，补正只改了一项');
    await enterprise.getByTestId('rating-submit').focus();
    await enterprise.keyboard.press('Enter');
    await until(() => enterprise.getByTestId('rating').getAttribute('data-score')).toBe('5');
    expect(await enterprise.getByTestId('rating-form').count()).toBe(0);
    expect(await enterprise.getByTestId('next-step').getAttribute('data-step')).toBe('done');
  });

  it('shows the list and the application on a 390 px phone without sideways scroll', async () => {
    const phone = await newPage(browser, baseUrl, 390, 844);
    await loginAs(phone, 'enterprise');
    for (const path of ['/my/policy-applications', `/my/policy-applications/${id}`]) {
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
