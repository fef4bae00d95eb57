import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverUrl, until } from './helpers.ts';

/**
 * The page walk of the pages-*.test.ts files (split by role, so that the e2e workers share the walk): every main
 * page, as the role that uses it, on a 1440 × 900 desktop: accessible (axe: no serious or critical violation; one h1;
 * a title of its own; a navigation landmark), and its tables fit (no sideways scroll, no cell whose text is cut).
 * Then list pages on a 390 × 844 phone: their rows are cards, nothing scrolls sideways, and axe finds nothing serious.
 */
export const WIDTH = 1440;
export const PHONE = { width: 390, height: 844 };
export type Role = 'anonymous' | 'enterprise' | 'provider' | 'finance' | 'finoffice' | 'admin' | 'evaluator';

let shared: Browser | undefined;
/** The file's browser, launched before its tests and closed after them. */
export function useBrowser(): () => Browser {
  beforeAll(async () => {
    shared = await launchBrowser();
  });
  afterAll(async () => {
    await shared?.close();
  });
  return browser;
}
const browser = () => shared as Browser;

export const PAGES: Record<Role, string[]> = {
  anonymous: [
    '/',
    '/orgs',
    '/services',
    '/instruments',
    '/vouchers/schemes',
    '/news',
    '/news/1',
    '/cultivation/calculator',
    '/cultivation/rd-deduction',
    '/policies',
    '/policies/1',
    '/policies/notices',
    '/policies/check',
    '/policies/items/1',
    '/market',
    '/market/achievements/1',
    '/market?tab=needs',
    '/market/needs/2',
    '/verify/contract',
    '/market/catalogues',
    '/market/patents',
    '/market/catalogues/1',
    '/market/events',
    '/market/events/1',
    '/finance',
    '/finance?tab=institutions',
    '/finance/compare',
    '/finance/funds',
    '/login',
    '/register',
  ],
  enterprise: [
    '/my/org',
    '/my/evaluations',
    '/my/ip',
    '/my/ip/new',
    '/my/market/achievements',
    '/my/market/achievements/new',
    '/my/market/needs',
    '/my/market/needs/new',
    '/my/market/needs/1',
    '/my/ip-cases',
    '/my/ip-cases/new',
    '/my/ip-cases/2',
    '/my/market/deals',
    '/my/market/deals/1',
    '/my/market/contracts/1',
    '/my/market/registrations',
    '/my/market/contracts/offline/new',
    '/my/market/registrations/1',
    '/my/finance/needs',
    '/my/finance/needs/new',
    '/my/finance/consents',
    '/my/finance/pledges',
    '/my/finance/events',
    '/my/materials',
    '/my/policy-applications',
    '/my/policies',
    '/my/bookings',
    '/orders',
    '/vouchers',
    '/notifications',
    '/account/password',
  ],
  provider: ['/provider/services', '/provider/instruments', '/provider/bookings', '/provider/settlement'],
  finance: [
    '/finance-desk/profile',
    '/finance-desk/products',
    '/finance-desk/products/new',
    '/finance-desk/needs',
    '/finance-desk/cases',
    '/finance-desk/consents',
    '/finance-desk/pool-claims',
    '/finance-desk/pledges',
    '/finance-desk/events',
    '/finance-desk/investor',
  ],
  finoffice: [
    '/admin/finance/products',
    '/admin/finance/needs',
    '/admin/finance/settings',
    '/admin/finance/pools',
    '/admin/finance/pools/new',
    '/admin/finance/pools/1',
    '/admin/finance/pool-claims',
    '/admin/finance/pledges',
    '/admin/finance/statistics',
    '/admin/finance/events',
    '/admin/finance/events/1',
    '/admin/finance/funds',
  ],
  admin: [
    '/admin/orgs',
    '/admin/orgs/new',
    '/admin/orgs/import',
    '/admin/users',
    '/admin/ip',
    '/admin/services',
    '/admin/audit',
    '/admin/sharing',
    '/admin/interop/partners',
    '/admin/vouchers',
    '/admin/vouchers/schemes',
    '/admin/vouchers/applications',
    '/admin/vouchers/settlement',
    '/admin/vouchers/reports',
    '/admin/vouchers/reimbursements',
    '/admin/cultivation/evaluations',
    '/admin/cultivation/batches',
    '/admin/cultivation/pool',
    '/admin/market/achievements',
    '/admin/market/achievements/7',
    '/admin/market/needs',
    '/admin/market/needs/4',
    '/admin/market/synonyms',
    '/admin/market/brokers',
    '/admin/market/deals',
    '/admin/market/registrations',
    '/admin/market/registrations/5',
    '/admin/ip-cases',
    '/admin/ip-cases/1',
    '/admin/market/catalogues',
    '/admin/market/events',
    '/admin/market/events/1',
    '/admin/market/events/new',
    '/admin/market/catalogues/2/edit',
    '/admin/market/statistics',
    '/admin/market/settings',
    '/admin/materials',
    '/admin/news',
    '/admin/news/new',
    '/admin/news/1/edit',
    '/admin/policies',
    '/admin/policies/new',
    '/admin/policies/1/edit',
    '/admin/policies/import',
    '/admin/policy-applications',
    '/admin/policy-applications/1',
    '/admin/policy-applications/auto',
    '/admin/policy-holidays',
    '/admin/policy-supervision',
    '/admin/policy-items/new?documentId=2',
    '/admin/policy-items/1/edit',
    '/admin/policy-items/1/simulation',
  ],
  evaluator: ['/evaluation/policies'],
};

