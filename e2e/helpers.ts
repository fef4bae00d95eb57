import { appendFileSync } from 'node:fs';
import { addDays, shanghaiDate, shanghaiInstant, shanghaiParts } from '@cz/shared';
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { expect, inject } from 'vitest';

/**
 * The server this test file talks to: global setup starts one per e2e worker, each on its own copy of the demo
 * database, so that files running side by side do not change each other's data.
 */
const worker = () => {
  const urls = inject('baseUrls');
  const id = Number(process.env.VITEST_POOL_ID ?? 1);
  return (Number.isInteger(id) && id >= 1 ? id - 1 : 0) % urls.length;
};
export const serverUrl = (): string => inject('baseUrls')[worker()] as string;
/** That server's database, for a test that must move a date the server's clock cannot (a notice period). */
export const serverDatabaseUrl = (): string => inject('databaseUrls')[worker()] as string;
/** That server's log file. */
export const serverLog = (): string => inject('serverLogs')[worker()] as string;

/**
 * A line for the run's notes: what a test saw that did not fail it but should be read (a retried click). `npm test`
 * prints the notes at its end, where a CI log's tail shows them.
 */
export function noteForRun(text: string) {
  process.stdout.write(`\n[note] ${text}\n`);
  const file = process.env.E2E_NOTES_FILE;
  if (file) appendFileSync(file, `${new Date().toISOString()} ${text}\n`);
}

export async function newPage(browser: Browser, baseUrl: string, width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height }, locale: 'zh-CN' });
  return context.newPage();
}

export async function loginAs(page: Page, username: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('Changzhi-Demo-2026');
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A weekday at least two days ahead (Shanghai calendar), so that the 2-hour notice and the opening hours hold. */
export function bookingDate(): string {
  let d = addDays(shanghaiDate(new Date()), 2);
  while (shanghaiParts(shanghaiInstant(d)).isoWeekday > 5) d = addDays(d, 1);
  return d;
}

/** Page loads include lazy chunks: state waits get room on a busy two-core machine. */
const wait = { timeout: 20_000, interval: 100 };
export const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, wait);

const MORNING = ['0830', '0900', '0930', '1000', '1030', '1100'];

/**
 * On an instrument's page, walks the week view to `date` and selects the first morning hour whose two half-hour
 * cells are both free; returns its start (HHMM), or '' when the morning is full.
 */
export async function pickFreeHour(page: Page, date: string): Promise<string> {
  const picker = page.locator('[data-testid="slot-picker"][data-loaded="true"]');
  for (let i = 0; i < 4; i++) {
    await picker.waitFor();
    const to = await picker.getAttribute('data-to');
    if (to && to >= date) break;
    await page.getByTestId('calendar-next-week').click();
    await page
      .locator(`[data-testid="slot-picker"][data-to="${addDays(to as string, 7)}"][data-loaded="true"]`)
      .waitFor();
  }
  for (let i = 0; i + 1 < MORNING.length; i++) {
    const a = await page.getByTestId(`slot-${date}-${MORNING[i]}`).getAttribute('data-state');
    const b = await page.getByTestId(`slot-${date}-${MORNING[i + 1]}`).getAttribute('data-state');
    if (a === 'free' && b === 'free') {
      await page.getByTestId(`slot-${date}-${MORNING[i]}`).click();
      await page.getByTestId(`slot-${date}-${MORNING[i + 1]}`).click();
      return MORNING[i] as string;
    }
  }
  return '';
}

/**
 * Types a date into the date field marked `testId` and confirms it with Enter, as a keyboard user does; the field
 * then shows the date, and the form around it has not been sent.
 */
export async function typeDate(page: Page, testId: string, date: string) {
  const input = page.locator(`[data-testid="${testId}"]`).locator('xpath=descendant-or-self::input').first();
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await until(() => input.inputValue()).toBe(date);
}

/**
 * A fictional 示例 enterprise of a test's own, signed up and verified by the administration, so that no other test's
 * data moves its figures: the enterprise's page (logged in as its new user), the administrator's page and its id.
 */
export async function verifiedEnterprise(
  browser: Browser,
  baseUrl: string,
  o: { username: string; name: string; uscc: string },
): Promise<{ enterprise: Page; admin: Page; orgId: number }> {
  const enterprise = await newPage(browser, baseUrl, 1440);
  const admin = await newPage(browser, baseUrl, 1440);
  const signUp = await enterprise.request.post('/api/v1/auth/register', {
    data: {
      username: o.username,
      password: 'Register-Passphrase-2026',
      displayName: '示例联系人',
      org: { name: o.name, uscc: o.uscc },
    },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const orgId = (await signUp.json()).org.id as number;
  await loginAs(admin, 'admin');
  const verified = await admin.request.post(`/api/v1/orgs/${orgId}/verification`, { data: { decision: 'verify' } });
  expect(verified.status(), await verified.text()).toBe(200);
  return { enterprise, admin, orgId };
}

/**
 * Waits until a page has fetched what it shows: no request for 500 ms and no spinner. A confirmation opened while
 * the page's later queries still arrive can be closed by the re-render they cause, and its OK then does nothing;
 * a step that asks for confirmation waits for this first.
 */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await until(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
}

/**
 * Clicks a confirming button and waits for the request it sends (`isAnswer` picks its response). On CI machines a
 * click in a freshly opened antd modal has sent no request at all (the server's log shows none), never here: when
 * that happens within 20 s, what the page shows (the modal's text, the button's state, the last requests and script
 * errors) goes into the run's notes (printed at the end of `npm test`), and the click is made once more, as a user
 * would. A second miss fails with the page's state in the message.
 */
export async function clickForAnswer(
  page: Page,
  button: Locator,
  isAnswer: (r: Response) => boolean,
  what: string,
): Promise<Response> {
  const events: string[] = [];
  page.on('pageerror', (e) => events.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && events.push(`console: ${m.text()}`));
  page.on('request', (r) => events.push(`request: ${r.method()} ${r.url()}`));
  const pageState = async () =>
    JSON.stringify({
      modal: await page.locator('.ant-modal').allInnerTexts(),
      button: await button.evaluate((b) => ({ cls: b.className, disabled: (b as HTMLButtonElement).disabled })),
      focus: await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? null),
      events: events.slice(-20),
    });
  const [first] = await Promise.all([
    page.waitForResponse(isAnswer, { timeout: 20_000 }).catch(() => null),
    button.click(),
  ]);
  if (first) return first;
  const state = await pageState().catch((e) => `unreadable: ${(e as Error).message}`);
  noteForRun(`${what}: the click sent no request within 20 s; the page: ${state}`);
  const [second] = await Promise.all([
    page.waitForResponse(isAnswer, { timeout: 40_000 }).catch(async () => {
      throw new Error(`${what}: no request after two clicks; the page: ${await pageState().catch(() => '?')}`);
    }),
    button.click(),
  ]);
  return second;
}
