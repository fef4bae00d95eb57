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
const PASSWORD = 'Accounts-E2E-Passphrase-26';
const NEW_PASSWORD = 'Reviewer-Reset-Passphrase-7';

async function logIn(page: Page, username: string, password: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * The file's own accounts, made by the administrator through the API: the demo's are walked by other files on the
 * same server (e2e/page-checks.ts), which a reset password, a lock or a new name would break.
 */
async function createUser(admin: Page, username: string, displayName: string): Promise<number> {
  const res = await admin.request.post('/api/v1/users', {
    data: { username, password: PASSWORD, displayName, role: 'expert' },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as number;
}

/** The users page filtered to one account, and that account's row. */
async function userRow(admin: Page, username: string, id: number) {
  await admin.goto(`/admin/users?q=${username}`);
  const row = admin.getByTestId(`user-row-${id}`);
  await row.waitFor();
  return row;
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
    const id = await createUser(admin, 'e2e_reset_expert', '示例评审专家（重设密码）');
    const row = await userRow(admin, 'e2e_reset_expert', id);
    await row.getByTestId(`user-reset-${id}`).click();
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
    await logIn(page, 'e2e_reset_expert', NEW_PASSWORD);
    await until(() => page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await page.context().close();

    // Another browser, which has never seen the choice: the account's language is English now.
    const other = await newPage(browser, baseUrl);
    await other.goto('/login');
    await logIn(other, 'e2e_reset_expert', NEW_PASSWORD);
    await until(() => other.evaluate(() => document.documentElement.lang)).toBe('en-US');
    await other.context().close();
  });

  it('shows an account locked by wrong passwords to the administrator, who lifts the lock', async () => {
    const admin = await newPage(browser, baseUrl);
    await loginAs(admin, 'admin');
    const id = await createUser(admin, 'e2e_locked_expert', '示例评审专家（锁定）');
    // Five wrong passwords lock the account (LOGIN_MAX_FAILURES); then even the right one is refused, in the words
    // of a wrong password (nobody learns which accounts are locked).
    const visitor = await newPage(browser, baseUrl);
    const login = (password: string) =>
      visitor.request.post('/api/v1/auth/login', { data: { username: 'e2e_locked_expert', password } });
    for (let i = 0; i < 5; i++) expect((await login(`Wrong-Passphrase-${i}-2026`)).status()).toBe(401);
    const refused = await login(PASSWORD);
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('auth.bad_credentials');

    // The page's filter of locked accounts lists it, with its lock.
    await admin.goto('/admin/users?locked=true');
    const row = admin.getByTestId(`user-row-${id}`);
    await row.waitFor();
    await until(() => row.textContent()).toContain('已锁定至');
    await row.getByTestId(`user-unlock-${id}`).click();
    await admin.locator('.ant-message').getByText('已更新').first().waitFor();
    // Lifted: gone from the locked ones, its row shows no lock and no unlock button, and the right password works.
    await until(() => row.count()).toBe(0);
    const again = await userRow(admin, 'e2e_locked_expert', id);
    expect(await again.textContent()).not.toContain('已锁定至');
    expect(await again.getByTestId(`user-unlock-${id}`).count()).toBe(0);
    expect((await login(PASSWORD)).status()).toBe(200);
    await visitor.context().close();
    await admin.context().close();
  });

  it('lets an administrator edit a user’s name and role, and the list shows the change', async () => {
    const admin = await newPage(browser, baseUrl);
    await loginAs(admin, 'admin');
    const id = await createUser(admin, 'e2e_edited_expert', '示例评审专家（编辑前）');
    const row = await userRow(admin, 'e2e_edited_expert', id);
    // The columns: username, name, role…
    const role = (r: typeof row) => r.locator('td').nth(2).textContent();
    expect(await role(row)).toBe('评审专家');
    await row.getByTestId(`user-edit-${id}`).click();
    const name = admin.getByTestId('user-edit-name');
    await until(() => name.inputValue()).toBe('示例评审专家（编辑前）');
    await name.fill('示例第三方评估联系人（编辑后）');
    const roleSelect = admin.getByTestId('user-edit-role');
    await roleSelect.click();
    const option = admin
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '第三方评估机构' });
    await option.waitFor();
    await option.click();
    // The choice shows in the field and the list closes before the form is sent (a click during the list's opening
    // animation can leave it open over the submit button).
    await until(() => roleSelect.textContent()).toContain('第三方评估机构');
    if ((await admin.locator('.ant-select-dropdown:visible').count()) > 0) await name.click();
    await until(() => admin.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await admin.getByTestId('user-edit-submit').click();
    await admin.locator('.ant-message').getByText('已更新').first().waitFor();
    await until(() => row.textContent()).toContain('示例第三方评估联系人（编辑后）');
    expect(await role(row)).toBe('第三方评估机构');
    // Kept: the server's record says the same after a reload.
    const reloaded = await userRow(admin, 'e2e_edited_expert', id);
    expect(await reloaded.textContent()).toContain('示例第三方评估联系人（编辑后）');
    expect(await role(reloaded)).toBe('第三方评估机构');
    await admin.context().close();
  });
});
