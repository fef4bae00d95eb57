import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { bookingDate, loginAs, newPage as openPage, pickFreeHour, serverUrl, settled, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const newPage = (): Promise<Page> => openPage(browser, baseUrl);

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

    const start = await pickFreeHour(enterprise, date);
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

  it('shows the order waiting for the provider like its booking, its history starting with the request', async () => {
    await enterprise.goto(`/orders/${orderId}`);
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('requested');
    expect(await enterprise.getByTestId('order-status').textContent()).toBe('待服务方确认');
    await until(() => enterprise.getByTestId('booking-status').textContent()).toBe('待服务方确认');
    // The amount the enterprise agreed to by booking: one hour at the external price.
    expect(await enterprise.getByTestId('order-amount').getAttribute('data-amount')).toBe('35000');
    expect(await enterprise.getByTestId('order-event-0').textContent()).toBe('提交预约');
    expect(await enterprise.getByTestId('order-timeline').textContent()).not.toContain('待报价');
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

  it('shows the enterprise its order confirmed with the booking, with no amount left to accept', async () => {
    await enterprise.reload();
    await until(() => enterprise.getByTestId('order-status').getAttribute('data-status')).toBe('accepted');
    expect(await enterprise.getByTestId('order-status').textContent()).toBe('已确认');
    await until(() => enterprise.getByTestId('booking-status').textContent()).toBe('已确认');
    expect(await enterprise.getByTestId('order-amount').getAttribute('data-amount')).toBe('35000');
    expect(await enterprise.getByTestId('order-accept').count()).toBe(0);
    expect(await enterprise.getByTestId('order-event-0').textContent()).toBe('提交预约');
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
    await settled(enterprise);
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