/** List pages whose tables are cards on a phone, by the role that reads them. */
export const PHONE_LISTS: Record<Role, string[]> = {
  anonymous: ['/vouchers/schemes', '/market', '/market/catalogues', '/finance'],
  enterprise: [
    '/vouchers',
    '/orders',
    '/my/bookings',
    '/my/policy-applications',
    '/my/market/achievements',
    '/my/market/needs',
    '/my/market/deals',
    '/my/market/registrations',
    '/my/finance/needs',
  ],
  provider: ['/provider/settlement', '/provider/instruments'],
  finance: [
    '/finance-desk/needs',
    '/finance-desk/cases',
    '/finance-desk/products',
    '/finance-desk/pool-claims',
    '/finance-desk/pledges',
    '/finance-desk/events',
  ],
  finoffice: [
    '/admin/finance/needs',
    '/admin/finance/products',
    '/admin/finance/pools',
    '/admin/finance/pool-claims',
    '/admin/finance/pledges',
    '/admin/finance/events',
  ],
  admin: [
    '/admin/orgs',
    '/admin/orgs/fact-changes',
    '/admin/audit',
    '/admin/market/achievements',
    '/admin/market/needs',
    '/admin/market/registrations',
    '/admin/vouchers/schemes',
    '/admin/vouchers/settlement',
    '/admin/vouchers/reimbursements',
    '/admin/interop/partners',
    '/admin/materials',
    '/admin/news',
    '/admin/policies',
    '/admin/policy-applications',
    '/admin/policy-holidays',
    '/admin/policy-supervision',
  ],
  evaluator: ['/evaluation/policies'],
};

/** Waits until the page has drawn its data: requests done, no spinner or skeleton left. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await until(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count()).toBe(0);
}

/** Tables wider than their container, and cells whose text is cut (by an ellipsis or a column over it). */
function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const wrapper of Array.from(document.querySelectorAll<HTMLElement>('.ant-table-wrapper'))) {
      const table = wrapper.querySelector<HTMLElement>('table');
      const holder = wrapper.querySelector<HTMLElement>('.ant-table-container') ?? wrapper;
      if (!table || holder.clientWidth === 0) continue;
      const header = Array.from(table.querySelectorAll('th'))
        .map((th) => th.textContent?.trim())
        .filter(Boolean)
        .slice(0, 3)
        .join('|');
      if (table.scrollWidth > holder.clientWidth + 1) {
        out.push(`table [${header}] is ${table.scrollWidth}px wide in ${holder.clientWidth}px`);
      }
      for (const el of Array.from(table.querySelectorAll<HTMLElement>('td, td .ant-typography'))) {
        if (el.closest('.ant-table-expanded-row, .ant-table-placeholder')) continue;
        if (el.scrollWidth > el.clientWidth + 1) {
          out.push(`cell "${el.textContent?.trim().slice(0, 30)}" in [${header}] is cut`);
        }
      }
      for (const fixed of Array.from(table.querySelectorAll('.ant-table-cell-fix-right, .ant-table-cell-fix-left'))) {
        out.push(`fixed column "${fixed.textContent?.trim().slice(0, 20)}" in [${header}]`);
        break;
      }
    }
    return out;
  });
}

/** Serious and critical axe violations of the page as it stands. */
export async function axeProblems(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const problems: string[] = [];
  for (const v of axe.violations) {
    if (v.impact === 'serious' || v.impact === 'critical') {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join('; ');
      const why = v.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? '';
      problems.push(`axe ${v.impact} ${v.id} (${v.nodes.length}×: ${where}) ${why}`);
    }
  }
  return problems;
}

