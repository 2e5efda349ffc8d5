/**
 * The desk overview (`/desk`): the backlog now, the flow of the last hours, what is rising and how long items
 * wait. Every number opens the queue filtered to exactly its items (#shared/desk-overview-links.ts, which the
 * server's tests hold to the same counts). Loaded only on this route: it brings the chart library with it.
 */
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { overviewLinks, type EditorFigure, type RisingKind } from '#shared/desk-overview-links.ts';
import {
  OVERVIEW_LIMITS,
  parseOverviewQuery,
  type DeskOverview,
  type DeskOverviewRawQuery,
  type OverviewQueryProblem,
} from '#shared/schemas/desk-overview.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { countryName, formatNumber, formatRelative, formatTime, useNow } from '#client/lib/format.ts';
import { useSourceName } from '#client/lib/local-names.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { useDeskOverview } from '../api/get-desk-overview.ts';
import { useSaveReviewThreshold } from '../api/save-review-threshold.ts';
import { formatDuration } from '../lib/format-duration.ts';
import { HourChart, type HourSeries } from './hour-chart.tsx';
import { QueueLink } from './queue-link.tsx';
import { DirectedText } from '#client/lib/directed-text.tsx';

/** The browser's own time zone: "today" is the reader's day. */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const HOUR_CHOICES = [6, 12, 24, 48, 72];

export function DeskOverviewPage({ search }: { search: { hours?: string; reviewAfter?: string } }) {
  const { t, i18n } = useTranslation();
  const query: DeskOverviewRawQuery = { ...search, tz: TIME_ZONE };
  const { data, error, isPending, refetch } = useDeskOverview(query);
  return (
    <div className="h-full overflow-y-auto bg-surface-sunken" data-testid="desk-overview">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 p-4">
        <header className="flex flex-wrap items-end gap-3">
          <div>
            <h1 className="text-xl font-bold text-ink">{t('deskOverview.title')}</h1>
            {data ? (
              <p className="text-xs text-ink-soft" data-testid="desk-overview-as-of">
                {t('deskOverview.asOf', { time: formatTime(data.asOf, i18n.language) })}
              </p>
            ) : null}
          </div>
          <SettingsForm search={search} />
        </header>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {isPending && !error ? <Spinner className="p-6" /> : null}
        {data && !error ? <Overview overview={data} /> : null}
      </div>
    </div>
  );
}

/** The span of hours a URL asks for, when it is one the overview can show; else the default. */
function spanOf(raw: string | undefined): number {
  const parsed = parseOverviewQuery({ hours: raw, tz: TIME_ZONE });
  return parsed.ok ? parsed.query.hours : OVERVIEW_LIMITS.hours.default;
}

/**
 * The span of the flow and the review threshold, written into the URL (a chief's view can be shared). The
 * threshold is also kept with the account: the overview opens with it next time, on any machine.
 */
