import { useId } from 'react';
import type { FeedFormFields } from '../hooks/use-feed-form.ts';
import { useFeedsTranslation } from '../i18n.ts';
import type { IntervalUnit } from '../lib/format-feed.ts';
import { FEED_INPUT } from './feed-form-field.tsx';

const UNITS: IntervalUnit[] = ['seconds', 'minutes', 'hours'];

/** How often the feed is fetched. */
export function FeedScheduleSection({
  fields: { values, errors, set, message },
}: {
  fields: FeedFormFields;
}) {
  const { t } = useFeedsTranslation();
  const ids = useId();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium text-ink">{t('form.interval')}</legend>
      <div className="flex gap-2">
        <input
          data-field="pollIntervalSeconds"
          name="intervalValue"
          // Text, not type="number": a number field drops the ٠–٩ an Arabic keyboard types (read by latinDigits).
          inputMode="numeric"
          autoComplete="off"
          value={values.intervalValue}
          onChange={(event) => set('intervalValue', event.target.value)}
          aria-label={t('form.intervalValue')}
          aria-invalid={errors.pollIntervalSeconds ? true : undefined}
          aria-describedby={`${ids}-interval-hint${errors.pollIntervalSeconds ? ` ${ids}-interval-error` : ''}`}
          className={`${FEED_INPUT} w-28 tabular-nums`}
        />
        <select
          name="intervalUnit"
          value={values.intervalUnit}
          onChange={(event) => set('intervalUnit', event.target.value as IntervalUnit)}
          aria-label={t('form.intervalUnit')}
          className={`${FEED_INPUT} w-40`}
        >
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`form.units.${unit}`)}
            </option>
          ))}
        </select>
      </div>
      <p id={`${ids}-interval-hint`} className="text-xs text-ink-faint">
        {t('form.intervalHint')}
      </p>
      {errors.pollIntervalSeconds ? (
        <p
          id={`${ids}-interval-error`}
          className="text-xs font-medium text-rose-800"
          data-testid="field-error"
        >
          {message('pollIntervalSeconds')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Whether the feed is fetched at all (a feed can be kept without fetching it); last in the form. */
export function FeedFetchingToggle({ fields: { values, set } }: { fields: FeedFormFields }) {
  const { t } = useFeedsTranslation();
  const ids = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={`${ids}-enabled`}
        name="enabled"
        type="checkbox"
        checked={values.enabled}
        onChange={(event) => set('enabled', event.target.checked)}
        aria-describedby={`${ids}-enabled-hint`}
        className="mt-1 size-4 accent-brand"
      />
      <div>
        <label htmlFor={`${ids}-enabled`} className="text-sm font-medium text-ink">
          {t('form.enabled')}
        </label>
        <p id={`${ids}-enabled-hint`} className="text-xs text-ink-faint">
          {t('form.enabledHint')}
        </p>
      </div>
    </div>
  );
}
