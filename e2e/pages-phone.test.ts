import { describe, expect, it } from 'vitest';
import { loginAs, newPage, serverUrl, until } from './helpers.ts';
import { PHONE, PHONE_LISTS, phoneWalk, settle, useBrowser, WIDTH } from './page-checks.ts';

/** List pages on a phone (cards, no sideways scroll, axe), cards that page, scrolling to the top, not-found pages. */
const browser = useBrowser();
for (const [role, paths] of Object.entries(PHONE_LISTS)) if (paths) phoneWalk(role as keyof typeof PHONE_LISTS, paths);

describe('cards on a phone', () => {
  it('are a list of items named by their titles, and page through the list in the URL', async () => {
    const page = await newPage(browser(), serverUrl(), PHONE.width, PHONE.height);
    await loginAs(page, 'admin');
    await page.goto('/admin/orgs?pageSize=5');
    await settle(page);
    const cards = page
      .getByRole('list')
      .filter({ has: page.locator('.data-card') })
      .getByRole('listitem');
    expect(await cards.count()).toBe(5);
    const first = cards.first();
    const title = (await first.getByRole('heading', { level: 3 }).textContent())?.trim();
    expect(title).toBeTruthy();
    expect(await page.getByRole('listitem', { name: title }).count()).toBeGreaterThan(0);
    await page.locator('.data-cards-pagination .ant-pagination-next').click();
    await page.waitForURL(/page=2/);
    await until(async () => (await cards.first().getByRole('heading', { level: 3 }).textContent())?.trim()).not.toBe(
      title,
    );
    expect(await cards.count()).toBe(5);
    await page.context().close();
  });
});

describe('scrolling', () => {
  it('opens a new page at its top, and a new page of a list at its top', async () => {
    const page = await newPage(browser(), serverUrl(), WIDTH);
    await loginAs(page, 'admin');
    await page.goto('/admin/orgs?pageSize=10');
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await until(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.locator('.ant-pagination-next button, .ant-pagination-next').first().click();
    await page.waitForURL(/page=2/);
    await until(() => page.evaluate(() => window.scrollY)).toBe(0);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await until(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '审计日志' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await until(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.context().close();
  });
});

describe('a record that does not exist', () => {
  it('shows a not-found page, not a retry button', async () => {
    const page = await newPage(browser(), serverUrl(), WIDTH);
    await loginAs(page, 'enterprise');
    for (const path of ['/orders/99999999', '/bookings/99999999', '/services/99999999', '/vouchers/schemes/99999999']) {
      await page.goto(path);
      await page.getByTestId('not-found').waitFor();
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.getByRole('button', { name: /重试|Retry/ }).count(), path).toBe(0);
    }
    await page.context().close();
  });
});
