import { createRequire } from 'node:module';
import pg from 'pg';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { loginAs, newPage, serverDatabaseUrl, serverUrl, until } from './helpers.ts';

/**
 * The page walk of the pages-*.test.ts files (split by role, so that the e2e workers share the walk): every main
 * page, as the role that uses it, on a 1440 × 900 desktop: accessible (axe: no serious or critical violation; one h1;
 * a title of its own; a navigation landmark), and its tables fit (no sideways scroll, no cell whose text is cut).
 * Then list pages on a 390 × 844 phone: their rows are cards, nothing scrolls sideways, and axe finds nothing serious.
 * Each page is walked once, by one role, at one width: a page added here adds its seconds to every CI run.
 */
export const WIDTH = 1440;
export const PHONE = { width: 390, height: 844 };
export type Role = 'anonymous' | 'enterprise' | 'provider' | 'finance' | 'finoffice' | 'admin' | 'evaluator' | 'expert';

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
    '/services/23',
    '/instruments',
    '/vouchers/schemes',
    '/vouchers/schemes/1',
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
    // The form and, below it, the registration it found (number and code of a registered demo contract).
    '/verify/contract/:registered',
    '/market/catalogues',
    '/market/patents',
    '/market/catalogues/1',
    '/market/events',
    '/market/events/1',
    '/finance',
    '/finance?tab=institutions',
    '/finance/compare',
    '/finance/funds',
    '/finance/products/1',
    '/finance/institutions/43',
    '/login',
    '/register',
    // Without a link's token: the page says the link is not valid.
    '/reset-password',
  ],
  enterprise: [
    '/workbench',
    '/my/org',
    '/my/evaluations',
    '/my/ip',
    '/my/ip/new',
    '/my/ip/1',
    '/my/ip/1/edit',
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
    '/my/policy-applications/14',
    // A closed item (免申即享, 已结束): the page says why no application opens, and starts none.
    '/my/policy-applications/apply/8',
    '/my/policies',
    '/instruments/1',
    '/my/bookings',
    '/bookings/58',
    '/orders',
    '/orders/58',
    '/vouchers',
    '/notifications',
    '/account/password',
  ],
  provider: ['/workbench', '/provider/services', '/provider/instruments', '/provider/bookings', '/provider/settlement'],
  finance: [
    '/workbench',
    '/finance-desk/profile',
    '/finance-desk/products',
    '/finance-desk/products/new',
    '/finance-desk/needs',
    '/finance-desk/needs/1',
    '/finance-desk/cases',
    '/finance-desk/consents',
    '/finance-desk/pool-claims',
    '/finance-desk/pledges',
    '/finance-desk/events',
    '/finance-desk/investor',
  ],
  finoffice: [
    '/workbench',
    '/admin/finance/products',
    '/admin/finance/needs',
    '/admin/finance/needs/1',
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
    '/workbench',
    '/admin/orgs',
    '/admin/orgs/1',
    '/admin/orgs/new',
    '/admin/orgs/import',
    '/admin/users',
    '/admin/ip',
    '/admin/ip/3',
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
    '/admin/market/deals/1',
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
  evaluator: ['/workbench', '/evaluation/policies'],
  // 评审专家: the rights cases assigned to them, one of them, and a need as a 技术经理人 (the demo expert is one) sees it.
  expert: ['/workbench', '/my/ip-cases', '/my/ip-cases/2', '/market/needs/1'],
};

/**
 * The parts of a path the seed draws at random (a registration's verification code), read from the server's
 * database when the walk gets there.
 */
const FROM_DATABASE: Record<string, { sql: string; path: (row: Record<string, string>) => string }> = {
  ':registered': {
    sql: "SELECT number, verify_code FROM market_registrations WHERE status = 'registered' ORDER BY id LIMIT 1",
    path: (r) => `${r.number}?code=${r.verify_code}`,
  },
};

async function resolvePath(path: string): Promise<string> {
  const key = Object.keys(FROM_DATABASE).find((k) => path.includes(k));
  if (!key) return path;
  const { sql, path: fill } = FROM_DATABASE[key] as (typeof FROM_DATABASE)[string];
  const db = new pg.Client({ connectionString: serverDatabaseUrl() });
  await db.connect();
  try {
    const { rows } = await db.query(sql);
    expect(rows.length, `${path}: the demo has no row for ${key}`).toBe(1);
    return path.replace(key, fill(rows[0]));
  } finally {
    await db.end();
  }
}

/** List pages whose tables are cards on a phone, by the role that reads them. */
export const PHONE_LISTS: Partial<Record<Role, string[]>> = {
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

/**
 * axe-core, the copy @axe-core/playwright injects. The walk runs it in the page itself: AxeBuilder's analyze() opens
 * a second page for every check (to join frames' results; the app has no frames), which took 4–6 s a page where the
 * run itself takes under 1 s.
 */
const AXE_SOURCE: string = createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core').source;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type AxeViolation = {
  id: string;
  impact?: string | null;
  nodes: { target: string[]; failureSummary?: string }[];
};

/** Serious and critical axe violations of the page as it stands. */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const axe = await page.evaluate(
    (values) =>
      (
        window as unknown as {
          axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
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
        expect(await pageProblems(page, await resolvePath(path), titles)).toEqual([]);
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
