import { z } from 'zod';
import { IdSchema, textLine, TimestampSchema } from './common.ts';

export const FEED_FORMAT_IDS = ['rss', 'rdf', 'atom', 'json-feed', 'ninjs', 'text'] as const;

/** What a feed error's message may be given: the HTTP status, a limit, a count (never free text). */
export const FeedErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type FeedErrorParams = z.infer<typeof FeedErrorParamsSchema>;

/**
 * A feed's last error: `code` is the message (`errors.<code>` in the locale files, given `params`), `message`
 * the technical detail in English (addresses redacted), shown beneath it.
 */
export const FeedErrorSchema = z.object({
  code: z.string(),
  params: FeedErrorParamsSchema,
  message: z.string(),
  at: TimestampSchema,
});
export type FeedErrorInfo = z.infer<typeof FeedErrorSchema>;

/** A wire source the pollers fetch, with its health as the admin page shows it. */
export const FeedSchema = z.object({
  id: IdSchema,
  name: z.string(),
  /** The English name of the feed's source (`source_names`), null when it has none. */
  nameEn: z.string().nullable(),
  url: z.string(),
  format: z.enum(FEED_FORMAT_IDS).nullable(),
  pollIntervalSeconds: z.number().int(),
  language: z.string().nullable(),
  deskId: IdSchema.nullable(),
  enabled: z.boolean(),
  health: z.object({
    lastFetchAt: TimestampSchema.nullable(),
    lastSuccessAt: TimestampSchema.nullable(),
    itemsTaken: z.number().int(),
    lastError: FeedErrorSchema.nullable(),
    consecutiveFailures: z.number().int(),
    nextPollAt: TimestampSchema.nullable(),
  }),
  version: z.number().int().positive(),
});
export type Feed = z.infer<typeof FeedSchema>;

const FeedUrlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2_000);

export const FeedCreateSchema = z.strictObject({
  name: textLine(200),
  nameEn: textLine(200).nullable().optional(),
  url: FeedUrlSchema,
  pollIntervalSeconds: z.coerce.number().int().min(30).max(86_400).default(300),
  language: z.string().trim().min(2).max(16).nullable().optional(),
  deskId: IdSchema.nullable().optional(),
  enabled: z.boolean().default(true),
});
export type FeedCreate = z.infer<typeof FeedCreateSchema>;

export const FeedPatchSchema = z
  .strictObject({
    name: textLine(200),
    nameEn: textLine(200).nullable(),
    url: FeedUrlSchema,
    pollIntervalSeconds: z.coerce.number().int().min(30).max(86_400),
    language: z.string().trim().min(2).max(16).nullable(),
    deskId: IdSchema.nullable(),
    enabled: z.boolean(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'at least one field to change');
export type FeedPatch = z.infer<typeof FeedPatchSchema>;

export const IngestSummarySchema = z.object({
  format: z.enum(FEED_FORMAT_IDS),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  /** Items a later one with the same guid replaced: the document's last copy is the one stored. */
  merged: z.number().int(),
  /** Items beyond the per-document cap that were not read. */
  omitted: z.number().int(),
});

/** A source's name as items carry it, and its English name: the English interface shows the latter. */
export const SourceNameSchema = z.object({ name: z.string(), nameEn: z.string() });
export type SourceName = z.infer<typeof SourceNameSchema>;
