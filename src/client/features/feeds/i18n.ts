/**
 * The feeds page's strings: `feedsAdmin.*` in the shared locale files, like every other string of the app.
 * Error texts (`errors.feed.*`, keyed by the server's codes) are shared with the rest of the app.
 */
import { useTranslation } from 'react-i18next';
import { i18n } from '#client/lib/i18n.ts';

const PREFIX = 'feedsAdmin';

/** `t` for the page's own keys (`t('add')`), plus `tc` for the shared ones (`tc('errors.feed.timeout')`). */
export function useFeedsTranslation() {
  const { t, i18n: instance } = useTranslation(undefined, { keyPrefix: PREFIX });
  const { t: tc } = useTranslation();
  return { t, tc, language: instance.language };
}

/** The page's strings outside React (toasts from mutations). */
export function feedsText(key: string, options?: Record<string, unknown>): string {
  return i18n.t(`${PREFIX}.${key}`, options);
}
