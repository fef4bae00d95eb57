import { crc32, deflateSync } from 'node:zlib';
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

/** A real 2 × 2 PNG of one random colour, so that each run uploads a picture of its own. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rgb = [0, 1, 2].map(() => Math.floor(Math.random() * 256));
  const row = Buffer.from([0, ...rgb, ...rgb]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat([row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Picks an option of the antd Select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

describe('双创资讯 in the browser', () => {
  it('an administrator writes a notice in the editor and publishes it; a visitor on a phone finds it on the home page and reads it', async () => {
    const stamp = Date.now().toString(36);
    const title = `示例端到端通知${stamp}`;

    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    await admin.goto('/admin/news');
    await admin.getByTestId('news-new').click();
    await admin.waitForURL('**/admin/news/new');
    // The list's own 栏目 filter is on screen until the editor replaces it.
    await admin.getByTestId('news-form').waitFor();
    await choose(admin, '栏目', '通知公告');
    await admin.getByTestId('news-title').fill(title);
    await admin.getByTestId('news-summary').fill(`示例摘要${stamp}`);

    // The body: a paragraph, then bold text switched on from the toolbar by keyboard, then a picture.
    const body = admin.getByTestId('editor-content');
    await body.click();
    await admin.keyboard.type('各有关企业：示例正文第一段。');
    await admin.keyboard.press('Enter');
    // The toolbar is one tab stop; the arrow keys move inside it.
    await admin.getByTestId('editor-h2').focus();
    await admin.keyboard.press('ArrowRight');
    await admin.keyboard.press('ArrowRight');
    await until(() => admin.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-bold');
    await until(() => admin.getByTestId('editor-italic').getAttribute('tabindex')).toBe('-1');
    await admin.keyboard.press('Enter');
    await admin.keyboard.type(`加粗的要点${stamp}`);
    await until(() => admin.getByTestId('editor-bold').getAttribute('aria-pressed')).toBe('true');
    await admin
      .getByTestId('editor-image-input')
      .setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: png() });
    await until(() => body.locator('img').count()).toBe(1);
    await until(() => admin.getByTestId('rich-editor').getAttribute('data-uploading')).toBe('false');

    // The preview shows the body as it will read.
    await admin.getByTestId('news-preview').click();
    await until(() => admin.getByTestId('news-preview-body').locator('strong').textContent()).toBe(
      `加粗的要点${stamp}`,
    );
    await admin.keyboard.press('Escape');

    await admin.getByTestId('news-publish').click();
    await admin.waitForURL(/\/admin\/news\/\d+\/edit$/);
    await until(() => admin.getByTestId('news-status').getAttribute('data-status')).toBe('published');
    const id = Number(/\/admin\/news\/(\d+)\/edit$/.exec(admin.url())?.[1]);
    expect(id).toBeGreaterThan(0);
    await admin.goto(`/admin/news?q=${encodeURIComponent(stamp)}`);
    await until(() => admin.getByTestId(`news-admin-status-${id}`).getAttribute('data-status')).toBe('published');
    await admin.context().close();

    const phone = await newPage(browser, baseUrl, 390, 844);
    await phone.goto('/');
    const line = phone.getByTestId('home-notices').getByRole('link', { name: title });
    await line.waitFor();
    await line.click();
    await phone.waitForURL(`**/news/${id}`);
    await until(() => phone.locator('h1').textContent()).toBe(title);
    const read = phone.getByTestId('news-body');
    expect(await read.textContent()).toContain('各有关企业：示例正文第一段。');
    expect(await read.locator('strong').textContent()).toBe(`加粗的要点${stamp}`);
    // The picture uploaded in a draft is public now that the article is, and loads for an anonymous visitor.
    await until(() => read.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(
      2,
    );
    expect(await phone.getByTestId('news-meta').textContent()).toContain('科技创新部');
    const wide = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(wide).toBe(false);
    await phone.context().close();
  });

  it('lists the sections by tab, with the tab in the URL', async () => {
    const page = await newPage(browser, baseUrl, 1440);
    await page.goto('/news');
    await page.getByRole('tab', { name: '活动预告' }).click();
    await page.waitForURL(/category=event/);
    const results = page.getByTestId('news-results');
    // Every card is an event once the list of the tab has replaced the list of all sections.
    const sections = async () =>
      [...new Set(await results.locator('.ant-tag').allTextContents())].filter((t) =>
        ['通知公告', '政策解读', '双创资讯', '活动预告'].includes(t),
      );
    await until(sections).toEqual(['活动预告']);
    await page.getByRole('tab', { name: '全部' }).click();
    await until(() => page.url()).not.toContain('category=');
    await until(async () => (await sections()).length).toBeGreaterThan(1);
    await page.context().close();
  });
});
