/**
 * The desk overview (`GET /api/desk/overview`): the backlog now, the flow of the last hours and how long items
 * wait, in one answer. The query's limits are checked here, on both sides, each with its own error code, so a
 * chief who types an impossible threshold reads why in their language (`errors.desk_overview.*`).
 */
import { z } from 'zod';
import { ITEM_STATUSES } from '../workflow.ts';
import { ItemStatusSchema } from './items.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { REVIEW_AFTER_MINUTES, UserRefSchema } from './users.ts';
import { latinDigits } from '../text/digits.ts';

/** What the query may ask for, and what it gets when it does not say. */
export const OVERVIEW_LIMITS = {
  hours: { min: 1, max: 72, default: 24 },
  reviewAfterMinutes: REVIEW_AFTER_MINUTES,
} as const;

/** The query as it arrives (strings from a URL); checked by parseOverviewQuery. */
export const DeskOverviewRawQuerySchema = z.strictObject({
  hours: z.string().max(20).optional(),
  reviewAfter: z.string().max(20).optional(),
  /** The IANA time zone that says when "today" began (the browser's own). */
  tz: z.string().max(64).optional(),
});
export type DeskOverviewRawQuery = z.infer<typeof DeskOverviewRawQuerySchema>;

export interface DeskOverviewQuery {
  hours: number;
  reviewAfterMinutes: number;
  timeZone: string;
}

/** A refusal of the query: the error code (`errors.<code>`) and what the message names. */
export interface OverviewQueryProblem {
  code: 'desk_overview.bad_hours' | 'desk_overview.bad_review_after' | 'desk_overview.bad_time_zone';
  message: string;
  details: Record<string, string | number>;
}

function wholeNumberIn(raw: string | undefined, limits: { min: number; max: number; default: number }) {
  if (raw === undefined || raw.trim() === '') return limits.default;
  const text = latinDigits(raw.trim());
  if (!/^\d{1,7}$/.test(text)) return null;
  const value = Number(text);
  return value >= limits.min && value <= limits.max ? value : null;
}

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(name: string): boolean {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

/** The overview's query with defaults, or the first thing wrong with it. */
export function parseOverviewQuery(
  raw: DeskOverviewRawQuery,
): { ok: true; query: DeskOverviewQuery } | { ok: false; problem: OverviewQueryProblem } {
  const hours = wholeNumberIn(raw.hours, OVERVIEW_LIMITS.hours);
  if (hours === null) {
    const { min, max } = OVERVIEW_LIMITS.hours;
    return {
      ok: false,
      problem: {
        code: 'desk_overview.bad_hours',
        message: `hours must be a whole number from ${min} to ${max}`,
        details: { min, max, value: String(raw.hours ?? '') },
      },
    };
  }
  const reviewAfterMinutes = wholeNumberIn(raw.reviewAfter, OVERVIEW_LIMITS.reviewAfterMinutes);
  if (reviewAfterMinutes === null) {
    const { min, max } = OVERVIEW_LIMITS.reviewAfterMinutes;
    return {
      ok: false,
      problem: {
        code: 'desk_overview.bad_review_after',
        message: `reviewAfter must be a whole number of minutes from ${min} to ${max}`,
        details: { min, max, value: String(raw.reviewAfter ?? '') },
      },
    };
  }
  const timeZone = raw.tz?.trim() || 'UTC';
  if (!isTimeZone(timeZone)) {
    return {
      ok: false,
      problem: {
        code: 'desk_overview.bad_time_zone',
        message: `tz must be an IANA time zone name`,
        details: { value: timeZone },
      },
    };
  }
  return { ok: true, query: { hours, reviewAfterMinutes, timeZone } };
}

/** A closed time window [from, to], exactly as the queue's since/until filters read it. */
export const WindowSchema = z.object({ from: TimestampSchema, to: TimestampSchema });
export type TimeWindow = z.infer<typeof WindowSchema>;

const CodeSeriesSchema = z.object({
  code: z.string(),
  total: z.number().int(),
  counts: z.array(z.number().int()),
});
export type CodeSeries = z.infer<typeof CodeSeriesSchema>;

const RisingSchema = z.object({ value: z.string(), last: z.number().int(), previous: z.number().int() });
export type Rising = z.infer<typeof RisingSchema>;

export const EditorBacklogSchema = z.object({
  user: UserRefSchema,
  /** Assigned to them (returned ones included). */
  assigned: z.number().int(),
  /** Assigned to them and sent back, changes asked for (status assigned, last action in SENT_BACK_ACTIONS). */
  returned: z.number().int(),
  inReview: z.number().int(),
  publishedToday: z.number().int(),
  /** Their current load as the assign dialog counts it (assigned + in review). */
  load: z.number().int(),
  /**
   * Why someone who is not an editor on duty has a row: still holding stories after their account was disabled
   * or their editor role taken away, so the desk chief sees whose work is stranded and reassigns it.
   */
  standing: z.enum(['disabled', 'notEditor']).optional(),
});
export type EditorBacklog = z.infer<typeof EditorBacklogSchema>;

export const DeskOverviewSchema = z.object({
  /** The server's clock when the numbers were read: every window below is measured from it. */
  asOf: TimestampSchema,
  /** When "today" began in the asked time zone. */
  dayStart: TimestampSchema,
  hours: z.number().int(),
  reviewAfterMinutes: z.number().int(),
  backlog: z.object({
    statuses: z.array(z.object({ status: ItemStatusSchema, count: z.number().int() })),
    editors: z.array(EditorBacklogSchema),
  }),
  flow: z.object({
    /** One window per hour, oldest first; the last is the hour under way. */
    buckets: z.array(WindowSchema),
    incoming: z.array(z.number().int()),
    published: z.array(z.number().int()),
    /** The countries and topics with most incoming items in the whole span, each with its count per hour. */
    countries: z.array(CodeSeriesSchema),
    topics: z.array(CodeSeriesSchema),
  }),
  rising: z.object({
    lastHour: WindowSchema,
    hourBefore: WindowSchema,
    countries: z.array(RisingSchema),
    topics: z.array(RisingSchema),
    sources: z.array(RisingSchema),
  }),
  timeInState: z.object({
    oldestIncoming: z.object({ id: IdSchema, headline: z.string(), receivedAt: TimestampSchema }).nullable(),
    /** In review since before asOf − reviewAfterMinutes. */
    waitingReview: z.object({
      count: z.number().int(),
      since: TimestampSchema,
      oldestSince: TimestampSchema.nullable(),
    }),
    publishedToday: z.number().int(),
    /** Median of arrival → publication over the items published today; null when none was. */
    medianToPublishMs: z.number().nullable(),
  }),
});
export type DeskOverview = z.infer<typeof DeskOverviewSchema>;

/** The statuses in workflow order, as the backlog lists them. */
export const OVERVIEW_STATUSES = ITEM_STATUSES;