async function pageProblems(page: Page, path: string, seenTitles: Set<string>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: Error) => errors.push(e.message);
  page.on('pageerror', onError);
  await page.goto(path);
  try {
    await settle(page);
  } catch (err) {
    const body = ((await page.locator('body').textContent()) ?? '').slice(0, 200);
    return [
      `${path}: did not settle (${(err as Error).message.split('\n')[0]}); errors: ${errors.join(' | ')}; body: ${body}`,
    ];
  } finally {
    page.off('pageerror', onError);
  }
  const problems: string[] = [];
  const h1 = await page.locator('h1').count();
  if (h1 !== 1) problems.push(`${h1} h1`);
  const title = await page.title();
  if (!title.trim()) problems.push('no document.title');
  else if (seenTitles.has(title)) problems.push(`document.title "${title}" repeats another page's`);
  seenTitles.add(title);
  if ((await page.locator('nav, [role="navigation"]').count()) === 0) problems.push('no nav landmark');
  // One tab stop per control: nothing focusable inside something focusable (a button inside a link).
  const nested = await page.evaluate(() => {
    const focusable =
      'a[href]:not([tabindex="-1"]), button:not([tabindex="-1"]), input:not([type="hidden"]):not([tabindex="-1"]), select, textarea, [tabindex]:not([tabindex="-1"])';
    return Array.from(document.querySelectorAll<HTMLElement>(focusable))
      .filter((el) => el.getClientRects().length > 0 && el.parentElement?.closest(focusable))
      .map(
        (el) =>
          `${el.parentElement?.closest(focusable)?.tagName.toLowerCase()} > ${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 20)}"`,
      );
  });
  if (nested.length > 0) problems.push(`nested tab stops: ${[...new Set(nested)].slice(0, 3).join('; ')}`);
  // No developer text: file paths of the repository, commands.
  const text = (await page.locator('body').textContent()) ?? '';
  const dev = /docs\/|\.md\b|代码仓库|\brepository\b|npm run/.exec(text);
  if (dev) problems.push(`developer text "${dev[0]}"`);
  problems.push(...(await axeProblems(page)));
  problems.push(...(await tableProblems(page)));
  return problems.map((p) => `${path}: ${p}`);
}

/** The desktop walk of one role's pages. */
export function desktopWalk(role: Role, paths: readonly string[]) {
  describe(`${role === 'anonymous' ? 'a visitor' : `the ${role}`}'s pages at ${WIDTH} px`, () => {
    const titles = new Set<string>();
    const failed: string[] = [];
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser(), serverUrl(), WIDTH);
      // Anonymous pages make no failing request (a 401 probe of the session, a missing asset…).
      if (role === 'anonymous') {
        page.on('response', (r: Response) => {
          if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
        });
      } else await loginAs(page, role);
    });
    afterAll(async () => {
      await page?.context().close();
    });

    for (const path of paths) {
      it(`${path} is accessible, titled, and its tables fit`, async () => {
        expect(await pageProblems(page, path, titles)).toEqual([]);
      });
    }
    if (role === 'anonymous') {
      it('made no failing request', () => {
        expect(failed).toEqual([]);
      });
    }
  });
}

/** The phone walk of one role's list pages. */
export function phoneWalk(role: Role, paths: readonly string[]) {
  describe(`${role === 'anonymous' ? 'a visitor' : `the ${role}`}'s lists on a ${PHONE.width} × ${PHONE.height} phone`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await newPage(browser(), serverUrl(), PHONE.width, PHONE.height);
      if (role !== 'anonymous') await loginAs(page, role);
    });
    afterAll(async () => {
      await page?.context().close();
    });

    for (const path of paths) {
      it(`${path} shows its rows as cards, does not scroll sideways, and is accessible`, async () => {
        await page.goto(path);
        await settle(page);
        const problems: string[] = [];
        const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
          scrollWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
          innerWidth: window.innerWidth,
          // What sticks out past the right edge, to say where a sideways scroll comes from.
          wide: Array.from(document.querySelectorAll<HTMLElement>('body *'))
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && el.getClientRects().length > 0)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')}`),
        }));
        if (scrollWidth > innerWidth + 1)
          problems.push(`the page is ${scrollWidth}px wide in ${innerWidth}px: ${wide}`);
        if (path !== '/vouchers/schemes') {
          if ((await page.locator('.data-cards-wrapper').count()) === 0) problems.push('no list of cards');
          // A small table inside a card's field (a list of changes) may stay; a list itself may not be a table.
          const tables = await page.evaluate(
            () =>
              Array.from(document.querySelectorAll<HTMLElement>('.ant-table-wrapper')).filter(
                (el) => el.getClientRects().length > 0 && !el.closest('.data-card'),
              ).length,
          );
          if (tables > 0) problems.push(`${tables} tables on a phone`);
        }
        problems.push(...(await axeProblems(page)));
        expect(problems.map((p) => `${path}: ${p}`)).toEqual([]);
      });
    }
  });
}
