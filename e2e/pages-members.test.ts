import { desktopWalk, PAGES, useBrowser } from './page-checks.ts';

/** An enterprise's and a provider's pages on a desktop: accessible, titled, and their tables fit. */
useBrowser();
desktopWalk('enterprise', PAGES.enterprise);
desktopWalk('provider', PAGES.provider);
