import { desktopWalk, PAGES, useBrowser } from './page-checks.ts';

/** The administration's pages on a desktop from materials on (news, policies): accessible, titled, their tables fit. */
useBrowser();
desktopWalk('admin', PAGES.admin.slice(PAGES.admin.indexOf('/admin/materials')));
