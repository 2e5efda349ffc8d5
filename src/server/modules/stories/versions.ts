/**
 * Versions: every saved state of a story's editorial fields, append-only. The items row carries the latest
 * version's fields (the queue, search and filters read them there); item_versions keeps every one of them.
 * Version 1 of an ingested item is the wire copy as received.
 */
import { countWords } from '#shared/editorial/counts.ts';
import { STORY_FIELDS } from '#shared/editorial/limits.ts';
import { TAG_KINDS, type TagKind } from '#shared/schemas/items.ts';
import type { StoryTags, Version, VersionSummary } from '#shared/schemas/stories.ts';
import { searchIndexText } from '#shared/text/index.ts';
import type { Executor, Tx } from '../../db/index.ts';
import { preparedInsert, type InsertRow } from '../../db/prepared-insert.ts';
import type { ItemRow, ItemVersionRow } from '../../db/schema.ts';
import { htmlToText } from '../../ingest/html-to-text.ts';
import { titleKey } from '../../ingest/title-key.ts';
import { replaceItemTags, tagsOfRow } from '../items/repository.ts';
import { ITEM_ROW_COLUMNS } from '../../db/item-columns.ts';

/** A story's editorial fields at one moment. */
export interface StoryState {
  headline: string;
  summary: string;
  body: string;
  byline: string | null;
  dateline: string | null;
  slug: string | null;
  keywords: string[];
  urgency: number;
  language: string;
  tags: StoryTags;
}

/** The fields a version records, in the order the list shows changes. */
export const VERSION_FIELDS = [...STORY_FIELDS, 'urgency', 'language', ...TAG_KINDS] as const;
export type VersionField = (typeof VERSION_FIELDS)[number];

export interface VersionAuthor {
  id: number | null;
  name: string;
}

type FieldColumns = Pick<
  ItemRow,
  'headline' | 'summary' | 'body' | 'byline' | 'dateline' | 'slug' | 'keywords' | 'urgency' | 'language'
>;

/** The editorial fields but the tags, stored alike in an items row and a version row. */
function fieldsOf(row: FieldColumns): Omit<StoryState, 'tags'> {
  return {
    headline: row.headline,
    summary: row.summary,
    body: row.body,
    byline: row.byline,
    dateline: row.dateline,
    slug: row.slug,
    keywords: JSON.parse(row.keywords) as string[],
    urgency: row.urgency,
    language: row.language,
  };
}

/** The story as the items row holds it now (its latest version). */
export function stateOfRow(row: ItemRow): StoryState {
  const { countries, regions, organisations, topics } = tagsOfRow(row);
  return {
    ...fieldsOf(row),
    tags: {
      countries: [...countries],
      regions: [...regions],
      organisations: [...organisations],
      topics: [...topics],
      manual: JSON.parse(row.manual_tags) as TagKind[],
    },
  };
}

/** The story as a version recorded it. */
export function stateOfVersion(row: FieldColumns & { tags: string }): StoryState {
  return { ...fieldsOf(row), tags: JSON.parse(row.tags) as StoryTags };
}

const valueOf = (state: StoryState, field: VersionField): unknown =>
  field === 'countries' || field === 'regions' || field === 'organisations' || field === 'topics'
    ? state.tags[field]
    : state[field];

/** The fields in which two states differ (each tag kind on its own). */
export function changedFields(before: StoryState, after: StoryState): VersionField[] {
  return VERSION_FIELDS.filter(
    (field) => JSON.stringify(valueOf(before, field)) !== JSON.stringify(valueOf(after, field)),
  );
}

/** Words of headline, summary and body: what the version list's word counts and deltas are made of. */
export function wordsOf(state: Pick<StoryState, 'headline' | 'summary' | 'body'>): number {
  return countWords(`${state.headline}\n${state.summary}\n${htmlToText(state.body)}`);
}

/** The version row for a state (number and provenance given). */
function versionRow(
  itemId: number,
  number: number,
  state: StoryState,
  meta: {
    kind: VersionSummary['kind'];
    author: VersionAuthor;
    fields: readonly string[];
    restoredFrom?: number;
  },
  now: number,
) {
  return {
    item_id: itemId,
    number,
    kind: meta.kind,
    headline: state.headline,
    summary: state.summary,
    body: state.body,
    byline: state.byline,
    dateline: state.dateline,
    slug: state.slug,
    keywords: JSON.stringify(state.keywords),
    urgency: state.urgency,
    language: state.language,
    tags: JSON.stringify(state.tags),
    fields: JSON.stringify(meta.fields),
    words: wordsOf(state),
    restored_from: meta.restoredFrom ?? null,
    author_id: meta.author.id,
    author_name: meta.author.name,
    created_at: now,
  };
}

/** Version 1 of new items: their text as it arrived (wire copy) or as the desk started it. */
export async function insertFirstVersions(
  trx: Tx,
  items: ReadonlyArray<{ row: ItemRow; kind: 'wire' | 'edit'; author: VersionAuthor }>,
): Promise<void> {
  if (items.length === 0) return;
  await insertVersionRows(trx, items.map(firstVersionRow));
}

