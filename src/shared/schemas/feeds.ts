import { z } from 'zod';
import { IdSchema, textLine, TimestampSchema } from './common.ts';

export const FEED_FORMAT_IDS = ['rss', 'rdf', 'atom', 'json-feed', 'ninjs', 'text'] as const;

export const FeedErrorSchema = z.object({ code: z.string(), message: z.string(), at: TimestampSchema });

/** A wire source the pollers fetch, with its health as the admin page shows it. */
export const FeedSchema = z.object({
  id: IdSchema,
  name: z.string(),
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
  /** Items beyond the per-document cap that were not read. */
  omitted: z.number().int(),
});
