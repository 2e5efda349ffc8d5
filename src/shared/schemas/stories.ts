/**
 * Stories: the editorial side of an item (docs/decisions/008-stories.md). Every saved state of a story's
 * editorial fields is a version; an autosaved draft is not; a lease says who is editing; a publication is what
 * went out.
 */
import { z } from 'zod';
import { FIELD_LIMITS, KEYWORD_LIMITS } from '../editorial/limits.ts';
import { isInvisible, neutralizeBidiControls } from '../text/direction.ts';
import { IdSchema, TimestampSchema } from './common.ts';
import { TabIdSchema } from './leases.ts';
import {
  CountryCodeSchema,
  LIMITS,
  OrganisationSchema,
  RegionSchema,
  TagKindSchema,
  TopicSchema,
  UrgencySchema,
} from './items.ts';

/** Characters as a reader counts them (astral characters once), so limits match the editor's counter. */
const length = (text: string) => [...text].length;

/**
 * User text of a story's field: bidi controls neutralised, trimmed, refused beyond its hard limit with the
 * limit in the message (never cut), and, where required, refused when it shows nothing.
 */
function storyText(field: keyof typeof FIELD_LIMITS, options: { required?: boolean } = {}) {
  const { hard } = FIELD_LIMITS[field];
  return z
    .string()
    .transform((text) => neutralizeBidiControls(text).trim())
    .refine((text) => length(text) <= hard, {
      error: `${field} is longer than ${hard} characters`,
      params: { code: 'story.too_long', field, limit: hard },
    })
    .refine((text) => !options.required || !isInvisible(text), {
      error: `${field} is empty`,
      params: { code: 'story.empty', field },
    });
}

const tagList = <T extends z.ZodType>(schema: T) => z.array(schema).max(LIMITS.tags);

export const KeywordsSchema = z
  .array(z.string().transform((word) => neutralizeBidiControls(word).trim()))
  .transform((words) => [...new Set(words.filter(Boolean))])
  .refine((words) => words.length <= KEYWORD_LIMITS.count, `at most ${KEYWORD_LIMITS.count} keywords`)
  .refine(
    (words) => words.every((word) => length(word) <= KEYWORD_LIMITS.length),
    `a keyword is at most ${KEYWORD_LIMITS.length} characters`,
  );

