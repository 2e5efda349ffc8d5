/** Dates, times, numbers and country names, all through Intl in the UI language. Formatters are cached. */
import { useSyncExternalStore } from 'react';

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

/**
 * Digits are the locale's own (CLDR): current browsers write Latin digits for `ar`, as most of the wire copy
 * does, older ones Arabic-Indic; either way the whole interface agrees, since everything goes through Intl.
 */
export function formatNumber(value: number, locale: string): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
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
  return cached(
    `dt:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(iso));
}

export function formatTime(iso: string, locale: string): string {
  return cached(`t:${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' })).format(
    new Date(iso),
  );
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
  const format = cached(
    `r:${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
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

/** The current time, refreshed every 30 seconds. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
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
