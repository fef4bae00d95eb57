import { shanghaiDate, withUsccCheck } from '@cz/shared';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serverUrl, until, verifiedEnterprise } from './helpers.ts';

const baseUrl = serverUrl();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('专精特新 self-check in the browser', () => {
  const suffix = Date.now()
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, 'B')
    .slice(-6)
    .padStart(6, '0');
  const uscc = withUsccCheck(`91140400MA2${suffix}`);
  const lastYear = Number(shanghaiDate(new Date()).slice(0, 4)) - 1;

  it('an enterprise states its years in the niche market and its score, and the criteria they decide turn met', async () => {
    // Set-up through the API: a fictional 示例 enterprise, verified, with two reported years.
    const { enterprise, orgId } = await verifiedEnterprise(browser, baseUrl, {
      username: `e2e_sp_${suffix.toLowerCase()}`,
      name: `示例专精特新自测${suffix}科技有限公司`,
      uscc,
    });
    for (const year of [lastYear - 1, lastYear]) {
      const reported = await enterprise.request.put(`/api/v1/orgs/${orgId}/indicators/${year}`, {
        data: {
          year,
          revenue: 2_000_000_000,
          mainBusinessRevenue: 1_800_000_000,
          rdExpense: 100_000_000,
          totalAssets: 2_000_000_000,
          totalLiabilities: 800_000_000,
          employees: 100,
          techStaff: 30,
          totalCost: 1_500_000_000,
        },
      });
      expect(reported.status(), await reported.text()).toBe(200);
    }

    await enterprise.goto('/my/evaluations');
    const card = enterprise.getByTestId('evaluation-specialized');
    await card.waitFor({ timeout: 20_000 });
    const evaluationId = await card.getAttribute('data-id');
    await card.getByText('逐项说明').click();
    const niche = card.locator('[data-code="specialised.provincial.niche-years"]');
    await expect(niche.textContent()).resolves.toContain('无法判断');

    // It states 3 years in its niche market and a score of 65, by keyboard, and saves.
    const facts = enterprise.getByTestId('specialised-facts');
    await facts.getByTestId('sp-nicheYears').fill('3');
    await facts.getByTestId('sp-provincialScore').fill('65');
    // "Top three in its niche market": no (the button of a radio group is its label).
    await facts.getByTestId('sp-marketTopThree').getByText('否').click();
    await facts.getByTestId('save-specialised').click();
    await enterprise.getByText('已保存，评价已更新').waitFor();
    // The new evaluation replaces the card; its lines open again.
    await until(() => card.getAttribute('data-id')).not.toBe(evaluationId);
    await card.getByText('逐项说明').click();
    await until(() => niche.textContent()).toContain('从事特定细分市场时间 3 年');
    await expect(niche.textContent()).resolves.not.toContain('无法判断');
    const score = card.locator('[data-code="specialised.provincial.score"]');
    await expect(score.textContent()).resolves.toContain('评价得分 65 分');

    // After a reload the form shows what was stated.
    await enterprise.reload();
    await expect(enterprise.getByTestId('sp-nicheYears').inputValue()).resolves.toBe('3');
    const stated = await enterprise.request.get(`/api/v1/cultivation/orgs/${orgId}/declarations`);
    expect((await stated.json()).specialised).toMatchObject({
      nicheYears: 3,
      provincialScore: 65,
      marketTopThree: false,
    });
  });
});
