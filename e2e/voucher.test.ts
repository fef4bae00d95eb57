import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import {
  bookingDate,
  clickForAnswer,
  loginAs,
  newPage as openPage,
  pickFreeHour,
  serverUrl,
  settled,
  until,
} from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const newPage = (): Promise<Page> => openPage(browser, baseUrl);

/** A small distinct PDF: the server checks the content against the type by its first bytes. */
const pdf = (name: string) => ({
  name: `${name}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.4\n% ${name} ${Date.now()}\n%%EOF\n`),
});

const APPLIED = 100_000; // ¥1,000.00
const ORDER = 35_000; // one hour of GC-MS at the external price
const VOUCHER_SHARE = 17_500; // 50 %
const numberAttr = async (page: Page, testId: string, attr = 'data-amount') =>
  Number(await page.getByTestId(testId).getAttribute(attr));

describe('an innovation voucher from scheme to settlement: applied for, paid with on an instrument order, claimed, paid', () => {
  const name = `端到端测试创新券 ${Date.now()}`;
  let admin: Page;
  let enterprise: Page;
  let provider: Page;
  let schemeId = 0;
  let voucherId = 0;
  let orderId = 0;
  let bookingId = 0;
  let instrumentId = 0;
  let claimId = 0;

  it('lets the admin set up a scheme (50 %, instrument sharing, 12 months, free amounts, 科技型中小企业) and open it', async () => {
    admin = await newPage();
    await loginAs(admin, 'admin');
    await admin.goto('/admin/vouchers/schemes');
    await admin.getByTestId('scheme-new').click();
    await admin.getByTestId('scheme-name-input').fill(name);
    await admin.getByTestId('scheme-budget').fill('100000');
    await admin.getByTestId('scheme-cap').fill('5000');
    await admin.getByTestId('scheme-coverage').fill('50');
    await admin.getByTestId('scheme-category-instrument').check();
    await admin.getByTestId('scheme-category-testing').check();
    // The defaults: free amounts, 12 months from issue, a window from today, 科技型中小企业 required.
    expect(await admin.getByTestId('scheme-months').inputValue()).toBe('12');
    expect(await admin.getByTestId('scheme-require-tsme').getAttribute('aria-checked')).toBe('true');
    await admin.getByTestId('scheme-submit').click();
    const row = admin.locator('[data-testid^="scheme-row-"]').filter({ hasText: name });
    await row.waitFor();
    schemeId = Number((await row.getAttribute('data-testid'))?.replace('scheme-row-', ''));
    expect(schemeId).toBeGreaterThan(0);
    await until(() => admin.getByTestId(`scheme-status-${schemeId}`).getAttribute('data-status')).toBe('draft');
    await admin.getByTestId(`scheme-open-${schemeId}`).click();
    await admin.getByTestId('scheme-open-confirm').click();
    await until(() => admin.getByTestId(`scheme-status-${schemeId}`).getAttribute('data-status')).toBe('open');
  });

  it('shows the enterprise that it may apply, and takes its application', async () => {
    enterprise = await newPage();
    await loginAs(enterprise, 'enterprise');
    await enterprise.goto(`/vouchers/schemes/${schemeId}`);
    await until(() => enterprise.getByTestId('scheme-name').textContent()).toBe(name);
    await until(() => enterprise.getByTestId('eligibility-panel').getAttribute('data-eligible')).toBe('true');
    expect(await numberAttr(enterprise, 'eligibility-remaining')).toBe(500_000);
    await enterprise.getByTestId('apply-amount').fill('1000');
    await enterprise.getByTestId('apply-purpose').fill('端到端测试：仪器共享机时');
    await enterprise.getByTestId('apply-submit').click();
    // The pending application counts against the cap.
    await until(() => numberAttr(enterprise, 'eligibility-remaining')).toBe(500_000 - APPLIED);
  });

  it('lets the admin approve the application, issuing the voucher', async () => {
    const res = await enterprise.request.get(`/api/v1/voucher-applications?scope=mine&schemeId=${schemeId}`);
    const applicationId = (await res.json()).items[0].id as number;
    await admin.goto(`/admin/vouchers/applications?schemeId=${schemeId}&status=pending`);
    await admin.getByTestId(`application-approve-${applicationId}`).click();
    expect(await admin.getByTestId('application-approve-amount').inputValue()).toBe('1000.00');
    // Under load the list's refetch may lag behind the decision: wait on the decision's own response, then read the
    // application's status from a fresh load of the list (not filtered by status, so the row stays).
    const decided = await clickForAnswer(
      admin,
      admin.getByTestId('application-approve-confirm'),
      (r) =>
        r.request().method() === 'POST' && r.url().includes(`/api/v1/voucher-applications/${applicationId}/decision`),
      "voucher.test.ts, the application's approval",
    );
    expect(decided.ok()).toBe(true);
    expect((await decided.json()).status).toBe('approved');
    await admin.goto(`/admin/vouchers/applications?schemeId=${schemeId}`);
    await until(() => admin.getByTestId(`application-status-${applicationId}`).getAttribute('data-status')).toBe(
      'approved',
    );

    await enterprise.goto('/vouchers');
    await until(() => enterprise.getByTestId(`application-status-${applicationId}`).getAttribute('data-status')).toBe(
      'approved',
    );
    const vouchers = await (await enterprise.request.get(`/api/v1/vouchers?scope=mine&schemeId=${schemeId}`)).json();
    voucherId = vouchers.items[0].id;
    await until(() => numberAttr(enterprise, `voucher-balance-${voucherId}`)).toBe(APPLIED);
  }, 90_000);

  it('shows the enterprise a new redemption code for partner regions once, and keeps only when it was set', async () => {
    await enterprise.getByTestId(`voucher-code-${voucherId}`).click();
    await enterprise.getByTestId('redemption-code-new').click();
    await until(() => enterprise.getByTestId('redemption-code').textContent()).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/,
    );
    await until(() => enterprise.getByTestId('redemption-code-set-at').textContent()).toMatch(/\d{4}/);
    const status = await (await enterprise.request.get(`/api/v1/vouchers/${voucherId}/redemption-code`)).json();
    expect(status).toMatchObject({ failures: 0, locked: false });
    expect(status.setAt).not.toBeNull();
    await enterprise.keyboard.press('Escape');
  }, 60_000);

  it('lets the enterprise book GC-MS time paying half with the voucher, preselected in the form, and the provider approve it', async () => {
    const found = await (await enterprise.request.get('/api/v1/instruments?q=GC-MS')).json();
    instrumentId = found.items[0].id;
    await enterprise.goto(`/instruments/${instrumentId}`);
    const date = bookingDate();
    const start = await pickFreeHour(enterprise, date);
    expect(start).not.toBe('');
    await until(() => enterprise.getByTestId('book-fee').textContent()).toContain('350.00');
    // The voucher is ticked already, with the split of the estimate; unticking it would pay it all.
    const tick = enterprise.getByTestId(`book-voucher-${voucherId}`);
    await until(() => tick.isChecked()).toBe(true);
    await until(() => numberAttr(enterprise, 'book-voucher-share')).toBe(VOUCHER_SHARE);
    expect(await numberAttr(enterprise, 'book-own-share')).toBe(ORDER - VOUCHER_SHARE);
    await tick.uncheck();
    await until(() => numberAttr(enterprise, 'book-voucher-share')).toBe(0);
    expect(await numberAttr(enterprise, 'book-own-share')).toBe(ORDER);
    await tick.check();
    await until(() => numberAttr(enterprise, 'book-voucher-share')).toBe(VOUCHER_SHARE);
    await enterprise.getByTestId('book-purpose').fill('端到端测试：以创新券支付');
    await enterprise.getByTestId('book-submit').click();
    const done = enterprise.getByTestId('book-view-order');
    await done.waitFor();
    orderId = Number(await done.getAttribute('data-order-id'));
    bookingId = Number(await done.getAttribute('data-booking-id'));
    // Held at booking, before the provider decides.
    const voucher = await (await enterprise.request.get(`/api/v1/vouchers/${voucherId}`)).json();
    expect(voucher).toMatchObject({ held: VOUCHER_SHARE, balance: APPLIED - VOUCHER_SHARE });

    provider = await newPage();
    await loginAs(provider, 'provider');
    await provider.goto(`/provider/bookings?status=pending&instrumentId=${instrumentId}`);
    await provider.getByTestId(`booking-approve-${bookingId}`).click();
    await provider.getByTestId('booking-approve-confirm').click();
    await provider.getByTestId(`booking-row-${bookingId}`).waitFor({ state: 'detached' });
  });

  it('shows the order confirmed by the approval, paid half with the voucher and half by the enterprise', async () => {
    await enterprise.goto(`/orders/${orderId}`);
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('accepted');
    await until(() => enterprise.getByTestId('order-amount').getAttribute('data-amount')).toBe(String(ORDER));
    expect(await enterprise.getByTestId('order-accept').count()).toBe(0);
    // The order lists the voucher's hold and the split.
    await until(() => numberAttr(enterprise, 'order-voucher-share')).toBe(VOUCHER_SHARE);
    expect(await numberAttr(enterprise, 'order-own-share')).toBe(ORDER - VOUCHER_SHARE);

    await enterprise.goto('/vouchers');
    await until(() => numberAttr(enterprise, `voucher-held-${voucherId}`)).toBe(VOUCHER_SHARE);
    expect(await numberAttr(enterprise, `voucher-balance-${voucherId}`)).toBe(APPLIED - VOUCHER_SHARE);
  });

  it('lets the provider record the use and the enterprise accept the delivery', async () => {
    await provider.goto(`/provider/bookings?status=confirmed&instrumentId=${instrumentId}`);
    await provider.getByTestId(`booking-usage-${bookingId}`).click();
    await until(() => provider.getByTestId('usage-fee').textContent()).toContain('350.00');
    await provider.getByTestId('usage-operator').fill('示例操作员');
    await provider.getByTestId('usage-confirm').click();
    await provider.getByTestId('usage-confirm').waitFor({ state: 'detached' });

    await enterprise.goto(`/orders/${orderId}`);
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('delivered');
    await settled(enterprise);
    await enterprise.getByTestId('order-accept-delivery').click();
    await enterprise.getByTestId('order-accept-delivery-confirm').click();
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('completed');

    await enterprise.goto('/vouchers');
    await until(() => numberAttr(enterprise, `voucher-spent-${voucherId}`)).toBe(VOUCHER_SHARE);
    expect(await numberAttr(enterprise, `voucher-held-${voucherId}`)).toBe(0);
  });

  it('lets the provider claim settlement with the contract, invoice and proof of payment', async () => {
    await provider.goto('/provider/settlement');
    await provider.getByTestId(`claim-new-${orderId}`).click();
    await provider.locator('[data-testid="claim-contract"] input[type=file]').setInputFiles(pdf('contract'));
    await provider.locator('[data-testid="claim-invoice"] input[type=file]').setInputFiles(pdf('invoice'));
    await provider.locator('[data-testid="claim-proof"] input[type=file]').setInputFiles(pdf('payment-proof'));
    for (const field of ['claim-contract', 'claim-invoice', 'claim-proof'])
      await until(() => provider.getByTestId(field).getAttribute('data-count')).toBe('1');
    await provider.getByTestId('claim-submit').click();
    const row = provider.locator(`[data-testid^="claim-row-"][data-order-id="${orderId}"]`);
    await row.waitFor();
    claimId = Number((await row.getAttribute('data-testid'))?.replace('claim-row-', ''));
    await until(() => provider.getByTestId(`claim-status-${claimId}`).getAttribute('data-status')).toBe('submitted');
  });

  it('lets the admin approve the claim, put it in a batch and mark the batch paid', async () => {
    await admin.goto('/admin/vouchers/settlement?status=submitted');
    expect(await numberAttr(admin, `claim-amount-${claimId}`)).toBe(VOUCHER_SHARE);
    await admin.getByTestId(`claim-doc-${claimId}-contract`).waitFor();
    await admin.getByTestId(`claim-approve-${claimId}`).click();
    const reviewed = await clickForAnswer(
      admin,
      admin.getByTestId('claim-approve-confirm'),
      (r) => r.request().method() === 'POST' && r.url().includes(`/api/v1/voucher-claims/${claimId}/review`),
      "voucher.test.ts, the claim's approval",
    );
    expect(reviewed.ok()).toBe(true);
    await admin.getByTestId(`claim-row-${claimId}`).waitFor({ state: 'detached' });

    await admin.goto('/admin/vouchers/settlement?status=approved');
    await admin.getByTestId(`claim-row-${claimId}`).locator('input[type=checkbox]').check();
    await admin.getByTestId('batch-create').click();
    await admin.getByTestId('batch-create-confirm').click();
    await admin.getByTestId(`claim-row-${claimId}`).waitFor({ state: 'detached' });

    const claims = await (await admin.request.get('/api/v1/voucher-claims?status=batched')).json();
    const batchId = claims.items.find((c: { id: number }) => c.id === claimId).batchId as number;
    await until(() => admin.getByTestId(`batch-status-${batchId}`).getAttribute('data-status')).toBe('open');
    await admin.getByTestId(`batch-paid-${batchId}`).click();
    await admin.getByTestId('batch-paid-ref').fill('CZ-E2E-0001');
    await admin.getByTestId('batch-paid-confirm').click();
    await until(() => admin.getByTestId(`batch-status-${batchId}`).getAttribute('data-status')).toBe('paid');
  });

  it('leaves the voucher lower by the voucher share and the claim paid', async () => {
    await provider.reload();
    await until(() => provider.getByTestId(`claim-status-${claimId}`).getAttribute('data-status')).toBe('paid');
    const claims = await (await provider.request.get('/api/v1/voucher-claims')).json();
    expect(claims.items.find((c: { id: number }) => c.id === claimId)).toMatchObject({
      orderId,
      amount: VOUCHER_SHARE,
      status: 'paid',
    });

    await enterprise.goto('/vouchers');
    await until(() => numberAttr(enterprise, `voucher-balance-${voucherId}`)).toBe(APPLIED - VOUCHER_SHARE);
    const voucher = await (await enterprise.request.get(`/api/v1/vouchers/${voucherId}`)).json();
    expect(voucher).toMatchObject({ amount: APPLIED, balance: APPLIED - VOUCHER_SHARE, held: 0, spent: VOUCHER_SHARE });
    await Promise.all([admin, enterprise, provider].map((p) => p.context().close()));
  });
});
