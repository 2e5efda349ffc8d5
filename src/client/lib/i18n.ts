/**
 * UI language: i18next over the shared locale files. Arabic is the default; `<html lang dir>` follows the
 * language. Before sign-in the choice is remembered in this browser; after, it is the user's own (user.locale).
 */
import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '#shared/schemas/users.ts';
// Arabic, the default, ships in the main bundle; English loads on first use.
import ar from '#shared/i18n/locales/ar.json';
import { ApiError } from './api-client.ts';

const STORAGE_KEY = 'mirsad.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'ar' || value === 'en';
}

export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : 'ar';
  } catch {
    return 'ar';
  }
}

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return locale.startsWith('ar') ? 'rtl' : 'ltr';
}

function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  document.title = i18n.t('app.title');
}

export const i18n = createInstance();

void i18n.use(initReactI18next).init({
  resources: { ar: { translation: ar } },
  lng: 'ar',
  fallbackLng: false,
  supportedLngs: ['ar', 'en'],
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false },
});
applyToDocument('ar');
i18n.on('languageChanged', (locale) => {
  if (!isLocale(locale)) return;
  applyToDocument(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the language still applies to this page.
  }
});

const LOADERS: Record<Exclude<Locale, 'ar'>, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('#shared/i18n/locales/en.json'),
};

async function ensureLocale(locale: Locale): Promise<void> {
  if (locale === 'ar' || i18n.hasResourceBundle(locale, 'translation')) return;
  const bundle = await LOADERS[locale]();
  i18n.addResourceBundle(locale, 'translation', bundle.default);
}

/** Switches the UI language (without telling the server; see useUpdateLocale for that). */
export async function setUiLocale(locale: Locale): Promise<void> {
  if (i18n.language === locale) return;
  await ensureLocale(locale);
  await i18n.changeLanguage(locale);
}

/** Before the first render: the signed-in user's language, else the one this browser last used. */
export async function initLocale(preferred?: Locale): Promise<void> {
  await setUiLocale(preferred ?? storedLocale()).catch(() => undefined);
}

/**
 * What an error's details can put into its message: their plain values (`{field, limit}`), and `name`, the
 * person in the way (`lease.held` says who is editing as `holder`).
 */
function detailValues(details: unknown): Record<string, string | number> {
  if (typeof details !== 'object' || details === null) return {};
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details))
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  const holder = (details as { holder?: { displayName?: unknown } }).holder;
  if (typeof holder?.displayName === 'string') values.name = holder.displayName;
  return values;
}

/** The translated text for any failure: `errors.<code>` when the locale has it, else the server's message. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    // As `replace`: a detail named like an i18next option (context, count…) must not act as one.
    if (i18n.exists(key))
      return i18n.t(key, { replace: { ...detailValues(error.details), message: error.message } });
    return error.message || i18n.t('errors.internal');
  }
  return i18n.t('errors.internal');
}
