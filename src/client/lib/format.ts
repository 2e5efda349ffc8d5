/**
 * Dates, times, numbers and country names, all through Intl in the UI language and the user's digits.
 * Formatters are cached.
 */
import { useSyncExternalStore } from 'react';
import type { Digits } from '#shared/schemas/users.ts';

/**
 * The user's digits for the Arabic interface (`latn` 0-9 or `arab` ٠-٩), set from their preference
 * (i18n.ts, setUiDigits). Every formatter here, and i18next's `{{x, number}}`, takes its locale through
 * `intlLocale`, so the whole interface writes numbers one way.
 */
let arabicDigits: Digits = 'latn';

export function setFormatDigits(digits: Digits): void {
  arabicDigits = digits;
}

export function formatDigits(): Digits {
  return arabicDigits;
}

/**
 * The Intl locale for a UI language: Arabic with the user's numbering system (`ar-u-nu-arab`), any other
 * language as it is (its digits are Latin). Explicit either way: browsers disagree on Arabic's default (CLDR
 * changed it), and the user, not the browser, decides.
 */
export function intlLocale(locale: string): string {
  return locale.startsWith('ar') && !locale.includes('-u-') ? `${locale}-u-nu-${arabicDigits}` : locale;
}

const cache = new Map<string, unknown>();
/** One Intl formatter per key, made on first use (constructing them is the slow part). Keys are `<kind>:<locale>`; each kind names one formatter and its options, so pick a new kind for new options. */
export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A number in the UI language with the user's digits (the wire's own text keeps the digits it was sent with). */
export function formatNumber(value: number, locale: string): string {
  const tag = intlLocale(locale);
  return cached(`n:${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}

/** i18next's `{{count, number}}` with options (`{{n, number(minimumIntegerDigits: 2)}}`), in the user's digits. */
export function formatNumberWith(value: number, locale: string, options: Intl.NumberFormatOptions): string {
  const tag = intlLocale(locale);
  const key = `no:${tag}:${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(tag, options)).format(value);
}

export function countryName(code: string, locale: string): string {
  const names = cached(
    `c:${locale}`,
    () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }),
  );
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function formatDateTime(iso: string, locale: string): string {
  const tag = intlLocale(locale);
  return cached(
    `dt:${tag}`,
    () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

export function formatTime(iso: string, locale: string): string {
  const tag = intlLocale(locale);
  return cached(`t:${tag}`, () => new Intl.DateTimeFormat(tag, { timeStyle: 'short' })).format(new Date(iso));
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago" / "قبل ٣ دقائق"; under a minute, "now". */
export function formatRelative(iso: string, now: number, locale: string): string {
  const tag = intlLocale(locale);
  const format = cached(
    `r:${tag}`,
    () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style: 'short' }),
  );
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  for (const [unit, size] of UNITS) {
    if (abs >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

// One clock for every relative time on screen: a single timer, re-rendering only what reads it.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/**
 * Rendered on the server (the first glance), nothing subscribes to refresh `now`: the renderer gives its clock.
 */
let serverNow: () => number = Date.now;
/** Sets the clock of renders on the server; returns what puts the previous one back. */
export function setServerClock(clock: () => number): () => void {
  const previous = serverNow;
  serverNow = clock;
  return () => {
    serverNow = previous;
  };
}

/** The current time, refreshed every 30 seconds. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => serverNow(),
  );
}

/** "A, B and C" in the UI language. */
export function formatList(values: readonly string[], locale: string): string {
  return cached(
    `l:${locale}`,
    () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'short' }),
  ).format(values);
}

/**
 * User or wire text (a name, a headline) inside a translated sentence: isolated with FSI…PDI, the plain-text
 * form of `<bdi>`, so a Latin name in an Arabic sentence (or the reverse) cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
