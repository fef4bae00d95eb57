import { EVENT_SIGNUPS, NEWS_CATEGORIES, NEWS_STATUSES } from '@cz/shared/news';
import { useTranslation } from 'react-i18next';
import { tKey } from '../../app/i18n';

/** The area's enums in the reader's language, with options for the filters and the form. */
export function useNewsLabels() {
  useTranslation('news'); // re-render on a change of language
  const category = (c: string) => tKey(`newsCategory.${c}`);
  const status = (s: string) => tKey(`news:statuses.${s}`);
  const signup = (s: string) => tKey(`news:signups.${s}`);
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  return {
    category,
    status,
    signup,
    categoryOptions: options(NEWS_CATEGORIES, category),
    statusOptions: options(NEWS_STATUSES, status),
    signupOptions: options(EVENT_SIGNUPS, signup),
  };
}
