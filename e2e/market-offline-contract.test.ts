import { withUsccCheck } from '@cz/shared';
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

describe('a technology contract signed outside the platform, in the browser', () => {
  it('lets the enterprise record it with its scan and a buyer off the platform, and apply for registration', async () => {
    const page = await newPage(browser, baseUrl, 1440);
    await loginAs(page, 'enterprise');
    await page.goto('/my/market/registrations');
    await page.getByTestId('contract-offline-new').click();
    await page.waitForURL('**/my/market/contracts/offline/new');
    await settled(page);
    await page.getByTestId('contract-buyer-name').fill('示例晋中精密机械有限公司');
    await page.getByTestId('contract-buyer-uscc').fill(withUsccCheck('91140700MA0E2EW00'));
    await page.getByTestId('contract-field').click();
    await page.keyboard.type('装备');
    await page.keyboard.press('Enter');
    await page.getByTestId('contract-title').fill('示例柔性电路板激光钻孔技术许可合同（线下签订）');
    await page.getByTestId('contract-amount').fill('500000');
    await page.getByTestId('contract-payment-0').fill('500000');
    await page.locator('[data-testid="contract-signed-file"] input[type=file]').setInputFiles({
      name: '示例线下合同.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 示例线下合同'),
    });
    await until(() => page.getByTestId('contract-signed-file').getAttribute('data-count')).toBe('1');
    await page.getByTestId('contract-save').click();
    await page.waitForURL(/\/my\/market\/contracts\/\d+$/);
    await page.getByTestId('contract-offline').waitFor();
    expect(await page.getByTestId('contract-status').getAttribute('data-status')).toBe('signed');
    await settled(page);
    await page.getByTestId('contract-apply').click();
    await page.waitForURL(/\/my\/market\/registrations\/\d+$/);
    await until(() => page.getByTestId('registration-status').getAttribute('data-status')).toBe('submitted');
  }, 90_000);
});