/** A story's editorial fields as an editor saves them (each optional: only what changed is sent). */
export const StoryPatchSchema = z
  .strictObject({
    headline: storyText('headline', { required: true }),
    summary: storyText('summary'),
    /** HTML; the server sanitises and normalises it, and refuses text beyond the body's limit. */
    body: z.string().refine((html) => html.length <= LIMITS.body, {
      error: `body HTML is longer than ${LIMITS.body} characters`,
      params: { code: 'story.markup_too_long', field: 'body', limit: LIMITS.body },
    }),
    byline: storyText('byline'),
    dateline: storyText('dateline'),
    slug: storyText('slug'),
    keywords: KeywordsSchema,
    urgency: UrgencySchema,
    countries: tagList(CountryCodeSchema),
    regions: tagList(RegionSchema),
    organisations: tagList(OrganisationSchema),
    topics: tagList(TopicSchema),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'at least one field to change');
export type StoryPatch = z.infer<typeof StoryPatchSchema>;

export const StoryTagsSchema = z.object({
  countries: z.array(z.string()),
  regions: z.array(z.string()),
  organisations: z.array(z.string()),
  topics: z.array(z.string()),
  /** Kinds an editor set by hand: the tagger leaves them alone. */
  manual: z.array(TagKindSchema),
});
export type StoryTags = z.infer<typeof StoryTagsSchema>;

export const VERSION_KINDS = ['wire', 'edit', 'restore'] as const;

/** A version as the list shows it. */
export const VersionSummarySchema = z.object({
  number: z.number().int().positive(),
  kind: z.enum(VERSION_KINDS),
  author: z.object({ id: IdSchema.nullable(), name: z.string() }),
  createdAt: TimestampSchema,
  /** Fields that differ from the previous version. */
  fields: z.array(z.string()),
  words: z.number().int().nonnegative(),
  /** Change in words from the previous version (0 for version 1). */
  wordsDelta: z.number().int(),
  restoredFrom: z.number().int().positive().nullable(),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

/** A whole version: what the story said at that moment. */
export const VersionSchema = VersionSummarySchema.extend({
  headline: z.string(),
  summary: z.string(),
  body: z.string(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  slug: z.string().nullable(),
  keywords: z.array(z.string()),
  urgency: z.number().int(),
  language: z.string(),
  tags: StoryTagsSchema,
});
export type Version = z.infer<typeof VersionSchema>;

export const VersionListSchema = z.object({ versions: z.array(VersionSummarySchema) });

/**
 * What a draft holds: the editor's fields as typed, not validated until they are saved as a version. Each text
 * field may be as long as a body: a headline pasted far over its limit was refused with the whole draft, and the
 * body typed beside it was then kept in the browser only. The save says what is too long.
 */
const DRAFT_TEXT = z.string().max(LIMITS.body * 2);
export const DraftFieldsSchema = z.strictObject({
  headline: DRAFT_TEXT,
  summary: DRAFT_TEXT,
  body: DRAFT_TEXT,
  byline: DRAFT_TEXT,
  dateline: DRAFT_TEXT,
  slug: DRAFT_TEXT,
  keywords: z.array(z.string().max(200)).max(100),
  urgency: z.number().int().min(1).max(3),
});
export type DraftFields = z.infer<typeof DraftFieldsSchema>;

/** A draft as a tab writes it: each tab of a user keeps its own, so that no tab writes over another's text. */
export const DraftPutSchema = z.strictObject({
  tabId: TabIdSchema,
  /** The item's version the text was begun from (its ETag then: workflow actions move it too). */
  baseVersion: z.number().int().positive(),
  /** The story's version number the text was begun from (what restoring it compares with). */
  storyVersion: z.number().int().positive().optional(),
  fields: DraftFieldsSchema.partial(),
});
export type DraftPut = z.infer<typeof DraftPutSchema>;

export const DraftSchema = DraftPutSchema.extend({ itemId: IdSchema, savedAt: TimestampSchema });
export type Draft = z.infer<typeof DraftSchema>;

/** The user's drafts of a story, one per tab that wrote one, the newest first. */
export const DraftListSchema = z.object({ drafts: z.array(DraftSchema) });

/**
 * Drafts to remove: a tab's own (no `upTo`: its text became a version, or went back to the saved one), or drafts
 * the editor was offered and discarded (`upTo`: only as they were then; one written since stays).
 */
export const DraftDeleteSchema = z.strictObject({
  drafts: z
    .array(z.strictObject({ tabId: TabIdSchema, upTo: TimestampSchema.optional() }))
    .min(1)
    .max(100),
});
export type DraftDelete = z.infer<typeof DraftDeleteSchema>;

/** A new story: from scratch (a headline) or from reports (their ids; the first one starts the text). */
export const StoryCreateSchema = z
  .strictObject({
    sourceIds: z.array(IdSchema).max(20).default([]),
    headline: storyText('headline').optional(),
    language: z.enum(['ar', 'en']).optional(),
  })
  .refine(
    (body) => body.sourceIds.length > 0 || (body.headline !== undefined && !isInvisible(body.headline)),
    {
      error: 'a new story needs a headline or at least one report to start from',
    },
  );
export type StoryCreate = z.infer<typeof StoryCreateSchema>;

/** What the reviewer sees before publishing: exactly the object that goes out, and the last one that went. */
export const PublicationPreviewSchema = z.object({
  version: VersionSchema,
  published: VersionSchema.nullable(),
  ninjs: z.record(z.string(), z.unknown()),
});
export type PublicationPreview = z.infer<typeof PublicationPreviewSchema>;
