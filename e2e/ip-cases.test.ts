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

describe('知识产权维权援助 in the browser', () => {
  it('takes the enterprise’s request with its evidence; the administration finds it, accepts it with an expert and an agency, and closes it', async () => {
    const enterprise = await newPage(browser, baseUrl, 1440);
    await loginAs(enterprise, 'enterprise');
    await enterprise.goto('/my/ip-cases');
    await enterprise.getByTestId('case-new').click();
    await enterprise.getByTestId('case-title').fill('示例 端到端测试：商标被近似使用');
    await enterprise
      .getByTestId('case-description')
      .fill('示例：某企业在同类商品上使用与我司注册商标近似的标识，已保存产品照片与销售记录。');
    await enterprise.getByTestId('case-counterparty').fill('示例某商贸有限公司');
    await enterprise
      .locator('[data-testid="case-evidence"] input[type=file]')
      .setInputFiles({ name: '示例证据.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 示例证据') });
    await until(() => enterprise.getByTestId('case-evidence').getAttribute('data-count')).toBe('1');
    await enterprise.getByTestId('case-submit').click();
    await enterprise.waitForURL(/\/my\/ip-cases\/\d+$/);
    const id = Number(new URL(enterprise.url()).pathname.split('/').pop());
    await until(() => enterprise.getByTestId('case-status').getAttribute('data-status')).toBe('submitted');

    const admin = await newPage(browser, baseUrl, 1440);
    await loginAs(admin, 'admin');
    await admin.goto('/admin/ip-cases?status=submitted');
    // Found by words of its title.
    await admin.getByTestId('cases-search').locator('input').fill('端到端测试：商标');
    await admin.getByTestId('cases-search').locator('input').press('Enter');
    await admin.waitForURL(/[?&]q=/);
    await admin.getByTestId(`case-link-${id}`).click();
    await settled(admin);
    await admin.getByTestId('case-move-accepted').click();
    await admin.getByTestId('case-expert').click();
    await admin.keyboard.press('Enter');
    // …and an IP service agency to handle it, searched by name.
    await admin.getByTestId('case-agency-pick').click();
    await admin.keyboard.type('知识产权代理');
    await admin.locator('.ant-select-item-option').filter({ hasText: '示例知识产权代理事务所' }).click();
    await admin.getByTestId('case-move-confirm').click();
    await until(() => admin.getByTestId('case-status').getAttribute('data-status')).toBe('accepted');
    expect(await admin.getByTestId('case-agency').textContent()).toBe('示例知识产权代理事务所');
    await settled(admin);
    await admin.getByTestId('case-move-closed').click();
    await admin.getByTestId('case-outcome').fill('示例：经调解对方停止使用并致歉');
    await admin.getByTestId('case-move-confirm').click();
    await until(() => admin.getByTestId('case-status').getAttribute('data-status')).toBe('closed');

    await enterprise.reload();
    await until(() => enterprise.getByTestId('case-status').getAttribute('data-status')).toBe('closed');
    const kinds = await enterprise
      .getByTestId('case-notes')
      .locator('[data-kind]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['status', 'status']);

    // The demo's mediation case is the demo agency's.
    const demo = await admin.evaluate(
      async () => (await (await fetch('/api/v1/ip/cases?scope=all&status=mediation')).json()).items,
    );
    expect(demo.map((c: { agencyName: string | null }) => c.agencyName)).toContain('示例知识产权代理事务所');
  }, 120_000);
});
