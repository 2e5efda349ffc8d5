import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#client/lib/format.ts';

const PRESETS = [
  ['1h', 3_600_000],
  ['6h', 6 * 3_600_000],
  ['24h', 24 * 3_600_000],
  ['3d', 3 * 24 * 3_600_000],
  ['7d', 7 * 24 * 3_600_000],
] as const;

/** `datetime-local` speaks local wall time; the URL and API speak ISO instants. */
function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * A time window: of arrival (`since`/`until`) or of publication (`publishedSince`/`publishedUntil`). A preset
 * writes an absolute start into the URL, so a shared link shows the same window to whoever opens it.
 */
export function TimeRange({
  legend,
  since,
  until,
  onChange,
  testId,
}: {
  legend: string;
  since: string | undefined;
  until: string | undefined;
  onChange(range: { since?: string; until?: string }): void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <fieldset className="min-w-0" data-testid={testId}>
      <legend className="mb-1.5 text-xs font-semibold tracking-wide text-ink-soft">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {PRESETS.map(([key, span]) => (
          <button
            key={key}
            type="button"
            onClick={() => onChange({ since: new Date(Date.now() - span).toISOString(), until: undefined })}
            className="rounded border border-surface-line bg-white px-2 py-0.5 text-xs hover:bg-surface-sunken"
          >
            {t(`filters.presets.${key}`)}
          </button>
        ))}
        {since || until ? (
          <button
            type="button"
            onClick={() => onChange({ since: undefined, until: undefined })}
            className="rounded px-2 py-0.5 text-xs font-medium text-brand hover:underline"
          >
            {t('filters.anyTime')}
          </button>
        ) : null}
      </div>
      {since || until ? (
        <p className="mt-1.5 text-xs text-ink-soft" data-testid={testId && `${testId}-summary`}>
          {since ? t('filters.sinceSummary', { time: formatDateTime(since, i18n.language) }) : null}
          {since && until ? ' · ' : null}
          {until ? t('filters.untilSummary', { time: formatDateTime(until, i18n.language) }) : null}
        </p>
      ) : null}
      <details className="mt-1.5">
        <summary className="text-xs text-ink-soft hover:text-ink">{t('filters.customRange')}</summary>
        <div className="mt-1.5 grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1.5 text-xs">
          <label htmlFor={`${id}-since`}>{t('filters.since')}</label>
          <input
            id={`${id}-since`}
            type="datetime-local"
            value={toLocalInput(since)}
            onChange={(event) => onChange({ since: fromLocalInput(event.target.value), until })}
            className="h-7 rounded border border-surface-line bg-white px-1.5"
          />
          <label htmlFor={`${id}-until`}>{t('filters.until')}</label>
          <input
            id={`${id}-until`}
            type="datetime-local"
            value={toLocalInput(until)}
            onChange={(event) => onChange({ since, until: fromLocalInput(event.target.value) })}
            className="h-7 rounded border border-surface-line bg-white px-1.5"
          />
        </div>
      </details>
    </fieldset>
  );
}
