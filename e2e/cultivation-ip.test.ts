import { patentCheckChar, shanghaiDate, withUsccCheck } from '@cz/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serverUrl, typeDate, until, verifiedEnterprise } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The 科技型中小企业 card of the evaluations page, its score and its 科技成果 (IP) line. */
async function techSme(page: Page) {
  const card = page.getByTestId('evaluation-tech_sme');
  await card.waitFor({ timeout: 20_000 });
  await card.getByText('逐项说明').click();
  const ipLine = card.locator('[data-code="tech-sme.score.ip"]');
  await ipLine.waitFor();
  return { card, ipLine };
}

describe('cultivation and the IP registry', () => {
  // A fictional 示例 enterprise of its own, so that no other test's IP or indicators move its score.
  const suffix = Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, 'A')
    .slice(-6)
    .padStart(6, '0');
  const uscc = withUsccCheck(`91140400MA1${suffix}`);
  const orgName = `示例知识产权评价${suffix}科技有限公司`;
  const lastYear = Number(shanghaiDate(new Date()).slice(0, 4)) - 1;

  it('an enterprise registers an invention patent, the administration verifies it, and its score rises by 30', async () => {
    // Set-up through the API: the enterprise signs up, is verified, declares and reports a year that just qualifies
    // without IP (30 of 100 staff in R&D: 20 points; R&D 6% of sales: 50; no IP: 0 → 70).
    const { enterprise, admin, orgId } = await verifiedEnterprise(browser, baseUrl, {
      username: `e2e_ip_${suffix.toLowerCase()}`,
      name: orgName,
      uscc,
    });
    const declared = await enterprise.request.put(`/api/v1/cultivation/orgs/${orgId}/declarations`, {
      data: {
        prohibitedIndustry: false,
        majorIncident: false,
        dishonestList: false,
        abnormalOperation: false,
        nationalAward5y: false,
        provincialRdInstitution: false,
        ledStandard5y: false,
      },
    });
    expect(declared.status(), await declared.text()).toBe(200);
    const reported = await enterprise.request.put(`/api/v1/orgs/${orgId}/indicators/${lastYear}`, {
      data: {
        year: lastYear,
        revenue: 1_000_000_000,
        rdExpense: 60_000_000,
        totalAssets: 2_000_000_000,
        employees: 100,
        techStaff: 30,
        totalCost: 900_000_000,
      },
    });
    expect(reported.status(), await reported.text()).toBe(200);

    // The enterprise notes its score: no counted IP yet.
    await enterprise.goto('/my/evaluations');
    const before = await techSme(enterprise);
    const scoreBefore = Number(await before.card.getAttribute('data-score'));
    expect(scoreBefore).toBe(70);
    await expect(before.ipLine.textContent()).resolves.toContain('Ⅰ类知识产权 0 项');
    await expect(before.ipLine.textContent()).resolves.toContain('得 0 分');

    // It registers an invention patent (a valid number by the ZC 0006-2003 check character) and its certificate.
    const digits = `20231${String(Date.now() % 10_000_000).padStart(7, '0')}`;
    const number = `${digits}.${patentCheckChar(digits)}`;
    await enterprise.goto('/my/ip/new');
    await enterprise.getByTestId('ip-number').fill(`ZL${number}`);
    await until(() =>
      enterprise
        .getByRole('combobox', { name: '类型' })
        .locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')
        .textContent(),
    ).toContain('发明专利');
    await enterprise.getByTestId('ip-title').fill('示例端到端评价用发明专利');
    await typeDate(enterprise, 'ip-applied-on', '2023-02-14');
    await typeDate(enterprise, 'ip-granted-on', '2025-06-20');
    await enterprise.getByTestId('ip-submit').click();
    await enterprise.waitForURL(/\/my\/ip\/\d+$/);
    const record = enterprise.getByTestId('ip-record');
    await until(() => record.getAttribute('data-verification')).toBe('pending');
    // Both dates were confirmed with Enter and saved; Enter in the last one did not send the form without it.
    await expect(record.textContent()).resolves.toContain('2023-02-14');
    await expect(record.textContent()).resolves.toContain('2025-06-20');
    const recordId = Number(await record.getAttribute('data-id'));
    await enterprise.locator('[data-testid="ip-certificate-upload"] input[type=file]').setInputFiles({
      name: 'certificate.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(`%PDF-1.4\n% 示例发明专利证书 ${number}\n%%EOF\n`),
    });
    await enterprise.getByTestId('ip-certificate-link').waitFor({ timeout: 20_000 });

    // A pending record counts for nothing: the score has not moved.
    await enterprise.goto('/my/evaluations');
    expect(Number(await (await techSme(enterprise)).card.getAttribute('data-score'))).toBe(scoreBefore);

    // The administration checks it against the certificate and verifies it.
    await admin.goto(`/admin/ip/${recordId}`);
    await admin.getByTestId('ip-certificate-link').waitFor({ timeout: 20_000 });
    await admin.getByTestId('ip-verify').click();
    await until(() => admin.getByTestId('ip-record').getAttribute('data-verification')).toBe('verified');

    // The enterprise reloads its evaluations: 科技成果 0 → 30 points, the score 70 → 100, re-run by the IP change.
    await enterprise.reload();
    const after = await techSme(enterprise);
    await until(async () => Number(await after.card.getAttribute('data-score'))).toBe(scoreBefore + 30);
    await expect(after.ipLine.textContent()).resolves.toContain('Ⅰ类知识产权 1 项');
    await expect(after.ipLine.textContent()).resolves.toContain('得 30 分');
    await expect(after.ipLine.textContent()).resolves.toContain('115号');
    await expect(after.card.textContent()).resolves.toContain('知识产权变更');
    await enterprise.context().close();
    await admin.context().close();
  });
});
