import { withUsccCheck } from '@cz/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serverUrl, settled } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Page loads include lazy chunks: state waits get room on a busy two-core machine. */
const wait = { timeout: 20_000, interval: 100 };
const until = <T>(fn: () => Promise<T> | T) => expect.poll(fn, wait);

async function newPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height: 900 }, locale: 'zh-CN' });
  return context.newPage();
}

async function loginAs(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('an enterprise registers, an administrator verifies it, the enterprise sees itself verified', () => {
  const suffix = Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, 'A')
    .slice(-6)
    .padStart(6, '0');
  const uscc = withUsccCheck(`91140400MA0${suffix}`);
  const orgName = `示例端到端${suffix}科技有限公司`;
  const username = `e2e_${suffix.toLowerCase()}`;
  let enterprise: Page;

  it('registers an enterprise account with its organisation and shows it pending', async () => {
    enterprise = await newPage();
    await enterprise.goto('/register');
    await enterprise.getByTestId('reg-username').fill(username);
    await enterprise.getByTestId('reg-password').fill('Register-Passphrase-2026');
    await enterprise.getByTestId('reg-password-confirm').fill('Register-Passphrase-2026');
    await enterprise.getByTestId('reg-display-name').fill('示例联系人');
    await enterprise.getByTestId('reg-org-name').fill(orgName);
    await enterprise.getByTestId('reg-uscc').fill(uscc);
    await enterprise.getByTestId('reg-submit').click();
    await enterprise.waitForURL('**/my/org');
    await until(() => enterprise.getByTestId('org-status').getAttribute('data-status')).toBe('pending');
  });

  it('lets the administrator find the pending organisation by name and verify it', async () => {
    const admin = await newPage();
    await loginAs(admin, 'admin', 'Changzhi-Demo-2026');
    await admin.goto(`/admin/orgs?q=${encodeURIComponent(orgName)}&status=pending`);
    const row = admin.locator('[data-testid^="org-row-"]').filter({ hasText: orgName });
    await row.first().waitFor();
    await row.first().getByRole('link', { name: orgName }).click();
    await admin.waitForURL(/\/admin\/orgs\/\d+$/);
    await settled(admin);
    await admin.getByTestId('org-verify').click();
    await admin.getByTestId('org-verify-confirm').click();
    await until(async () => {
      const res = await admin.request.get(`/api/v1/orgs?q=${encodeURIComponent(orgName)}&status=verified`);
      return (await res.json()).total;
    }).toBe(1);
    await admin.context().close();
  });

  it('shows the enterprise its organisation verified', async () => {
    await enterprise.reload();
    await until(() => enterprise.getByTestId('org-status').getAttribute('data-status')).toBe('verified');
  });

  it('sends a change of legal representative to the administration, which approves it', async () => {
    await enterprise.getByTestId('org-legal-rep').fill('示例新法人');
    await enterprise.getByTestId('org-save').click();
    await enterprise.getByTestId('org-save-confirm').click();
    await until(() => enterprise.getByTestId('fact-change-card').getAttribute('data-status')).toBe('pending');
    await expect.poll(() => enterprise.getByTestId('fact-change-diff').textContent(), wait).toContain('示例新法人');
    await until(() => enterprise.getByTestId('org-legal-rep').inputValue()).toBe('');

    const admin = await newPage();
    await loginAs(admin, 'admin', 'Changzhi-Demo-2026');
    await admin.goto('/admin/orgs/fact-changes');
    const row = admin.locator('[data-testid^="fact-row-"]').filter({ hasText: orgName });
    await row.first().waitFor();
    await row.first().locator('[data-testid^="fact-approve-"]').click();
    await admin.getByTestId('fact-approve-confirm').click();
    await until(() => row.count()).toBe(0);
    await admin.context().close();

    await enterprise.reload();
    await until(() => enterprise.getByTestId('org-legal-rep').inputValue()).toBe('示例新法人');
    expect(await enterprise.getByTestId('fact-change-card').count()).toBe(0);
    await enterprise.context().close();
  });
});

describe('the shell at phone width', () => {
  it('shows the portal home without horizontal overflow at 375 px', async () => {
    const page = await newPage(375);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it('switches the interface to English and back', async () => {
    const page = await newPage();
    await page.goto('/login');
    const submit = page.getByTestId('login-submit');
    await until(() => submit.textContent()).toMatch(/登\s*录/);
    await page.getByTestId('lang-switch').click();
    await until(() => submit.textContent()).toMatch(/log in|sign in/i);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
    await page.getByTestId('lang-switch').click();
    await until(() => submit.textContent()).toMatch(/登\s*录/);
    await page.context().close();
  });
});
