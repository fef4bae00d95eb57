import { addDays, shanghaiDate, shanghaiInstant, shanghaiParts } from '@cz/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height: 900 }, locale: 'zh-CN' });
  return context.newPage();
}

async function loginAs(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A weekday at least two days ahead (Shanghai calendar), so that the 2-hour notice and the opening hours hold. */
function bookingDate(): string {
  let d = addDays(shanghaiDate(new Date()), 2);
  while (shanghaiParts(shanghaiInstant(d)).isoWeekday > 5) d = addDays(d, 1);
  return d;
}

/** Page loads include lazy chunks: state waits get room on a busy two-core machine. */
const wait = { timeout: 20_000, interval: 100 };
const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, wait);

const MORNING = ['0830', '0900', '0930', '1000', '1030', '1100'];

describe('an enterprise books instrument time, the provider approves and records the use, the enterprise rates it', () => {
  const date = bookingDate();
  let enterprise: Page;
  let provider: Page;
  let orderId = 0;
  let bookingId = 0;
  let instrumentId = 0;

  it('finds a mass spectrometer by a Chinese keyword and books a morning hour on the calendar', async () => {
    enterprise = await newPage();
    await loginAs(enterprise, 'enterprise');
    await enterprise.goto('/instruments');
    await enterprise.getByTestId('instrument-search').locator('input').fill('质谱');
    await enterprise.getByTestId('instrument-search').locator('input').press('Enter');
    await enterprise.waitForURL(/q=/);
    const card = enterprise.locator('[data-testid^="instrument-card-"]').filter({ hasText: 'GC-MS' });
    await card.first().waitFor();
    instrumentId = Number((await card.first().getAttribute('data-testid'))?.replace('instrument-card-', ''));
    await card.first().click();
    await enterprise.waitForURL(`**/instruments/${instrumentId}`);
    await until(() => enterprise.getByTestId('instrument-name').textContent()).toContain('GC-MS');

    // Walk the week view forward until the target day is on screen.
    const picker = enterprise.locator('[data-testid="slot-picker"][data-loaded="true"]');
    for (let i = 0; i < 4; i++) {
      await picker.waitFor();
      const to = await picker.getAttribute('data-to');
      if (to && to >= date) break;
      await enterprise.getByTestId('calendar-next-week').click();
      await enterprise
        .locator(`[data-testid="slot-picker"][data-to="${addDays(to as string, 7)}"][data-loaded="true"]`)
        .waitFor();
    }
    // The first morning hour whose two half-hour cells are both free.
    let start = '';
    for (let i = 0; i + 1 < MORNING.length; i++) {
      const a = await enterprise.getByTestId(`slot-${date}-${MORNING[i]}`).getAttribute('data-state');
      const b = await enterprise.getByTestId(`slot-${date}-${MORNING[i + 1]}`).getAttribute('data-state');
      if (a === 'free' && b === 'free') {
        start = MORNING[i] as string;
        await enterprise.getByTestId(`slot-${date}-${start}`).click();
        await enterprise.getByTestId(`slot-${date}-${MORNING[i + 1]}`).click();
        break;
      }
    }
    expect(start).not.toBe('');
    await until(() => enterprise.getByTestId(`slot-${date}-${start}`).getAttribute('data-state')).toBe('selected');
    const hh = Number(start.slice(0, 2));
    const endText = `${date} ${String(hh + 1).padStart(2, '0')}:${start.slice(2)}`;
    await until(() => enterprise.getByTestId('book-end').textContent()).toBe(endText);
    // 1 hour at the external price of ¥350.00
    await until(() => enterprise.getByTestId('book-fee').textContent()).toContain('350.00');

    await enterprise.getByTestId('book-purpose').fill('端到端测试：挥发性有机物分析');
    await enterprise.getByTestId('book-samples').fill('3');
    await enterprise.getByTestId('book-submit').click();
    const done = enterprise.getByTestId('book-view-order');
    await done.waitFor();
    orderId = Number(await done.getAttribute('data-order-id'));
    bookingId = Number(await done.getAttribute('data-booking-id'));
    expect(orderId).toBeGreaterThan(0);
    expect(bookingId).toBeGreaterThan(0);
    // The new booking is now the enterprise's own block on the calendar.
    await until(() => enterprise.getByTestId(`slot-${date}-${start}`).getAttribute('data-state')).toBe('mine');
  });

  it('lets the provider approve the request in its bookings', async () => {
    provider = await newPage();
    await loginAs(provider, 'provider');
    await provider.goto(`/provider/bookings?status=pending&instrumentId=${instrumentId}`);
    await provider.getByTestId(`booking-approve-${bookingId}`).click();
    await provider.getByTestId('booking-approve-confirm').click();
    // Approved, the request leaves the list of pending ones.
    await provider.getByTestId(`booking-row-${bookingId}`).waitFor({ state: 'detached' });
    await provider.goto(`/provider/bookings?status=confirmed&instrumentId=${instrumentId}`);
    await until(() => provider.getByTestId(`booking-status-${bookingId}`).getAttribute('data-status')).toBe(
      'confirmed',
    );
  });

  it('lets the enterprise accept the amount on the order page', async () => {
    await enterprise.goto(`/orders/${orderId}`);
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('quoted');
    await until(() => enterprise.getByTestId('order-amount').getAttribute('data-amount')).toBe('35000');
    await enterprise.getByTestId('order-accept').click();
    await enterprise.getByTestId('order-accept-confirm').click();
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('accepted');
  });

  it('lets the provider record the use for the booked time', async () => {
    await provider.reload();
    await provider.getByTestId(`booking-usage-${bookingId}`).click();
    await until(() => provider.getByTestId('usage-fee').textContent()).toContain('350.00');
    await provider.getByTestId('usage-operator').fill('示例操作员');
    await provider.getByTestId('usage-confirm').click();
    await provider.getByTestId('usage-confirm').waitFor({ state: 'detached' });
    await provider.goto(`/provider/bookings?status=completed&instrumentId=${instrumentId}`);
    await until(() => provider.getByTestId(`booking-status-${bookingId}`).getAttribute('data-status')).toBe(
      'completed',
    );
    await provider.context().close();
  });

  it('lets the enterprise accept the delivery and rate the order 5', async () => {
    await enterprise.reload();
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('delivered');
    // The server's note on the use (@booking.usage 60 35000 35000) is worded for the reader.
    await until(() => enterprise.getByTestId('order-delivery-note').textContent()).toContain('计费 60 分钟');
    expect(await enterprise.getByTestId('order-timeline').textContent()).not.toContain('@booking');
    await enterprise.getByTestId('order-accept-delivery').click();
    await enterprise.getByTestId('order-accept-delivery-confirm').click();
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('completed');
    await enterprise.getByTestId('order-rate').click();
    await enterprise.getByTestId('order-rate-stars').locator('li').nth(4).click();
    await enterprise.getByTestId('order-rate-comment').fill('测试及时，报告清楚');
    await enterprise.getByTestId('order-rate-confirm').click();
    await until(() => enterprise.getByTestId('order-rating').getAttribute('data-rating')).toBe('5');

    const res = await enterprise.request.get(`/api/v1/orders/${orderId}`);
    const order = await res.json();
    expect(order).toMatchObject({ status: 'completed', rating: 5, amount: 35000, bookingId });
    await enterprise.context().close();
  });
});
