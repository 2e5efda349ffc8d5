import { formatNumberWith } from '#client/lib/format.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A waiting time in the largest unit that keeps it readable: "40 minutes", "3.5 hours", "2 days". */
export function formatDuration(ms: number, locale: string): string {
  const [value, unit] =
    ms < HOUR ? [Math.round(ms / MINUTE), 'minute'] : ms < 2 * DAY ? [ms / HOUR, 'hour'] : [ms / DAY, 'day'];
  return formatNumberWith(value, locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
}
