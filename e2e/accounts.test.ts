import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const wait = { timeout: 20_000, interval: 100 };
const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, wait);
const NEW_PASSWORD = 'Reviewer-Reset-Passphrase-7';

async function logIn(page: Page, username: string, password: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('accounts', () => {
  it('shows the demo banner on the portal of a demo installation', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/login');
    await until(() => page.getByTestId('demo-banner').textContent()).toContain('演示环境');
    await page.context().close();
  });

  it('lets an administrator issue a one-time reset link that sets a new password once', async () => {
    const admin = await newPage(browser, baseUrl);
    await loginAs(admin, 'admin');
    await admin.goto('/admin/users?q=expert');
    const row = admin.locator('[data-testid^="user-row-"]').filter({ hasText: '示例评审专家' });
    await row.first().waitFor();
    await row.first().locator('[data-testid^="user-reset-"]').click();
    await admin
      .getByRole('button', { name: /重设密码链接/ })
      .last()
      .click();
    const url = (await admin.getByTestId('reset-url').textContent())?.trim() ?? '';
    expect(url).toMatch(/\/reset-password#[\w-]{40,}$/);
    await admin.context().close();

    const user = await newPage(browser, baseUrl);
    await user.goto(url.slice(url.indexOf('/reset-password')));
    await user.getByTestId('reset-password').fill(NEW_PASSWORD);
    await user.getByTestId('reset-confirm').fill(NEW_PASSWORD);
    await user.getByTestId('reset-submit').click();
    await user.getByTestId('reset-done').waitFor();
    // The link is used up.
    await user.reload();
    await user.getByTestId('reset-invalid').waitFor();
    await user.context().close();
  });

  it('keeps the language chosen on the login page after login, and at the next login elsewhere', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/login');
    const submit = page.getByTestId('login-submit');
    await until(() => submit.textContent()).toMatch(/登\s*录/);
    await page.getByTestId('lang-switch').click();
    await until(() => submit.textContent()).toMatch(/log in/i);
    await logIn(page, 'expert', NEW_PASSWORD);
    await until(() => page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await page.context().close();

    // Another browser, which has never seen the choice: the account's language is English now.
    const other = await newPage(browser, baseUrl);
    await other.goto('/login');
    await logIn(other, 'expert', NEW_PASSWORD);
    await until(() => other.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await other.context().close();
  });
});
