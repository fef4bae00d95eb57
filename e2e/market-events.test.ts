import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, settled, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a 科技成果推送活动 in the browser', () => {
  it('lets the invited enterprise register; the administration checks it in and records the pair that met', async () => {
    // The demo's planned event (its second), to which the demo enterprise is invited.
    const enterprise = await newPage(browser, baseUrl, 1440);
    await loginAs(enterprise, 'enterprise');
    await enterprise.goto('/market/events');
    await until(() => enterprise.getByTestId('events-this-year').getAttribute('data-count')).not.toBe('0');
    await enterprise.getByTestId('event-link-2').click();
    await settled(enterprise);
    await enterprise.getByTestId('event-register').click();
    await enterprise.getByTestId('event-mine-registered').waitFor();

    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    await admin.goto('/admin/market/events/2');
    await until(() => admin.getByTestId('event-yield').getAttribute('data-meetings')).toBe('0');
    const orgId = (await (await enterprise.request.get('/api/v1/auth/me')).json()).org.id as number;
    await settled(admin);
    await admin.getByTestId(`event-check-in-${orgId}`).click();
    await until(() => admin.getByTestId(`event-check-in-${orgId}`).count()).toBe(0);
    // Each select by keyboard: open it, take the first option.
    await admin.getByTestId('event-meet-achievement').click();
    await admin.keyboard.press('Enter');
    await admin.getByTestId('event-meet-org').click();
    await admin.keyboard.press('Enter');
    await admin.getByTestId('event-meet').click();
    await until(() => admin.getByTestId('event-yield').getAttribute('data-meetings')).toBe('1');
    const y = await (await admin.request.get('/api/v1/market/events/2/yield')).json();
    expect(y.summary).toMatchObject({ invited: 1, registered: 1, checkedIn: 1, meetings: 1 });
    expect(y.meetings[0]).toMatchObject({ orgId, outcome: 'met' });
  }, 120_000);
});
