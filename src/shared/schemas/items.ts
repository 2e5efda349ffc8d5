import { z } from 'zod';
import { ACTIONS, ITEM_STATUSES } from '../workflow.ts';
import { ORGANISATION_IDS, REGION_IDS, TOPIC_IDS } from '../tagging/codes.ts';
import { IdSchema, repeatable, sourceLine, textBlock, textLine, TimestampSchema } from './common.ts';
import { LeaseSchema } from './leases.ts';
import { UserRefSchema } from './users.ts';
import { cleanNameLine } from '../text/control-characters.ts';

export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export const WorkflowActionSchema = z.enum(ACTIONS);
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
  .transform((code) => code.toUpperCase());
export const TopicSchema = z.enum(TOPIC_IDS as [string, ...string[]]);
export const RegionSchema = z.enum(REGION_IDS);
export const OrganisationSchema = z.enum(ORGANISATION_IDS);
export const UrgencySchema = z.coerce.number().int().min(1).max(3);

export const TAG_KINDS = ['countries', 'regions', 'organisations', 'topics'] as const;
export const TagKindSchema = z.enum(TAG_KINDS);
export type TagKind = z.infer<typeof TagKindSchema>;

/** Size limits shared by the API, the editor form and ingest. */
export const LIMITS = {
  headline: 500,
  summary: 4_000,
  body: 200_000,
  comment: 4_000,
  tags: 40,
  source: 200,
  /** A search's words (the search box takes no more). */
  search: 200,
  /** A saved view's name. */
  viewName: 80,
  guid: 1_000,
  url: 2_000,
} as const;

export const ItemSchema = z.object({
  id: IdSchema,
  source: z.string(),
  guid: z.string(),
  url: z.string().nullable(),
  language: z.string(),
  headline: z.string(),
  summary: z.string(),
  /** Sanitised HTML. */
  body: z.string(),
  author: z.string().nullable(),
  countries: z.array(z.string()),
  regions: z.array(z.string()),
  organisations: z.array(z.string()),
  topics: z.array(z.string()),
  /** Tag kinds an editor has set by hand; re-tagging never overwrites these. */
  manualTags: z.array(TagKindSchema),
  urgency: z.number().int().min(1).max(3),
  status: ItemStatusSchema,
  /** The latest workflow action taken on the item, or null for an untouched wire item. */
  lastAction: WorkflowActionSchema.nullable(),
  desk: z.object({ id: IdSchema, name: z.string() }).nullable(),
  assignee: UserRefSchema.nullable(),
  clusterId: IdSchema.nullable(),
  /** How many items (sources) share this item's cluster, itself included. */
  clusterSize: z.number().int().positive(),
  receivedAt: TimestampSchema,
  updatedAt: TimestampSchema,
  publishedAt: TimestampSchema.nullable(),
  /** When the item entered its current status (its arrival, until an action moves it). */
  stateSince: TimestampSchema,
  /** The time the wire itself gave the item, when it gave one. */
  wireTime: TimestampSchema.nullable(),
  /** Optimistic concurrency (the ETag): moves with every change. */
  version: z.number().int().positive(),
  /** 'wire': ingested from an agency; 'desk': a story the desk wrote (from scratch or from reports). */
  origin: z.enum(['wire', 'desk']),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  slug: z.string().nullable(),
  keywords: z.array(z.string()),
  /** Editorial versions: the latest, the one a reviewer approved, the one last published. */
  latestVersion: z.number().int().positive(),
  approvedVersion: z.number().int().positive().nullable(),
  publishedVersion: z.number().int().positive().nullable(),
  /** Who is editing it right now, if anyone. */
  lease: LeaseSchema.nullable(),
  /** The agency sent a newer copy that is not in the story yet: its number. */
  wireUpdate: z.number().int().positive().nullable(),
  /** Reports a desk story was written from. */
  sourceCount: z.number().int().nonnegative(),
});
export type Item = z.infer<typeof ItemSchema>;

/**
 * An item as a list carries it (the queue, my work, search): everything but the body, which can be large and
 * which only the open item pane shows (it asks GET /api/items/:id). The live stream carries the same.
 */
export const ItemSummarySchema = ItemSchema.omit({ body: true });
export type ItemSummary = z.infer<typeof ItemSummarySchema>;

/**
 * An item as a list page carries it (the queue, my work, search): what its row shows, what the browser's
 * filters judge it by (src/shared/filters.ts) and its version for actions taken from the row. The rest (the
 * lede, the wire's links and times, the editorial versions) only the open item pane shows, and it asks for the
 * whole item: a page of cards is about a third of a page of summaries, and reading, parsing and sending the
 * rest had been a third of a search's time.
 */
export const ItemCardSchema = ItemSummarySchema.pick({
  id: true,
  source: true,
  language: true,
  headline: true,
  countries: true,
  regions: true,
  organisations: true,
  topics: true,
  urgency: true,
  status: true,
  lastAction: true,
  desk: true,
  assignee: true,
  clusterId: true,
  clusterSize: true,
  receivedAt: true,
  publishedAt: true,
  stateSince: true,
  version: true,
  origin: true,
  lease: true,
  sourceCount: true,
  // The agency's copy waiting to be taken: the row says so, so the desk sees it without opening the story.
  wireUpdate: true,
});
export type ItemCard = z.infer<typeof ItemCardSchema>;

export const ITEM_SORTS = ['newest', 'relevance'] as const;

/** The longest wait the "older than" filter takes, in minutes (30 days). */
export const OLDER_THAN_MAX_MINUTES = 43_200;

