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

describe('a need matched with achievements in the browser', () => {
  it('the broker pushes a suggestion with its reasons; the enterprise answers interested, and not relevant with a reason', async () => {
    // The administration acts as 技术经理人 (the demo expert is one too, but another test changes its password): on
    // the demo enterprise's TOPCon need it sees the suggestions with their reasons.
    const broker = await newPage(browser, baseUrl, 1440);
    await loginAs(broker, 'admin');
    await broker.goto('/market/needs/1');
    await broker.getByTestId('suggestions').waitFor();
    await settled(broker);
    const push = broker.locator('[data-testid^="suggestion-"][data-testid$="-push"]').first();
    await push.waitFor();
    const id = Number((await push.getAttribute('data-testid'))?.match(/suggestion-(\d+)-push/)?.[1]);
    expect(id).toBeGreaterThan(0);
    expect(await broker.getByTestId(`suggestion-reasons-${id}`).textContent()).toMatch(/同一技术领域|价格|阶段/);
    await push.click();
    await until(() => broker.getByTestId(`suggestion-${id}`).locator('[data-answer]').getAttribute('data-answer')).toBe(
      'waiting',
    );

    // The enterprise finds it on its need with the seeded one still waiting, and answers both.
    const enterprise = await newPage(browser, baseUrl, 1440);
    await loginAs(enterprise, 'enterprise');
    await enterprise.goto('/my/market/needs/1');
    await enterprise.getByTestId('pushes').waitFor();
    await until(() => enterprise.getByTestId(`push-${id}`).getAttribute('data-answer')).toBe('waiting');
    await settled(enterprise);
    await enterprise.getByTestId(`push-${id}-interested`).click();
    await until(() => enterprise.getByTestId(`push-${id}`).getAttribute('data-answer')).toBe('interested');
    const waiting = enterprise.locator('[data-testid^="push-"][data-answer="waiting"]').first();
    const other = Number((await waiting.getAttribute('data-testid'))?.match(/push-(\d+)/)?.[1]);
    await settled(enterprise);
    await enterprise.getByTestId(`push-${other}-not-relevant`).click();
    await enterprise.getByTestId('push-refuse-reason').fill('示例：封装胶膜不在本次改造范围内');
    await enterprise.getByTestId('push-refuse-confirm').click();
    await until(() => enterprise.getByTestId(`push-${other}`).getAttribute('data-answer')).toBe('not_relevant');
    expect(await enterprise.getByTestId(`push-${other}`).textContent()).toContain('封装胶膜不在本次改造范围内');

    // The broker sees the answer on the suggestion.
    await broker.reload();
    await until(() => broker.getByTestId(`suggestion-${id}`).locator('[data-answer]').getAttribute('data-answer')).toBe(
      'interested',
    );
  });
});