function SettingsForm({ search }: { search: { hours?: string; reviewAfter?: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const saveThreshold = useSaveReviewThreshold();
  const hoursId = useId();
  const reviewId = useId();
  const errorId = useId();
  // A span from the URL that is no span ("abc", 1000) is said so above; the menu offers only real ones.
  const [hours, setHours] = useState(String(spanOf(search.hours)));
  const [reviewAfter, setReviewAfter] = useState(
    search.reviewAfter ?? String(user.reviewAfterMinutes ?? OVERVIEW_LIMITS.reviewAfterMinutes.default),
  );
  const [problem, setProblem] = useState<OverviewQueryProblem | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseOverviewQuery({ hours, reviewAfter, tz: TIME_ZONE });
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    // What was applied, shown: an emptied field takes the default, which it now says (it stayed blank).
    setReviewAfter(String(parsed.query.reviewAfterMinutes));
    if (parsed.query.reviewAfterMinutes !== user.reviewAfterMinutes)
      saveThreshold.mutate(parsed.query.reviewAfterMinutes);
    void navigate({
      to: '/desk',
      search: { hours: String(parsed.query.hours), reviewAfter: String(parsed.query.reviewAfterMinutes) },
    });
  };
  const hourChoices = HOUR_CHOICES.includes(Number(hours)) ? HOUR_CHOICES : [...HOUR_CHOICES, Number(hours)];
  return (
    <form className="ms-auto flex flex-wrap items-end gap-2 text-sm" onSubmit={submit} noValidate>
      <label className="flex flex-col gap-1" htmlFor={hoursId}>
        <span className="text-xs font-medium text-ink-soft">{t('deskOverview.hoursLabel')}</span>
        <select
          id={hoursId}
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          className="rounded-md border border-surface-line bg-white px-2 py-1"
        >
          {hourChoices.map((value) => (
            <option key={value} value={String(value)}>
              {t('deskOverview.hoursOption', { count: Number(value) })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1" htmlFor={reviewId}>
        <span className="text-xs font-medium text-ink-soft">{t('deskOverview.reviewAfterLabel')}</span>
        <input
          id={reviewId}
          inputMode="numeric"
          value={reviewAfter}
          onChange={(event) => setReviewAfter(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          className="w-24 rounded-md border border-surface-line bg-white px-2 py-1"
          data-testid="desk-overview-review-after"
        />
      </label>
      <Button type="submit" size="sm">
        {t('deskOverview.apply')}
      </Button>
      {problem ? (
        <p
          id={errorId}
          role="alert"
          className="basis-full text-sm text-rose-800"
          data-testid="desk-overview-problem"
        >
          {t(`errors.${problem.code}`, { replace: problem.details })}
        </p>
      ) : null}
    </form>
  );
}

function Overview({ overview }: { overview: DeskOverview }) {
  return (
    <>
      <Backlog overview={overview} />
      <Flow overview={overview} />
      <div className="grid gap-4 lg:grid-cols-2">
        <RisingLists overview={overview} />
        <TimeInState overview={overview} />
      </div>
    </>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3" data-testid={testId}>
      <h2 id={id} className="text-base font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Backlog({ overview }: { overview: DeskOverview }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const figures: EditorFigure[] = ['assigned', 'returned', 'inReview', 'publishedToday', 'load'];
  const maxLoad = Math.max(1, ...overview.backlog.editors.map((row) => row.load));
  return (
    <Section title={t('deskOverview.backlog')} testId="desk-overview-backlog">
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-8">
        {overview.backlog.statuses.map(({ status, count }) => (
          <li key={status} className="rounded-lg border border-surface-line bg-white p-3">
            <QueueLink
              filters={overviewLinks.status(status)}
              label={t('deskOverview.statusLabel', { status: t(`status.${status}`), count })}
              testId={`desk-overview-status-${status}`}
              count={count}
              className="flex flex-col"
            >
              <span className="text-xs text-ink-soft">{t(`status.${status}`)}</span>
              <span className="text-2xl font-semibold tabular-nums text-ink">
                {formatNumber(count, locale)}
              </span>
            </QueueLink>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded-lg border border-surface-line bg-white">
        <table className="w-full text-sm tabular-nums" data-testid="desk-overview-editors">
          <caption className="sr-only">{t('deskOverview.editors')}</caption>
          <thead className="text-xs text-ink-soft">
            <tr>
              <th scope="col" className="p-2 text-start font-medium">
                {t('deskOverview.editor')}
              </th>
              {figures.map((figure) => (
                <th key={figure} scope="col" className="p-2 text-start font-medium">
                  {t(`deskOverview.figures.${figure}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.backlog.editors.map((row) => (
              <tr
                key={row.user.id}
                className="border-t border-surface-line"
                data-testid="desk-overview-editor"
              >
                <th scope="row" className="p-2 text-start font-medium">
                  <bdi>{row.user.displayName}</bdi>
                  {row.standing ? (
                    <span
                      className="ms-2 rounded-full bg-amber-50 px-2 text-xs font-normal leading-5 text-amber-900 ring-1 ring-inset ring-amber-200"
                      data-testid="desk-overview-editor-standing"
                    >
                      {t(`deskOverview.standing.${row.standing}`)}
                    </span>
                  ) : null}
                </th>
                {figures.map((figure) => (
                  <td key={figure} className="p-2">
                    <span className="flex items-center gap-2">
                      <QueueLink
                        filters={overviewLinks.editor(row.user.id, figure, overview.dayStart)}
                        label={t('deskOverview.editorLabel', {
                          name: row.user.displayName,
                          figure: t(`deskOverview.figures.${figure}`),
                          count: row[figure],
                        })}
                        count={row[figure]}
                        testId={`desk-overview-editor-${figure}`}
                      >
                        {formatNumber(row[figure], locale)}
                      </QueueLink>
                      {figure === 'load' ? <LoadBar value={row.load} max={maxLoad} /> : null}
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

/** The editors' loads side by side: one scale for the whole column (the number beside it says it in words). */
function LoadBar({ value, max }: { value: number; max: number }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      className="h-2 w-24 rtl:-scale-x-100"
    >
      <rect width="100" height="8" fill="#e2e8f0" />
      <rect width={(100 * value) / max} height="8" fill="#0f766e" />
    </svg>
  );
}

function Flow({ overview }: { overview: DeskOverview }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { flow } = overview;
  const countries: HourSeries[] = flow.countries.map((series) => ({
    key: series.code,
    name: countryName(series.code, locale),
    counts: series.counts,
    filtersFor: (index) => overviewLinks.arrived(flow.buckets[index]!, { country: series.code }),
  }));
  const topics: HourSeries[] = flow.topics.map((series) => ({
    key: series.code,
    name: t(`topics.${series.code}`),
    counts: series.counts,
    filtersFor: (index) => overviewLinks.arrived(flow.buckets[index]!, { topic: series.code }),
  }));
  const totals: HourSeries[] = [
    {
      key: 'incoming',
      name: t('deskOverview.incoming'),
      counts: flow.incoming,
      filtersFor: (index) => overviewLinks.arrived(flow.buckets[index]!),
    },
  ];
  const published: HourSeries[] = [
    {
      key: 'published',
      name: t('deskOverview.published'),
      counts: flow.published,
      filtersFor: (index) => overviewLinks.published(flow.buckets[index]!),
    },
  ];
  return (
    <Section title={t('deskOverview.flow', { count: overview.hours })} testId="desk-overview-flow">
      <div className="grid gap-4 lg:grid-cols-2">
        <HourChart
          title={t('deskOverview.incomingTotal')}
          testId="chart-incoming"
          buckets={flow.buckets}
          series={totals}
        />
        <HourChart
          title={t('deskOverview.publishedPerHour')}
          testId="chart-published"
          buckets={flow.buckets}
          series={published}
        />
        <HourChart
          title={t('deskOverview.byCountry')}
          testId="chart-countries"
          buckets={flow.buckets}
          series={countries}
        />
        <HourChart
          title={t('deskOverview.byTopic')}
          testId="chart-topics"
          buckets={flow.buckets}
          series={topics}
        />
      </div>
    </Section>
  );
}

function RisingLists({ overview }: { overview: DeskOverview }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { rising } = overview;
  const sourceName = useSourceName();
  const nameOf = (kind: RisingKind, value: string) =>
    kind === 'countries'
      ? countryName(value, locale)
      : kind === 'topics'
        ? t(`topics.${value}`)
        : sourceName(value);
  return (
    <Section title={t('deskOverview.rising')} testId="desk-overview-rising">
      <div className="grid gap-3 sm:grid-cols-3">
        {(['countries', 'topics', 'sources'] as const).map((kind) => (
          <div key={kind} className="rounded-lg border border-surface-line bg-white p-3">
            <table className="w-full text-sm tabular-nums">
              <caption className="mb-1 text-start text-sm font-semibold text-ink">
                {t(`deskOverview.risingKinds.${kind}`)}
              </caption>
              <thead className="text-xs text-ink-soft">
                <tr>
                  <th scope="col" className="text-start font-medium">
                    <span className="sr-only">{t(`deskOverview.risingKinds.${kind}`)}</span>
                  </th>
                  <th scope="col" className="text-start font-medium">
                    {t('deskOverview.lastHour')}
                  </th>
                  <th scope="col" className="text-start font-medium">
                    {t('deskOverview.hourBefore')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rising[kind].length === 0 ? (
                  <tr>
                    <td colSpan={3} className="py-1 text-xs text-ink-soft">
                      {t('deskOverview.nothingLastHour')}
                    </td>
                  </tr>
                ) : null}
                {rising[kind].map((row) => {
                  const name = nameOf(kind, row.value);
                  const trend = row.last > row.previous ? '▲' : row.last < row.previous ? '▼' : '＝';
                  return (
                    <tr key={row.value} className="border-t border-surface-line">
                      <th scope="row" className="py-1 text-start font-normal">
                        <bdi>{name}</bdi>{' '}
                        <span
                          aria-hidden="true"
                          className={row.last > row.previous ? 'text-emerald-700' : 'text-ink-faint'}
                        >
                          {trend}
                        </span>
                      </th>
                      <td className="py-1">
                        <QueueLink
                          filters={overviewLinks.rising(rising.lastHour, kind, row.value)}
                          label={t('deskOverview.risingLabel', { name, count: row.last })}
                          count={row.last}
                          testId={`desk-overview-rising-${kind}`}
                        >
                          {formatNumber(row.last, locale)}
                        </QueueLink>
                      </td>
                      <td className="py-1">
                        <QueueLink
                          filters={overviewLinks.rising(rising.hourBefore, kind, row.value)}
                          label={t('deskOverview.risingBeforeLabel', { name, count: row.previous })}
                          count={row.previous}
                        >
                          {formatNumber(row.previous, locale)}
                        </QueueLink>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </Section>
  );
}

function TimeInState({ overview }: { overview: DeskOverview }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const now = useNow();
  const { oldestIncoming, waitingReview, medianToPublishMs, publishedToday } = overview.timeInState;
  const card = 'rounded-lg border border-surface-line bg-white p-3';
  return (
    <Section title={t('deskOverview.timeInState')} testId="desk-overview-time">
      <div className="grid gap-3 sm:grid-cols-3">
        <div className={card}>
          <h3 className="text-xs font-medium text-ink-soft">{t('deskOverview.oldestIncoming')}</h3>
          {oldestIncoming ? (
            <QueueLink
              filters={overviewLinks.oldestIncoming(oldestIncoming.receivedAt)}
              label={t('deskOverview.oldestIncomingLabel', {
                age: formatRelative(oldestIncoming.receivedAt, now, locale),
                headline: oldestIncoming.headline,
              })}
              testId="desk-overview-oldest-incoming"
              className="mt-1 flex flex-col"
            >
              <span className="text-lg font-semibold text-ink">
                {formatRelative(oldestIncoming.receivedAt, now, locale)}
              </span>
              <DirectedText text={oldestIncoming.headline} className="line-clamp-2 text-xs text-ink-soft" />
            </QueueLink>
          ) : (
            <p className="mt-1 text-sm text-ink-soft">{t('deskOverview.noIncoming')}</p>
          )}
        </div>
        <div className={card}>
          <h3 className="text-xs font-medium text-ink-soft">
            {t('deskOverview.waitingReview', { count: overview.reviewAfterMinutes })}
          </h3>
          <QueueLink
            filters={overviewLinks.waitingReview(overview.reviewAfterMinutes)}
            label={t('deskOverview.waitingReviewLabel', {
              count: waitingReview.count,
              minutes: overview.reviewAfterMinutes,
            })}
            count={waitingReview.count}
            testId="desk-overview-waiting-review"
            className="mt-1 block text-lg font-semibold text-ink"
          >
            {formatNumber(waitingReview.count, locale)}
          </QueueLink>
          {waitingReview.oldestSince ? (
            <p className="text-xs text-ink-soft">
              {t('deskOverview.longestWait', {
                duration: formatDuration(now - Date.parse(waitingReview.oldestSince), locale),
              })}
            </p>
          ) : null}
        </div>
        <div className={card}>
          <h3 className="text-xs font-medium text-ink-soft">{t('deskOverview.medianToPublish')}</h3>
          <p className="mt-1 text-lg font-semibold text-ink" data-testid="desk-overview-median">
            {medianToPublishMs === null
              ? t('deskOverview.noPublication')
              : formatDuration(medianToPublishMs, locale)}
          </p>
          {/* The median is taken over today's publications: the link opens exactly those. */}
          <QueueLink
            filters={overviewLinks.publishedToday(overview.dayStart)}
            label={t('deskOverview.publishedToday', {
              count: publishedToday,
              formatted: formatNumber(publishedToday, locale),
            })}
            count={publishedToday}
            testId="desk-overview-published-today"
            className="text-xs text-ink-soft"
          >
            {t('deskOverview.publishedToday', {
              count: publishedToday,
              formatted: formatNumber(publishedToday, locale),
            })}
          </QueueLink>
        </div>
      </div>
    </Section>
  );
}
