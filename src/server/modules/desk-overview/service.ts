/** The desk overview: the counts of repository.ts put together over one clock reading. */
import type { CodeSeries, DeskOverview, DeskOverviewQuery, Rising } from '#shared/schemas/desk-overview.ts';
import { OVERVIEW_STATUSES } from '#shared/schemas/desk-overview.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import { listEditorsWithLoad, toUserRef } from '../users/repository.ts';
import {
  countAssignedWork,
  countByStatus,
  countPerHour,
  countPublishedByAssignee,
  countRising,
  countTagsPerHour,
  HOUR_MS,
  oldestIncoming,
  publicationDelays,
  reviewEntries,
  type Span,
} from './repository.ts';

/** Series in the stacked flow charts: more would be slivers nobody can click. */
const SERIES = 6;
/** Rows in each "rising" list. */
const RISING = 5;

const iso = (ms: number) => new Date(ms).toISOString();
const window = (span: Span) => ({ from: iso(span.from), to: iso(span.to) });

/**
 * Midnight of `now`'s date in a time zone, in epoch ms. The zone's offset is read at `now`; on the night a
 * clock changes the day starts an hour off, which a desk can live with.
 */
export function startOfDay(now: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wallClock = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  const offset = wallClock - Math.floor(now / 1000) * 1000;
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!) - offset;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The biggest series over the span, each with its count per bucket. */
function topSeries(
  rows: Array<{ bucket: number; code: string; count: number }>,
  buckets: number,
): CodeSeries[] {
  const byCode = new Map<string, number[]>();
  for (const row of rows) {
    if (row.bucket < 0 || row.bucket >= buckets) continue;
    let counts = byCode.get(row.code);
    if (!counts) byCode.set(row.code, (counts = Array.from({ length: buckets }, () => 0)));
    counts[row.bucket] = row.count;
  }
  return [...byCode]
    .map(([code, counts]) => ({ code, counts, total: counts.reduce((sum, n) => sum + n, 0) }))
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code))
    .slice(0, SERIES);
}

/** The busiest values of the last hour, with the hour before beside them. */
function topRising(rows: Rising[]): Rising[] {
  return rows
    .filter((row) => row.last > 0)
    .sort(
      (a, b) =>
        b.last - a.last || b.last - b.previous - (a.last - a.previous) || a.value.localeCompare(b.value),
    )
    .slice(0, RISING);
}

/** The users among these ids, with why they are not editors on duty (see EditorBacklog.standing). */
async function holdersOffDuty(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'disabled'])
    .where('id', 'in', ids)
    .execute();
  return rows.map((row) => ({
    ...toUserRef(row),
    standing: row.disabled ? ('disabled' as const) : ('notEditor' as const),
  }));
}

export async function deskOverview(ctx: AppContext, query: DeskOverviewQuery): Promise<DeskOverview> {
  const db = ctx.database.reader;
  const now = ctx.now();
  const dayStart = startOfDay(now, query.timeZone);
  // Hours on the clock: the last bucket is the hour under way.
  const currentHour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const flowSpan: Span = { from: currentHour - (query.hours - 1) * HOUR_MS, to: currentHour + HOUR_MS - 1 };
  const buckets = Array.from({ length: query.hours }, (_, index) => {
    const from = flowSpan.from + index * HOUR_MS;
    return { from, to: from + HOUR_MS - 1 };
  });
  const lastHour: Span = { from: now - HOUR_MS + 1, to: now };
  const hourBefore: Span = { from: now - 2 * HOUR_MS + 1, to: now - HOUR_MS };
  const reviewSince = now - query.reviewAfterMinutes * 60_000;

  const [
    statuses,
    editors,
    assignedWork,
    publishedByAssignee,
    incoming,
    published,
    countryRows,
    topicRows,
    risingCountries,
    risingTopics,
    risingSources,
    oldest,
    inReviewSince,
    delays,
  ] = await Promise.all([
    countByStatus(db),
    listEditorsWithLoad(db),
    countAssignedWork(db),
    countPublishedByAssignee(db, dayStart),
    countPerHour(db, 'received_at', flowSpan),
    countPerHour(db, 'published_at', flowSpan),
    countTagsPerHour(db, 'countries', flowSpan),
    countTagsPerHour(db, 'topics', flowSpan),
    countRising(db, 'countries', hourBefore, lastHour),
    countRising(db, 'topics', hourBefore, lastHour),
    countRising(db, null, hourBefore, lastHour),
    oldestIncoming(db),
    reviewEntries(db),
    publicationDelays(db, dayStart),
  ]);

  // Stories held by someone no longer an editor on duty (disabled, or the role taken away) are still the desk's:
  // their holder keeps a row, so the rows add up to the statuses' counts and the chief sees what to reassign.
  const onDuty = new Set(editors.map((editor) => editor.id));
  const strandedHolders = await holdersOffDuty(db, [
    ...new Set(assignedWork.map((row) => row.assigneeId).filter((id) => !onDuty.has(id))),
  ]);
  const work = (userId: number, status: string, returnedOnly = false) =>
    assignedWork
      .filter((row) => row.assigneeId === userId && row.status === status && (!returnedOnly || row.returned))
      .reduce((sum, row) => sum + row.count, 0);
  const waiting = inReviewSince.filter((since) => since <= reviewSince);

  return {
    asOf: iso(now),
    dayStart: iso(dayStart),
    hours: query.hours,
    reviewAfterMinutes: query.reviewAfterMinutes,
    backlog: {
      statuses: OVERVIEW_STATUSES.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
      editors: [...editors, ...strandedHolders]
        .map((editor) => ({
          user: { id: editor.id, username: editor.username, displayName: editor.displayName },
          assigned: work(editor.id, 'assigned'),
          returned: work(editor.id, 'assigned', true),
          inReview: work(editor.id, 'in_review'),
          publishedToday: publishedByAssignee.get(editor.id) ?? 0,
          load: work(editor.id, 'assigned') + work(editor.id, 'in_review'),
          ...('standing' in editor ? { standing: editor.standing } : {}),
        }))
        .sort((a, b) => b.load - a.load || a.user.displayName.localeCompare(b.user.displayName)),
    },
    flow: {
      buckets: buckets.map(window),
      incoming: buckets.map((_, index) => incoming.get(index) ?? 0),
      published: buckets.map((_, index) => published.get(index) ?? 0),
      countries: topSeries(countryRows, buckets.length),
      topics: topSeries(topicRows, buckets.length),
    },
    rising: {
      lastHour: window(lastHour),
      hourBefore: window(hourBefore),
      countries: topRising(risingCountries),
      topics: topRising(risingTopics),
      sources: topRising(risingSources),
    },
    timeInState: {
      oldestIncoming: oldest
        ? { id: oldest.id, headline: oldest.headline, receivedAt: iso(Number(oldest.received_at)) }
        : null,
      waitingReview: {
        count: waiting.length,
        since: iso(reviewSince),
        oldestSince: waiting.length ? iso(Math.min(...waiting)) : null,
      },
      publishedToday: delays.length,
      medianToPublishMs: median(delays),
    },
  };
}
