import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab names the page, then the platform: `组织名录 - 长治高新区双创综合服务平台`. */
export function documentTitle(page: string | undefined, platform: string): string {
  return page ? `${page} - ${platform}` : platform;
}

/** Sets the tab's title while the page shows (and again when the language changes). */
export function useDocumentTitle(page: string | undefined) {
  const { t } = useTranslation();
  const platform = t('app.name');
  useEffect(() => {
    document.title = documentTitle(page, platform);
  }, [page, platform]);
}
