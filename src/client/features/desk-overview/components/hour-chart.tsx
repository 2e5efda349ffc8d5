/**
 * Items per hour as (stacked) bars, each segment a link into the queue filtered to exactly its items, with a
 * table of the same numbers a click away. Recharts draws the SVG; the x axis runs right to left in Arabic.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { TimeWindow } from '#shared/schemas/desk-overview.ts';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { formatNumber, formatTime } from '#client/lib/format.ts';
import { directionOf } from '#client/lib/i18n.ts';
import { QueueLink, useQueueNavigation } from './queue-link.tsx';

/** Dark enough for 3:1 against white (non-text contrast), and told apart by the legend's names too. */
export const SERIES_COLOURS = ['#0f766e', '#1d4ed8', '#b45309', '#7c3aed', '#be123c', '#4d7c0f'];

export interface HourSeries {
  key: string;
  name: string;
  counts: number[];
  /** The queue view of one hour of this series; null when the queue cannot select it. */
  filtersFor(index: number): ItemFilters | null;
}

interface SegmentProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  index?: number;
}

export function HourChart({
  title,
  testId,
  buckets,
  series,
}: {
  title: string;
  testId: string;
  buckets: TimeWindow[];
  series: HourSeries[];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rtl = directionOf(locale) === 'rtl';
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const navigation = useQueueNavigation();
  const hourName = (index: number) =>
    t('deskOverview.hourRange', {
      from: formatTime(buckets[index]!.from, locale),
      to: formatTime(new Date(Date.parse(buckets[index]!.to) + 1).toISOString(), locale),
    });
  const data = buckets.map((bucket, index) => ({
    hour: formatTime(bucket.from, locale),
    ...Object.fromEntries(series.map((entry) => [entry.key, entry.counts[index] ?? 0])),
  }));
  const segmentLabel = (entry: HourSeries, index: number) =>
    t('deskOverview.segmentLabel', {
      name: entry.name,
      hour: hourName(index),
      count: entry.counts[index] ?? 0,
      formatted: formatNumber(entry.counts[index] ?? 0, locale),
    });

  // Recharts calls a function shape with each segment's geometry (a render function, not a component).
  const renderSegment =
    (entry: HourSeries, colour: string) =>
    ({ x = 0, y = 0, width = 0, height = 0, index = 0 }: SegmentProps) => {
      const count = entry.counts[index] ?? 0;
      if (count === 0 || height <= 0) return <g />;
      const rect = <rect x={x} y={y} width={width} height={height} fill={colour} />;
      const filters = entry.filtersFor(index);
      if (!filters)
        return (
          <g>
            <title>{segmentLabel(entry, index)}</title>
            {rect}
          </g>
        );
      return (
        <a
          href={navigation.href(filters)}
          onClick={navigation.onClick(filters)}
          aria-label={segmentLabel(entry, index)}
          data-testid={`${testId}-segment`}
          data-series={entry.key}
          data-count={count}
          className="focus-visible:outline-2"
        >
          {rect}
        </a>
      );
    };

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-surface-line bg-white p-3"
      data-testid={testId}
    >
      <div className="mb-2 flex items-center gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-ink">
          {title}
        </h3>
        <button
          type="button"
          className="ms-auto rounded-md px-2 py-1 text-xs font-medium text-brand hover:bg-surface-sunken"
          aria-pressed={asTable}
          onClick={() => setAsTable((value) => !value)}
          data-testid={`${testId}-toggle`}
        >
          {t('deskOverview.showTable')}
        </button>
      </div>
      {asTable ? (
        <div className="max-h-72 overflow-auto">
          <table className="w-full text-start text-xs tabular-nums">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="p-1 text-start font-medium">
                  {t('deskOverview.hour')}
                </th>
                {series.map((entry) => (
                  <th key={entry.key} scope="col" className="p-1 text-start font-medium">
                    {entry.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket, index) => (
                <tr key={bucket.from} className="border-t border-surface-line">
                  <th scope="row" className="p-1 text-start font-normal">
                    {hourName(index)}
                  </th>
                  {series.map((entry) => (
                    <td key={entry.key} className="p-1">
                      <QueueLink
                        filters={entry.filtersFor(index)}
                        label={segmentLabel(entry, index)}
                        count={entry.counts[index] ?? 0}
                      >
                        {formatNumber(entry.counts[index] ?? 0, locale)}
                      </QueueLink>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          <div className="h-52" dir="ltr">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={data}
                accessibilityLayer={false}
                margin={{ top: 4, right: 4, bottom: 0, left: 4 }}
              >
                <CartesianGrid vertical={false} stroke="#e2e8f0" />
                <XAxis
                  dataKey="hour"
                  reversed={rtl}
                  // The chart is laid out left to right (its box is dir="ltr"); an Arabic hour ("9:00 ص") is
                  // isolated right to left so that ص stays after the digits, as in the sentence above the chart.
                  tickFormatter={(hour: string) => (rtl ? `\u2067${hour}\u2069` : hour)}
                  tick={{ fontSize: 11, fill: '#475569' }}
                  interval="preserveStartEnd"
                  minTickGap={16}
                />
                <YAxis
                  orientation={rtl ? 'right' : 'left'}
                  allowDecimals={false}
                  width={36}
                  tick={{ fontSize: 11, fill: '#475569' }}
                  tickFormatter={(value: number) => formatNumber(value, locale)}
                />
                {series.map((entry, position) => (
                  <Bar
                    key={entry.key}
                    dataKey={entry.key}
                    name={entry.name}
                    stackId="hour"
                    isAnimationActive={false}
                    fill={SERIES_COLOURS[position % SERIES_COLOURS.length]}
                    shape={renderSegment(entry, SERIES_COLOURS[position % SERIES_COLOURS.length]!)}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          {series.length > 1 ? (
            <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-ink-soft">
              {series.map((entry, position) => (
                <li key={entry.key} className="flex items-center gap-1">
                  <svg aria-hidden="true" viewBox="0 0 10 10" className="size-2.5">
                    <rect width="10" height="10" fill={SERIES_COLOURS[position % SERIES_COLOURS.length]} />
                  </svg>
                  {entry.name}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
