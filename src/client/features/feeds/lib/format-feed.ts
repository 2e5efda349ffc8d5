/** Intervals and language names in the UI language, through Intl (formatters cached per locale). */
import { cached, formatNumberWith } from '#client/lib/format.ts';

const PARTS: Array<['hour' | 'minute' | 'second', number]> = [
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "5 minutes", "1 hour, 30 minutes" / "5 دقائق", "ساعة و30 دقيقة". */
export function formatInterval(seconds: number, locale: string): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(seconds));
  for (const [unit, size] of PARTS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount === 0) continue;
    parts.push(formatNumberWith(amount, locale, { style: 'unit', unit, unitDisplay: 'long' }));
  }
  if (parts.length === 0) parts.push(formatNumberWith(0, locale, { style: 'unit', unit: 'second' }));
  return cached(`lu:${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' })).format(
    parts,
  );
}

/** A language code's name in the UI language ("ar" → "العربية" / "Arabic"); the code when Intl has none. */
export function languageName(code: string, locale: string): string {
  try {
    return (
      cached(
        `lang:${locale}`,
        () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }),
      ).of(code) ?? code
    );
  } catch {
    return code;
  }
}

export type IntervalUnit = 'seconds' | 'minutes' | 'hours';
export const UNIT_SECONDS: Record<IntervalUnit, number> = { seconds: 1, minutes: 60, hours: 3600 };

/** The largest unit that writes the interval as a whole number: 3600 → 1 hour, 90 → 90 seconds. */
export function splitInterval(seconds: number): { value: number; unit: IntervalUnit } {
  if (seconds >= 3600 && seconds % 3600 === 0) return { value: seconds / 3600, unit: 'hours' };
  if (seconds >= 60 && seconds % 60 === 0) return { value: seconds / 60, unit: 'minutes' };
  return { value: seconds, unit: 'seconds' };
}
