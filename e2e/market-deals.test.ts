import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverDatabaseUrl, serverUrl, settled, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
let admin: Page;
let enterprise: Page;
let university: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newPage(browser, baseUrl, 1440);
  enterprise = await newPage(browser, baseUrl, 1440);
  university = await newPage(browser, baseUrl, 1440);
  await loginAs(admin, 'admin');
  await loginAs(enterprise, 'enterprise');
  await loginAs(university, 'university');
});
afterAll(async () => {
  await browser?.close();
});

/** Runs SQL on the server's database: a test moves a date the server's clock cannot (the end of a public notice). */
async function onDatabase(text: string, values: unknown[]) {
  const db = new pg.Client({ connectionString: serverDatabaseUrl() });
  await db.connect();
  try {
    return (await db.query(text, values)).rows;
  } finally {
    await db.end();
  }
}

const AGREED = 450_000; // 元
const EQUIPMENT = 50_000; // 元

describe('from a need to a registered contract and its certificate, in the browser', () => {
  let achievementId = 0;
  let dealId = 0;
  let contractId = 0;
  let registrationId = 0;
  let number = '';

  it('pushes a university achievement suggested for the TOPCon need; the enterprise answers interested and inquires', async () => {
    // Among the suggestions for the demo enterprise's need, one of 示例理工学院's that nobody pushed yet.
    const suggestions = await (await admin.request.get('/api/v1/market/needs/1/suggestions?limit=10')).json();
    const pick = suggestions.items.find(
      (s: { achievement: { ownerName: string }; reasons: { feedback: string | null } }) =>
        s.achievement.ownerName === '示例理工学院' && s.reasons.feedback === null,
    );
    expect(pick, 'a suggestion of the demo university').toBeTruthy();
    achievementId = pick.achievement.id;
    await admin.goto('/market/needs/1');
    await admin.getByTestId('suggestions').waitFor();
    await settled(admin);
    await admin.getByTestId(`suggestion-${achievementId}-push`).click();
    await until(() =>
      admin.getByTestId(`suggestion-${achievementId}`).locator('[data-answer]').getAttribute('data-answer'),
    ).toBe('waiting');

    await enterprise.goto('/my/market/needs/1');
    await enterprise.getByTestId('pushes').waitFor();
    await settled(enterprise);
    await enterprise.getByTestId(`push-${achievementId}-interested`).click();
    await until(() => enterprise.getByTestId(`push-${achievementId}`).getAttribute('data-answer')).toBe('interested');
    await enterprise.getByTestId(`push-${achievementId}-inquire`).click();
    await enterprise.getByTestId('achievement-inquire').click();
    await enterprise.getByTestId('inquire-message').fill('示例：我司 TOPCon 产线拟引进该技术，请介绍转让条件与报价。');
    await enterprise.getByTestId('inquire-confirm').click();
    await enterprise.waitForURL(/\/my\/market\/deals\/\d+$/);
    dealId = Number(new URL(enterprise.url()).pathname.split('/').pop());
    await until(() => enterprise.getByTestId('deal-status').getAttribute('data-status')).toBe('negotiating');
    const deal = await (await enterprise.request.get(`/api/v1/market/deals/${dealId}`)).json();
    expect(deal).toMatchObject({ needId: 1, achievementId, sellerPublic: true });
  }, 120_000);

  it('lets the university offer a price and the enterprise accept it: the agreed price goes on public notice', async () => {
    await university.goto(`/my/market/deals/${dealId}`);
    await until(() => university.getByTestId('deal-thread').getAttribute('data-count')).toBe('1');
    await university.getByTestId('deal-body').fill('示例：可一次性转让，含三个月现场指导。');
    await university.getByTestId('deal-offer').fill(String(AGREED));
    await university.getByTestId('deal-send').click();
    await until(() => university.getByTestId('deal-thread').getAttribute('data-count')).toBe('2');

    await enterprise.reload();
    await enterprise.getByTestId('offer-accept').click();
    await enterprise.getByTestId('offer-accept-confirm').click();
    await until(() => enterprise.getByTestId('deal-status').getAttribute('data-status')).toBe('notice');
    expect(Number(await enterprise.getByTestId('deal-agreed').getAttribute('data-amount'))).toBe(AGREED * 100);
    // On notice, no contract yet; the public sees the agreed price.
    expect(await enterprise.getByTestId('deal-draft-contract').count()).toBe(0);
    const notices = await (await enterprise.request.get('/api/v1/market/deal-notices?pageSize=200')).json();
    expect(notices.items.map((n: { dealId: number }) => n.dealId)).toContain(dealId);
  }, 90_000);

  it('drafts the contract after the notice, with a non-technical cost: 技术交易额 is the amount less it', async () => {
    // Sixteen days pass: the notice ends.
    await onDatabase(
      'UPDATE market_deals SET notice_from = notice_from - 16, notice_until = notice_until - 16 WHERE id = $1',
      [dealId],
    );
    await university.goto(`/my/market/deals/${dealId}`);
    await university.getByTestId('deal-draft-contract').click();
    await university.getByTestId('contract-title').waitFor();
    expect(await university.getByTestId('contract-amount').inputValue()).toBe('450000.00');
    await university.getByTestId('contract-add-cost').click();
    await university.getByTestId('contract-cost-desc-0').fill('示例：配套检测设备一台');
    await university.getByTestId('contract-cost-0').fill(String(EQUIPMENT));
    await until(() => university.getByTestId('contract-tech-trade').getAttribute('data-amount')).toBe(
      String((AGREED - EQUIPMENT) * 100),
    );
    await university.getByTestId('contract-save').click();
    await university.waitForURL(/\/my\/market\/contracts\/\d+$/);
    contractId = Number(new URL(university.url()).pathname.split('/').pop());
    await until(() => university.getByTestId('contract-status').getAttribute('data-status')).toBe('draft');
    expect(Number(await university.getByTestId('contract-tech-trade').getAttribute('data-amount'))).toBe(
      (AGREED - EQUIPMENT) * 100,
    );
  }, 90_000);

  it('is signed when both sides confirm; the university adds the scan and applies for registration', async () => {
    await settled(university);
    await university.getByTestId('contract-confirm').click();
    await until(() => university.getByTestId('contract-confirm').count()).toBe(0);
    await enterprise.goto(`/my/market/contracts/${contractId}`);
    await settled(enterprise);
    await enterprise.getByTestId('contract-confirm').click();
    await until(() => enterprise.getByTestId('contract-status').getAttribute('data-status')).toBe('signed');

    await university.reload();
    await university.locator('[data-testid="contract-scan-upload"] input[type=file]').setInputFiles({
      name: '示例合同签署页.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 示例签署页'),
    });
    await until(() => university.getByTestId('contract-scan-upload').getAttribute('data-count')).toBe('1');
    await university.getByTestId('contract-scan-save').click();
    await university.getByTestId('contract-scan').waitFor();
    await university.getByTestId('contract-apply').click();
    await university.waitForURL(/\/my\/market\/registrations\/\d+$/);
    registrationId = Number(new URL(university.url()).pathname.split('/').pop());
    await until(() => university.getByTestId('registration-status').getAttribute('data-status')).toBe('submitted');
    // 技术交易额 40万 is below 500万: the ordinary 15 working days.
    expect(await university.getByTestId('registration-due').getAttribute('data-limit')).toBe('15');
  }, 90_000);

  it('lets the registration point register it: a number, a certificate PDF and a public check by its QR code', async () => {
    await admin.goto(`/admin/market/registrations/${registrationId}`);
    await settled(admin);
    await admin.getByTestId('registration-register').click();
    await admin.getByTestId('registration-register-confirm').click();
    await until(() => admin.getByTestId('registration-status').getAttribute('data-status')).toBe('registered');
    number = ((await admin.getByTestId('registration-number').textContent()) ?? '').trim();
    expect(number).toMatch(/^\d{2}140401\d{6}$/);

    await university.reload();
    await until(() => university.getByTestId('registration-number').textContent()).toBe(number);
    expect(await university.getByTestId('registration-tax').locator('[data-code]').count()).toBe(2);
    const href = await university.getByTestId('registration-certificate').getAttribute('href');
    const pdf = await university.request.get(href as string);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Anyone checks the certificate with the code its QR code carries.
    const [row] = await onDatabase('SELECT verify_code FROM market_registrations WHERE id = $1', [registrationId]);
    const visitor = await newPage(browser, baseUrl, 1440);
    await visitor.goto(`/verify/contract/${number}?code=${row.verify_code}`);
    await until(() => visitor.getByTestId('verify-result').getAttribute('data-number')).toBe(number);
    expect(Number(await visitor.getByTestId('verify-tech-trade').getAttribute('data-amount'))).toBe(
      (AGREED - EQUIPMENT) * 100,
    );
    await visitor.goto(`/verify/contract/${number}?code=AAAAAAAAAA`);
    await visitor.getByTestId('verify-failed').waitFor();
  }, 90_000);
});
