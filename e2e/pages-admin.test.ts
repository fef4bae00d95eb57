import { desktopWalk, PAGES, useBrowser } from './page-checks.ts';

/** The administration's pages on a desktop, up to the cultivation pages: accessible, titled, and their tables fit. */
useBrowser();
desktopWalk('admin', PAGES.admin.slice(0, PAGES.admin.indexOf('/admin/materials')));
