import type { Browser, Page } from 'playwright-core';
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

const ADMIN = [
  'org.verifications',
  'ip.verifications',
  'ip.cases',
  'market.achievements',
  'market.needs',
  'market.registrations',
  'cultivation.tasks',
  'voucher.applications',
  'voucher.claims',
  'voucher.reimbursements',
  'order.disputes',
  'policy.applications',
  'policy.fast_due',
  'notification.unread',
];
/** A zone-wide administrator also sees the finance office's items (a 科技创新部 one does not). */
const SUPERADMIN = [...ADMIN.slice(0, 6), 'finance.products', 'finance.overdue', ...ADMIN.slice(6)];
const ENTERPRISE = [
  'market.pushes',
  'market.deals',
  'market.registrations_returned',
  'market.event_invitations',
  'finance.needs_open',
  'finance.cases_active',
  'voucher.active',
  'voucher.suggestions',
  'order.quotes',
  'order.deliveries',
  'booking.confirmed',
  'policy.fits',
  'policy.fits_need_data',
  'policy.returned',
  'policy.auto_confirm',
  'notification.unread',
];
const PROVIDER = [
  'voucher.claimable',
  'voucher.returned',
  'order.quotes',
  'order.deliveries',
  'order.requests',
  'order.accepted',
  'order.in_service',
  'booking.approvals',
  'booking.confirmed',
  'notification.unread',
];

/** The workbench's items as shown: key, count, link and label. */
async function items(page: Page) {
  await page.locator('[data-testid="workbench"][data-loaded="true"]').waitFor({ timeout: 20_000 });
  return page.locator('a[data-testid^="work-item-"]').evaluateAll((links) =>
    links.map((a) => ({
      key: (a.getAttribute('data-testid') as string).replace('work-item-', ''),
      count: Number(a.getAttribute('data-count')),
      link: a.getAttribute('href') as string,
      label: (a.textContent ?? '').trim(),
    })),
  );
}

/** The API's total of a list, fetched with the page's session. */
const total = (page: Page, path: string) =>
  page.evaluate(async (p) => (await (await fetch(`/api/v1${p}`)).json()).total as number, path);

describe('every demo role lands on its workbench, whose items lead to their lists', () => {
  for (const [username, keys] of [
    ['admin', ADMIN],
    ['superadmin', SUPERADMIN],
    ['enterprise', ENTERPRISE],
    ['provider', PROVIDER],
    ['finance', ['finance.pushed', 'finance.to_contact', 'finance.cases_open', 'notification.unread']],
    ['expert', ['ip.cases_assigned', 'market.broker_needs', 'notification.unread']],
    ['evaluator', ['policy.evaluation', 'notification.unread']],
  ] as const) {
    it(`${username}: lands on the workbench with its items, and each link opens its list`, async () => {
      const page = await newPage(browser, baseUrl);
      await loginAs(page, username);
      await page.waitForURL('**/workbench');
      const shown = await items(page);
      expect(shown.map((i) => i.key)).toEqual(keys);
      for (const i of shown) {
        expect(Number.isInteger(i.count) && i.count >= 0, i.key).toBe(true);
        // A label in the page's language, not a raw key.
        expect(i.label, i.key).not.toContain(i.key);
        expect(i.label).toMatch(/[\u4e00-\u9fff]/);
      }
      if (username === 'admin') {
        const verifications = shown.find((i) => i.key === 'org.verifications');
        // The demo has enterprises waiting for verification; the count is the list's.
        expect(verifications?.count).toBeGreaterThan(0);
        expect(verifications?.count).toBe(await total(page, '/orgs?status=pending&pageSize=1'));
        const ip = shown.find((i) => i.key === 'ip.verifications');
        expect(ip?.count).toBeGreaterThan(0);
        expect(ip?.count).toBe(await total(page, '/ip/records?verification=pending&pageSize=1'));
        // The demo enterprise's achievement waiting for review.
        const achievements = shown.find((i) => i.key === 'market.achievements');
        expect(achievements?.count).toBeGreaterThan(0);
        expect(achievements?.count).toBe(await total(page, '/market/achievements?status=submitted&pageSize=1'));
      }
      if (username === 'provider') {
        const requests = shown.find((i) => i.key === 'order.requests');
        expect(requests?.count).toBe(await total(page, '/orders?scope=provider&status=requested&pageSize=1'));
      }
      for (const i of shown) {
        await page.getByTestId(`work-item-${i.key}`).click();
        await page.waitForURL((url) => `${url.pathname}${url.search}` === i.link);
        await until(() => page.locator('.page-header, .ant-result').count()).toBeGreaterThan(0);
        expect(await page.locator('.ant-result-404, .ant-result-403').count(), i.link).toBe(0);
        await page.goBack();
        await page.locator('[data-testid="workbench"][data-loaded="true"]').waitFor();
      }
      await page.context().close();
    });
  }
});
