import { desktopWalk, PAGES, useBrowser } from './page-checks.ts';

/** A financial institution's desk and the finance office's pages on a desktop: accessible, titled, tables fit. */
useBrowser();
desktopWalk('finance', PAGES.finance);
desktopWalk('finoffice', PAGES.finoffice);
