import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { newPage, serverUrl, until } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Box = { x: number; y: number; width: number; height: number };
type CardBoxes = { id: string; card: Box; parts: { name: string; box: Box }[] };

/** Each card's box and the boxes of its price, rating and foot, as laid out on the page. */
async function cardBoxes(page: Page, selector: string): Promise<CardBoxes[]> {
  return page.locator(selector).evaluateAll((links) =>
    links.map((link) => {
      const rect = (e: Element | null): Box => {
        const r = (e as Element).getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      };
      const card = link.querySelector('.market-card') as Element;
      const foot = card.querySelector('[data-testid="card-foot"]');
      const parts = foot
        ? [
            { name: 'foot', box: rect(foot) },
            { name: 'price', box: rect(foot.children[0] as Element) },
            { name: 'rating', box: rect(foot.children[1] as Element) },
          ]
        : [];
      return { id: link.getAttribute('data-testid') as string, card: rect(card), parts };
    }),
  );
}

function expectInside(cards: CardBoxes[], width: number) {
  expect(cards.length).toBeGreaterThan(0);
  for (const { id, card, parts } of cards) {
    expect(parts.map((p) => p.name)).toEqual(['foot', 'price', 'rating']);
    for (const { name, box } of parts) {
      const where = `${id} ${name} at ${width} px`;
      expect(box.height, where).toBeGreaterThan(0);
      expect(box.x, where).toBeGreaterThanOrEqual(card.x - 0.5);
      expect(box.y, where).toBeGreaterThanOrEqual(card.y - 0.5);
      expect(box.x + box.width, where).toBeLessThanOrEqual(card.x + card.width + 0.5);
      expect(box.y + box.height, where).toBeLessThanOrEqual(card.y + card.height + 0.5);
    }
  }
}

/** Scrolls every card into view (the images load lazily) and reports each card image's natural width. */
async function imageWidths(page: Page): Promise<{ id: string; src: string; naturalWidth: number }[]> {
  const images = page.locator('a[data-testid^="instrument-card-"] img[data-testid="instrument-card-image"]');
  const n = await images.count();
  for (let i = 0; i < n; i++) {
    const img = images.nth(i);
    await img.scrollIntoViewIfNeeded();
    await until(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
  }
  return images.evaluateAll((imgs) =>
    imgs.map((e) => ({
      id: (e.closest('a') as Element).getAttribute('data-testid') as string,
      src: (e as HTMLImageElement).currentSrc,
      naturalWidth: (e as HTMLImageElement).naturalWidth,
    })),
  );
}

describe('catalogue cards: price and rating inside every card, a picture on every instrument', () => {
  for (const width of [390, 1024, 1440]) {
    it(`lays out the instrument and service listings at ${width} px`, async () => {
      const page = await newPage(browser, baseUrl, width);
      await page.goto('/instruments?pageSize=24');
      const results = page.getByTestId('instrument-results');
      await until(async () => Number(await results.getAttribute('data-total'))).toBeGreaterThanOrEqual(20);
      const cards = page.locator('a[data-testid^="instrument-card-"]');
      await until(() => cards.count()).toBeGreaterThanOrEqual(20);
      const images = await imageWidths(page);
      expect(images).toHaveLength(await cards.count());
      expect(images.every((i) => i.naturalWidth > 0)).toBe(true);
      // Demo instruments have photos of their own (stored uploads).
      expect(images.every((i) => i.src.includes('/api/v1/uploads/'))).toBe(true);
      expectInside(await cardBoxes(page, 'a[data-testid^="instrument-card-"]'), width);

      await page.goto('/services?pageSize=24');
      const services = page.locator('a[data-testid^="service-card-"]');
      await until(() => services.count()).toBeGreaterThanOrEqual(12);
      expectInside(await cardBoxes(page, 'a[data-testid^="service-card-"]'), width);
      await page.context().close();
    });
  }

  it('shows the category drawing where an instrument has no photo or its photo does not load', async () => {
    const page = await newPage(browser, baseUrl, 1024);
    await page.route('**/api/v1/uploads/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('/instruments?pageSize=24');
    const cards = page.locator('a[data-testid^="instrument-card-"]');
    await until(() => cards.count()).toBeGreaterThanOrEqual(20);
    const images = await imageWidths(page);
    expect(images.every((i) => i.naturalWidth > 0 && !i.src.includes('/api/v1/uploads/'))).toBe(true);
    // Vite inlines small drawings as data URLs; larger ones would be files of their own.
    expect(images.every((i) => i.src.startsWith('data:image/svg+xml') || i.src.endsWith('.svg'))).toBe(true);
    // One drawing per category: the listing's several categories show several drawings.
    expect(new Set(images.map((i) => i.src)).size).toBeGreaterThanOrEqual(5);
    expectInside(await cardBoxes(page, 'a[data-testid^="instrument-card-"]'), 1024);
    await page.context().close();
  });
});
