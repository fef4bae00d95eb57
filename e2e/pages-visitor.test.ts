import { desktopWalk, PAGES, useBrowser } from './page-checks.ts';

/** A visitor's, the evaluator's and the expert's pages on a desktop: accessible, titled, and their tables fit. */
useBrowser();
desktopWalk('anonymous', PAGES.anonymous);
desktopWalk('evaluator', PAGES.evaluator);
desktopWalk('expert', PAGES.expert);
