import type { Browser, Page } from 'playwright-core';
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

/** A call of the API with the page's session (setting up what the test does not click through). */
const call = (page: Page, method: string, path: string, body?: object) =>
  page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(`/api/v1${p}`, {
        method: m,
        headers: b === undefined ? {} : { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
    },
    [method, path, body] as const,
  );

const idIn = (testId: string | null, pattern: RegExp) => Number(testId?.match(pattern)?.[1]);

describe('a need matched with achievements in the browser', () => {
  it('the broker finds a need waiting on its workbench, pushes a suggestion with its reasons; the enterprise answers', async () => {
    // The demo enterprise states a need, the administration publishes it: nobody has pushed for it yet.
    const enterprise = await newPage(browser, baseUrl, 1440);
    await loginAs(enterprise, 'enterprise');
    const stamp = String(Date.now());
    const created = await call(enterprise, 'POST', '/market/needs', {
      title: `示例异质结电池低温银浆国产化需求 ${stamp}`,
      summary: '示例需求：异质结电池金属化用低温银浆依赖进口，寻求低温银浆配方与制备工艺，降低银耗与成本。',
      field: 'energy',
      targets: [{ indicator: '体电阻率', operator: 'lte', value: 6, unit: 'μΩ·cm' }],
      budgetMinFen: 10_000_000,
      budgetMaxFen: 300_000_000,
      deadline: '2099-12-31',
      keywords: ['低温银浆', '异质结'],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const needId = Number(created.body?.id);
    expect((await call(enterprise, 'POST', `/market/needs/${needId}/submit`, {})).status).toBe(200);
    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    const published = await call(admin, 'POST', `/market/needs/${needId}/review`, { decision: 'publish', note: '' });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    await admin.context().close();

    // The demo broker (an expert the administration named 技术经理人) lands on its workbench: the needs waiting for
    // a broker lead to its desk, where the new need is to review.
    const broker = await newPage(browser, baseUrl, 1440);
    await loginAs(broker, 'broker');
    await broker.waitForURL('**/workbench');
    const item = broker.getByTestId('work-item-market.broker_needs');
    await item.waitFor();
    await item.click();
    await broker.waitForURL((url) => `${url.pathname}${url.search}` === '/my/market/broker?waiting=true');
    await broker.getByTestId(`broker-need-${needId}`).waitFor();
    expect(await broker.getByTestId(`broker-need-state-${needId}`).getAttribute('data-pushes')).toBe('0');

    // On the need it reviews the suggestions with their reasons and pushes the first.
    await broker.getByTestId(`broker-need-${needId}`).click();
    await broker.waitForURL(`**/market/needs/${needId}`);
    await broker.getByTestId('suggestions').waitFor();
    await settled(broker);
    const push = broker.locator('[data-testid^="suggestion-"][data-testid$="-push"]').first();
    await push.waitFor();
    const id = idIn(await push.getAttribute('data-testid'), /suggestion-(\d+)-push/);
    expect(id).toBeGreaterThan(0);
    expect(await broker.getByTestId(`suggestion-reasons-${id}`).textContent()).toMatch(/同一技术领域|价格|阶段/);
    await push.click();
    await until(() => broker.getByTestId(`suggestion-${id}`).locator('[data-answer]').getAttribute('data-answer')).toBe(
      'waiting',
    );
    // The desk shows it pushed (found by its title), and no longer among those waiting for a broker.
    await broker.goto(`/my/market/broker?q=${stamp}`);
    await until(() => broker.getByTestId(`broker-need-state-${needId}`).getAttribute('data-pushes')).toBe('1');
    await broker.goto('/my/market/broker?waiting=true');
    await broker.locator('[data-testid="broker-needs"] .ant-table-row').first().waitFor();
    await settled(broker);
    expect(await broker.getByTestId(`broker-need-${needId}`).count()).toBe(0);

    // The enterprise finds it on its need and says it is interested.
    await enterprise.goto(`/my/market/needs/${needId}`);
    await enterprise.getByTestId('pushes').waitFor();
    await until(() => enterprise.getByTestId(`push-${id}`).getAttribute('data-answer')).toBe('waiting');
    await settled(enterprise);
    await enterprise.getByTestId(`push-${id}-interested`).click();
    await until(() => enterprise.getByTestId(`push-${id}`).getAttribute('data-answer')).toBe('interested');

    // On its TOPCon need the seeded suggestion still waits: not relevant, with the reason.
    await enterprise.goto('/my/market/needs/1');
    await enterprise.getByTestId('pushes').waitFor();
    const waiting = enterprise.locator('[data-testid^="push-"][data-answer="waiting"]').first();
    await waiting.waitFor();
    const other = idIn(await waiting.getAttribute('data-testid'), /push-(\d+)/);
    await settled(enterprise);
    await enterprise.getByTestId(`push-${other}-not-relevant`).click();
    await enterprise.getByTestId('push-refuse-reason').fill('示例：封装胶膜不在本次改造范围内');
    await enterprise.getByTestId('push-refuse-confirm').click();
    await until(() => enterprise.getByTestId(`push-${other}`).getAttribute('data-answer')).toBe('not_relevant');
    expect(await enterprise.getByTestId(`push-${other}`).textContent()).toContain('封装胶膜不在本次改造范围内');

    // The broker sees the answer on the suggestion it pushed.
    await broker.goto(`/market/needs/${needId}`);
    await until(() => broker.getByTestId(`suggestion-${id}`).locator('[data-answer]').getAttribute('data-answer')).toBe(
      'interested',
    );
  });

  it('the administration adds a term to the matching dictionary and sees the re-index finish', async () => {
    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    await admin.goto('/admin/market/dictionary');
    await admin.getByTestId('match-index').waitFor();
    await settled(admin);
    await admin.getByTestId('term-new').click();
    const term = `示例钽铌锂${Date.now() % 100_000}`;
    await admin.getByTestId('term-term').fill(term);
    await admin.getByTestId('term-note').fill('示例：铁电晶体');
    await admin.getByTestId('term-save').click();
    await admin.getByTestId(`term-row-${term}`).waitFor();
    // Every achievement is indexed again with the new word; the page follows the progress to its end.
    await until(() => admin.getByTestId('match-index').getAttribute('data-done')).toBe('true');
    const indexed = await admin.getByTestId('match-index').getAttribute('data-indexed');
    expect(Number(indexed)).toBeGreaterThan(0);
    expect(indexed).toBe(await admin.getByTestId('match-index').getAttribute('data-total'));
  });
});