/** The row of version 1 of a new item (what insertFirstVersions writes). */
export function firstVersionRow({
  row,
  kind,
  author,
}: {
  row: ItemRow;
  kind: 'wire' | 'edit';
  author: VersionAuthor;
}): VersionInsertRow {
  return versionRow(row.id, 1, stateOfRow(row), { kind, author, fields: [] }, row.received_at);
}

export const VERSION_COLUMNS = [
  'item_id',
  'number',
  'kind',
  'headline',
  'summary',
  'body',
  'byline',
  'dateline',
  'slug',
  'keywords',
  'urgency',
  'language',
  'tags',
  'fields',
  'words',
  'restored_from',
  'author_id',
  'author_name',
  'created_at',
] as const satisfies ReadonlyArray<keyof ReturnType<typeof versionRow>>;

export type VersionInsertRow = InsertRow<'item_versions', (typeof VERSION_COLUMNS)[number]>;

const insertVersionRows = preparedInsert(VERSION_COLUMNS, (db: Executor, rows: readonly VersionInsertRow[]) =>
  db.insertInto('item_versions').values(rows),
);

/** The items-row columns that mirror a state (search text and headline key included). */
export function columnsOf(state: StoryState) {
  const bodyText = htmlToText(state.body);
  return {
    headline: state.headline,
    summary: state.summary,
    body: state.body,
    byline: state.byline,
    dateline: state.dateline,
    slug: state.slug,
    keywords: JSON.stringify(state.keywords),
    urgency: state.urgency,
    language: state.language,
    countries: JSON.stringify(state.tags.countries),
    regions: JSON.stringify(state.tags.regions),
    organisations: JSON.stringify(state.tags.organisations),
    topics: JSON.stringify(state.tags.topics),
    manual_tags: JSON.stringify(state.tags.manual),
    search_headline: searchIndexText(state.headline),
    search_text: searchIndexText(state.headline, state.summary, bodyText),
    title_key: titleKey(state.headline),
  };
}

/**
 * Saves a new version of the story: appends it (number = latest + 1) and makes the items row carry it, in the
 * caller's transaction. Returns null when nothing differs from the latest version (no empty versions), else the
 * updated row and what changed. The caller has checked rights, lease and If-Match, and writes the event.
 */
export async function appendVersion(
  trx: Tx,
  current: ItemRow,
  next: StoryState,
  meta: { kind: VersionSummary['kind']; author: VersionAuthor; restoredFrom?: number },
  now: number,
): Promise<{ row: ItemRow; number: number; fields: VersionField[]; words: number } | null> {
  const before = stateOfRow(current);
  const fields = changedFields(before, next);
  // The list of manual kinds is bookkeeping, not a change readers see; it still makes a version when it moves.
  if (fields.length === 0 && JSON.stringify(before.tags.manual) === JSON.stringify(next.tags.manual))
    return null;
  const number = current.latest_version + 1;
  const row = versionRow(current.id, number, next, { ...meta, fields }, now);
  await insertVersionRows(trx, [row]);
  const updated = await trx
    .updateTable('items')
    .set({
      ...columnsOf(next),
      latest_version: number,
      version: current.version + 1,
      updated_at: now,
    })
    .where('id', '=', current.id)
    .where('version', '=', current.version)
    .returning(ITEM_ROW_COLUMNS)
    .executeTakeFirst();
  // The caller read `current` in this transaction; a concurrent writer would have failed its If-Match first.
  if (!updated) throw new Error(`item ${current.id} changed under its own transaction`);
  if (fields.some((field) => TAG_KINDS.includes(field as TagKind)))
    await replaceItemTags(trx, [{ itemId: updated.id, tags: tagsOfRow(updated) }]);
  return { row: updated, number, fields, words: row.words };
}

function summaryOf(row: ItemVersionRow, previousWords: number | null): VersionSummary {
  return {
    number: row.number,
    kind: row.kind as VersionSummary['kind'],
    author: { id: row.author_id, name: row.author_name },
    createdAt: new Date(row.created_at).toISOString(),
    fields: JSON.parse(row.fields) as string[],
    words: row.words,
    wordsDelta: previousWords === null ? 0 : row.words - previousWords,
    restoredFrom: row.restored_from,
  };
}

/** An item's versions, newest first. */
export async function listVersions(db: Executor, itemId: number): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('number')
    .execute();
  return rows.map((row, index) => summaryOf(row, index === 0 ? null : rows[index - 1]!.words)).toReversed();
}

/** One whole version, or null. */
export async function findVersion(db: Executor, itemId: number, number: number): Promise<Version | null> {
  const rows = await db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('number', 'in', [number - 1, number])
    .orderBy('number')
    .execute();
  const row = rows.find((candidate) => candidate.number === number);
  if (!row) return null;
  const previous = rows.find((candidate) => candidate.number === number - 1) ?? null;
  const state = stateOfVersion(row);
  return { ...summaryOf(row, previous?.words ?? null), ...state };
}

/** A version's state, for restoring it. */
export async function findVersionState(
  db: Executor,
  itemId: number,
  number: number,
): Promise<StoryState | null> {
  const row = await db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row ? stateOfVersion(row) : null;
}