/** The filters of the queue: the same schema validates the API query and the client's URL. */
export const ItemFiltersSchema = z.strictObject({
  status: repeatable(ItemStatusSchema),
  country: repeatable(CountryCodeSchema),
  region: repeatable(RegionSchema),
  topic: repeatable(TopicSchema),
  organisation: repeatable(OrganisationSchema),
  urgency: repeatable(UrgencySchema),
  source: repeatable(z.string().min(1).max(LIMITS.source)),
  q: z.string().trim().max(LIMITS.search).optional(),
  /** An editor's id, `me`, or `none` (nobody is assigned). */
  assignee: z.union([z.literal('me'), z.literal('none'), IdSchema]).optional(),
  /** Items whose latest workflow action is one of these (`lastAction=return&assignee=me`: returned to me). */
  lastAction: repeatable(WorkflowActionSchema),
  /** A desk's id, or `none` (on no desk). */
  desk: z.union([z.literal('none'), IdSchema]).optional(),
  /** Arrival window. */
  since: TimestampSchema.optional(),
  until: TimestampSchema.optional(),
  /** Publication window: only published (or since killed) items have a publication time. */
  publishedSince: TimestampSchema.optional(),
  publishedUntil: TimestampSchema.optional(),
  /** Items that arrived more than this many minutes ago (what has been waiting too long); at most 30 days. */
  olderThan: z.coerce.number().int().min(1).max(OLDER_THAN_MAX_MINUTES).optional(),
  /** Items in their current status for more than this many minutes ("in review for over 30 minutes"). */
  inStateOver: z.coerce.number().int().min(1).max(OLDER_THAN_MAX_MINUTES).optional(),
  /**
   * One row per near-duplicate cluster (the newest item of each). "true"/"false" in a query string, a boolean
   * in JSON (a saved view's filters).
   */
  collapse: z.union([z.boolean(), z.stringbool()]).optional(),
});
export type ItemFilters = z.infer<typeof ItemFiltersSchema>;

export const ItemListQuerySchema = ItemFiltersSchema.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  sort: z.enum(ITEM_SORTS).optional(),
});
export type ItemListQuery = z.infer<typeof ItemListQuerySchema>;

export const ItemListResponseSchema = z.object({
  items: z.array(ItemCardSchema),
  nextCursor: z.string().nullable(),
});
export type ItemListResponse = z.infer<typeof ItemListResponseSchema>;

const FacetCountsSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));
export const FacetsResponseSchema = z.object({
  total: z.number().int(),
  countries: FacetCountsSchema,
  regions: FacetCountsSchema,
  topics: FacetCountsSchema,
  organisations: FacetCountsSchema,
  statuses: FacetCountsSchema,
  urgencies: FacetCountsSchema,
  sources: FacetCountsSchema,
  /** Per assignee id, and `none` for unassigned items. */
  assignees: FacetCountsSchema,
  /** Per desk id, and `none` for items on no desk. */
  desks: FacetCountsSchema,
});
export type FacetsResponse = z.infer<typeof FacetsResponseSchema>;

/** GET /api/items/:id/cluster: the other reports of the item's story, and the desk stories written from them. */
export const SameStorySchema = z.object({
  /** The near-duplicates grouped with the item, itself included, newest first. */
  items: z.array(ItemSchema),
  /** Desk stories written from the item or another report of its story (newest first). */
  stories: z.array(ItemSchema),
});
export type SameStory = z.infer<typeof SameStorySchema>;

export const ActionRequestSchema = z.strictObject({
  assignee: IdSchema.optional(),
  comment: textBlock(LIMITS.comment).optional(),
  reason: z.string().trim().min(1).max(LIMITS.comment).optional(),
  /** With publish: a correction note for readers when the story was published before. */
  note: z.string().trim().min(1).max(LIMITS.comment).optional(),
  /**
   * With submit, approve or publish (PASSES_TEXT_ON): the user's unsaved draft of the story is knowingly left out
   * (it stays theirs); without it the action is refused while they have one (409 `workflow.unsaved_draft`).
   */
  withoutDraft: z.literal(true).optional(),
});
export type ActionRequest = z.infer<typeof ActionRequestSchema>;

export const CommentSchema = z.object({
  id: IdSchema,
  itemId: IdSchema,
  author: UserRefSchema,
  body: z.string(),
  createdAt: TimestampSchema,
});
export type Comment = z.infer<typeof CommentSchema>;
export const CommentCreateSchema = z.strictObject({ body: textBlock(LIMITS.comment) });

/** One wire item pushed by an agency or a tool (`POST /api/items`). */
export const IngestItemSchema = z.strictObject({
  source: sourceLine(LIMITS.source),
  // An identifier, matched against what is stored: as sent, trimmed.
  guid: z.string().trim().min(1).max(LIMITS.guid).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(LIMITS.url)
    .optional(),
  language: z.string().trim().min(2).max(16).optional(),
  headline: textLine(LIMITS.headline),
  summary: z.string().max(LIMITS.summary).optional(),
  body: z.string().max(LIMITS.body).optional(),
  // A byline as feeds get it (cleanLine at ingest): no bidi controls to reverse it for readers.
  author: z.string().overwrite(cleanNameLine).max(200).optional(),
  publishedAt: TimestampSchema.optional(),
  urgency: UrgencySchema.optional(),
  categories: z.array(z.string().max(200)).max(50).optional(),
});
export type IngestItem = z.infer<typeof IngestItemSchema>;

export const IngestResultSchema = z.object({
  item: ItemSchema,
  outcome: z.enum(['created', 'updated', 'unchanged']),
});
