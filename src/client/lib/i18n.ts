/**
 * UI language: i18next over the shared locale files. Arabic is the default; `<html lang dir>` follows the
 * language. Before sign-in the choice is remembered in this browser, and the login page sends it: at the
 * first sign-in it becomes the user's own (user.locale), which rules from then on. The digits of the Arabic
 * interface are the user's too (user.digits), applied by every formatter (format.ts).
 */
import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Digits, Locale } from '#shared/schemas/users.ts';
// Arabic, the default, ships in the main bundle (the shell's strings; the pages' come with them, see
// loadPageStrings); English loads on first use.
import ar from '#shared/i18n/locales/ar.json';
import { ApiError } from './api-client.ts';
import { formatDigits, formatList, formatNumberWith, isolate, setFormatDigits } from './format.ts';

const STORAGE_KEY = 'mirsad.locale';
const DIGITS_KEY = 'mirsad.digits';
/** Emitted on the i18next instance when the digits change: components re-render as for a language change. */
const DIGITS_CHANGED = 'digitsChanged';

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
  // The first glance renders rows on the server (first-glance.tsx), where there is no document.
  if (typeof document === 'undefined') return;
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
  // Stated, not left to i18next's guessing: with no separator given it tests every key on every t() for
  // "natural language" (a regular expression per call, thousands while the first rows render). Our keys are
  // dotted paths in the one namespace.
  keySeparator: '.',
  nsSeparator: false,
  react: { bindI18n: `languageChanged ${DIGITS_CHANGED}` },
});
// `{{count, number}}` in the locale files: through format.ts, in the user's digits, like every other number.
i18n.services.formatter?.add(
  'number',
  (value: unknown, lng: string | undefined, options: Intl.NumberFormatOptions) =>
    typeof value === 'number'
      ? formatNumberWith(value, lng ?? i18n.language, numberOptions(options))
      : String(value),
);
// The page arrives in its language (index.html's Arabic, or the user's with the server's first glance): it is
// kept until the UI language is known (initLocale), not set to Arabic while the code starts (an English page
// was drawn mirrored until then).
i18n.on('languageChanged', (locale) => {
  if (!isLocale(locale)) return;
  applyToDocument(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the language still applies to this page.
  }
});

type Strings = () => Promise<{ default: Record<string, unknown> }>;

const LOADERS: Record<Exclude<Locale, 'ar'>, Strings> = {
  en: () => import('#shared/i18n/locales/en.json'),
};

/**
 * The strings of the pages that load on demand (the editor, the item pane's versions, feeds, people, the desk
 * overview: `<locale>.pages.json`) come with those pages, not with the queue's shell. Their loaders wait for
 * `loadPageStrings()`; once asked for, they follow every language the user switches to.
 */
const PAGE_LOADERS: Record<Locale, Strings> = {
  ar: () => import('#shared/i18n/locales/ar.pages.json'),
  en: () => import('#shared/i18n/locales/en.pages.json'),
};
let pagesWanted = false;
const pagesLoaded = new Map<Locale, Promise<void>>();

function ensurePageStrings(locale: Locale): Promise<void> {
  let loading = pagesLoaded.get(locale);
  if (!loading) {
    loading = PAGE_LOADERS[locale]().then((bundle) => {
      i18n.addResourceBundle(locale, 'translation', bundle.default, true, true);
    });
    loading.catch(() => pagesLoaded.delete(locale));
    pagesLoaded.set(locale, loading);
  }
  return loading;
}

/** Loads the on-demand pages' strings in the current language (and, from now on, in any language chosen). */
export function loadPageStrings(): Promise<void> {
  pagesWanted = true;
  return ensurePageStrings(isLocale(i18n.language) ? i18n.language : 'ar');
}

/** Loads a language's strings (the shell's, and the pages' once wanted) without switching to it. */
export async function ensureLocale(locale: Locale): Promise<void> {
  if (locale !== 'ar' && !i18n.hasResourceBundle(locale, 'translation')) {
    const bundle = await LOADERS[locale]();
    i18n.addResourceBundle(locale, 'translation', bundle.default, true, true);
  }
  if (pagesWanted) await ensurePageStrings(locale);
}

/** Switches the UI language (without telling the server; see useUpdateLocale for that). */
export async function setUiLocale(locale: Locale): Promise<void> {
  if (i18n.language === locale) return;
  await ensureLocale(locale);
  await i18n.changeLanguage(locale);
}

/** Before the first render: the signed-in user's language and digits, else those this browser last used. */
export async function initLocale(preferred?: Locale, digits?: Digits): Promise<void> {
  setUiDigits(digits ?? storedDigits());
  await setUiLocale(preferred ?? storedLocale()).catch(() => undefined);
}

export function storedDigits(): Digits {
  try {
    return localStorage.getItem(DIGITS_KEY) === 'arab' ? 'arab' : 'latn';
  } catch {
    return 'latn';
  }
}

/** Switches the digits of the Arabic interface (without telling the server; see useUpdatePreferences). */
export function setUiDigits(digits: Digits): void {
  if (formatDigits() === digits) return;
  setFormatDigits(digits);
  try {
    localStorage.setItem(DIGITS_KEY, digits);
  } catch {
    // Private mode: the digits still apply to this page.
  }
  i18n.emit(DIGITS_CHANGED, digits);
}

/**
 * The Intl options of an i18next format call: i18next hands the whole `t()` options object over (interpolation
 * values, `count`, `replace`…); only Intl's own number options are kept.
 */
const NUMBER_OPTIONS = [
  'style',
  'unit',
  'unitDisplay',
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'maximumSignificantDigits',
  'notation',
  'compactDisplay',
  'signDisplay',
  'useGrouping',
] as const;
function numberOptions(options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  const picked: Record<string, unknown> = {};
  for (const key of NUMBER_OPTIONS) if (options?.[key] !== undefined) picked[key] = options[key];
  return picked as Intl.NumberFormatOptions;
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

/**
 * A validation failure names the fields refused, in the UI language where the field has a name (`fields.*`),
 * else as the API calls it; the server's English sentence stays for the detail (errorDetail).
 */
function invalidFields(details: unknown): string | null {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return null;
  const paths = [
    ...new Set(
      issues
        .map((issue) => (issue as { path?: unknown }).path)
        .filter((path): path is string => typeof path === 'string' && path !== ''),
    ),
  ];
  if (paths.length === 0) return null;
  // A nested path (a draft's `fields.body`) is named by its last part when the whole has no name.
  const names = paths.map((path) => {
    const key = [`fields.${path}`, `fields.${path.split('.').at(-1)}`].find((name) => i18n.exists(name));
    return key ? i18n.t(key) : isolate(path);
  });
  return formatList(names, i18n.language);
}

/** The translated text for any failure: `errors.<code>` when the locale has it, else the server's message. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'validation_failed') {
      const fields = invalidFields(error.details);
      return fields ? i18n.t('errorText.invalidFields', { fields }) : i18n.t('errors.validation_failed');
    }
    const key = `errors.${error.code}`;
    // As `replace`: a detail named like an i18next option (context, count…) must not act as one.
    if (i18n.exists(key))
      return i18n.t(key, { replace: { ...detailValues(error.details), message: error.message } });
    return error.message || i18n.t('errors.internal');
  }
  return i18n.t('errors.internal');
}

/**
 * The technical detail of a failure beneath its translated text: the server's own message (in English, with
 * the status, address or limit), or null when the message is all there is (no translation for its code).
 */
export function errorDetail(error: unknown): string | null {
  if (!(error instanceof ApiError) || !error.message) return null;
  return i18n.exists(`errors.${error.code}`) ? error.message : null;
}
