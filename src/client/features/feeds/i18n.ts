/**
 * The feeds page's strings, a namespace of their own that ships with the page's chunk: the Arabic locale is
 * part of the main bundle, and this page is for a handful of people. Error texts (`errors.feed.*`, shared with
 * the server) stay in the shared locale files.
 */
import { useTranslation } from 'react-i18next';
import { i18n } from '#client/lib/i18n.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';

export const FEEDS_NS = 'feeds';

const BUNDLES = { ar, en } as const;
for (const [locale, bundle] of Object.entries(BUNDLES)) {
  if (!i18n.hasResourceBundle(locale, FEEDS_NS)) i18n.addResourceBundle(locale, FEEDS_NS, bundle);
}

/** `t` for the feeds namespace (`t('add')`), plus `tc` for the shared one (`tc('errors.feed.timeout')`). */
export function useFeedsTranslation() {
  const { t, i18n: instance } = useTranslation(FEEDS_NS);
  const { t: tc } = useTranslation();
  return { t, tc, language: instance.language };
}
