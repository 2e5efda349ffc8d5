/**
 * Editing stories: saving a version, restoring one, taking an agency's update, writing a new story from scratch
 * or from reports. Every save checks the workflow's edit rules (src/shared/workflow.ts), the lease and the
 * version the editor saw (If-Match), appends a version and writes its event in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { countCharacters } from '#shared/editorial/counts.ts';
import { FIELD_LIMITS } from '#shared/editorial/limits.ts';
import type { Item, TagKind } from '#shared/schemas/items.ts';
import { TAG_KINDS } from '#shared/schemas/items.ts';
import type { StoryCreate, StoryPatch } from '#shared/schemas/stories.ts';
import type { User } from '#shared/schemas/users.ts';
import { regionsOfCountry, tagText } from '#shared/tagging/index.ts';
import { hasPermission } from '#shared/permissions.ts';
import type { AppContext } from '../../context.ts';
import type { Executor, Tx } from '../../db/index.ts';
import type { ItemRow, NewItemRow } from '../../db/schema.ts';
import { ApiError, forbidden, notFound } from '../../http/errors.ts';
import { stale } from '../../http/versioning.ts';
import { sanitizedStoryBody, textOfHtml } from '../../ingest/dom-thread.ts';
import { htmlToText } from '../../ingest/html-to-text.ts';
import { userActor } from '../events/actors.ts';
import { withEvents, type Emit } from '../events/with-events.ts';
import { findItemRow, findItemRowForUpdate, replaceItemTags, tagsOfRow } from '../items/repository.ts';
import { ITEM_ROW_COLUMNS } from '../../db/item-columns.ts';
import { sha256 } from '../../sha256.ts';
import { hydrateItems } from '../items/serialize.ts';
import { deleteSessionDrafts } from './drafts.ts';
import { checkEditable } from './editable.ts';
import type { LeaseRow } from '../../db/schema.ts';
import { leaseForTagChange, requireLease } from './leases.ts';
import {
  appendVersion,
  columnsOf,
  findVersionState,
  insertFirstVersions,
  stateOfRow,
  type StoryState,
} from './versions.ts';

const TEXT_FIELDS = ['headline', 'summary', 'body', 'byline', 'dateline', 'slug', 'keywords'] as const;

/** The automatic tags of a state's text, keeping the kinds an editor set by hand. */
function retagged(state: StoryState): StoryState['tags'] {
  const tags = tagText({ headline: state.headline, summary: state.summary, body: htmlToText(state.body) });
  const manual = new Set(state.tags.manual);
  const next = { ...state.tags };
  for (const kind of TAG_KINDS) if (!manual.has(kind)) next[kind] = [...tags[kind]];
  return next;
}

/**
 * The state after an editor's patch: text cleaned, tags set by hand or following the text. The patch's body is
 * the story body as stored (sanitised before the transaction: see saveStory).
 */
function applyPatch(current: StoryState, patch: StoryPatch): StoryState {
  const next: StoryState = { ...current, tags: { ...current.tags, manual: [...current.tags.manual] } };
  if (patch.headline !== undefined) next.headline = patch.headline;
  if (patch.summary !== undefined) next.summary = patch.summary;
  if (patch.byline !== undefined) next.byline = patch.byline || null;
  if (patch.dateline !== undefined) next.dateline = patch.dateline || null;
  if (patch.slug !== undefined) next.slug = patch.slug || null;
  if (patch.keywords !== undefined) next.keywords = patch.keywords;
  if (patch.urgency !== undefined) next.urgency = patch.urgency;
  if (patch.body !== undefined) {
    next.body = patch.body;
    const characters = countCharacters(htmlToText(next.body));
    if (characters > FIELD_LIMITS.body.hard)
      throw new ApiError(
        422,
        'story.too_long',
        `The body is longer than ${FIELD_LIMITS.body.hard} characters.`,
        {
          field: 'body',
          limit: FIELD_LIMITS.body.hard,
          length: characters,
        },
      );
  }
  // Kinds the editor sends become theirs: the tagger leaves them alone from now on.
  const manual = new Set<TagKind>(next.tags.manual);
  for (const kind of TAG_KINDS) {
    const value = patch[kind];
    if (value === undefined) continue;
    next.tags[kind] = [...new Set(value)];
    manual.add(kind);
  }
  next.tags.manual = TAG_KINDS.filter((kind) => manual.has(kind));
  const textChanged =
    next.headline !== current.headline || next.summary !== current.summary || next.body !== current.body;
  if (textChanged) next.tags = retagged(next);
  // Regions follow an editor's countries unless the editor set regions too.
  if (patch.countries !== undefined && !manual.has('regions')) {
    next.tags.regions = [...new Set(next.tags.countries.flatMap((code) => regionsOfCountry(code)))];
  }
  return next;
}

export interface SaveOptions {
  /** The version the editor worked from (If-Match). */
  expectedVersion: number;
  /** The editor's tab (X-Edit-Tab): text can only be saved from the tab that holds the lease. */
  tabId: string | null;
  /** When the last draft this editing session wrote was stored (X-Draft-Seen), if it wrote one. */
  draftSeenAt?: number | null;
  /** Drafts whose text the session restored and now saves (X-Drafts-Taken), each as it was then. */
  draftsTaken?: readonly { tabId: string; upTo: number }[];
}

/**
 * The frame of every save of a story, in one transaction with its events: the item exists, the workflow lets
 * this user edit it now, and the client saw its current version (If-Match); then `work` writes. Returns the
 * item as it then is.
 */
async function editStory(
  ctx: AppContext,
  user: User,
  itemId: number,
  options: SaveOptions,
  work: (trx: Tx, current: ItemRow, emit: Emit, now: number) => Promise<ItemRow>,
): Promise<Item> {
  const now = ctx.now();
  const row = await withEvents(
    ctx,
    userActor(user),
    async (trx, emit) => {
      const current = await findItemRowForUpdate(trx, itemId);
      if (!current) throw notFound('Item');
      checkEditable(user, current);
      if (current.version !== options.expectedVersion) throw stale(undefined, current.version);
      return work(trx, current, emit, now);
    },
    now,
  );
  return (await hydrateItems(ctx.database.db, [row], ctx.now()))[0]!;
}

/**
 * Appends `next` as the story's new version by `user` and tells everyone (`item.edited`); the user's draft
 * goes when what they typed is what was saved. Null when `next` changes nothing (no version, no event).
 */
async function recordVersion(
  trx: Tx,
  emit: Emit,
  user: User,
  current: ItemRow,
  next: StoryState,
  meta: { kind: 'edit' | 'restore' | 'wire'; restoredFrom?: number },
  now: number,
  /**
   * Whose drafts the text made a version of: this tab's editing session (its lease, and when the last draft it
   * wrote was stored). None for a save from outside the editor (tags from the item pane): not what was typed.
   */
  session: {
    lease: LeaseRow;
    draftSeenAt: number | null;
    draftsTaken: readonly { tabId: string; upTo: number }[];
  } | null = null,
) {
  const saved = await appendVersion(
    trx,
    current,
    next,
    { ...meta, author: { id: user.id, name: user.displayName } },
    now,
  );
  if (!saved) return null;
  // Taking the agency's copy is not saving what the user typed: their draft, if any, stays for them.
  if (meta.kind !== 'wire' && session) await deleteSessionDrafts(trx, current.id, user.id, session);
  emit({
    type: 'item.edited',
    itemId: current.id,
    payload: { fields: saved.fields, version: saved.number, ...meta, words: saved.words },
  });
  return saved;
}

/**
 * Saves the editor's changes as a new version. Text needs the lease; a change of tags or urgency alone (the
 * item pane's tag editor) needs only that nobody else is editing. Returns the item as it now is.
 */
export async function saveStory(
  ctx: AppContext,
  user: User,
  itemId: number,
  patch: StoryPatch,
  options: SaveOptions,
): Promise<Item> {
  const body = await beforeSaving(ctx, user, itemId, patch, options);
  return editStory(ctx, user, itemId, options, async (trx, current, emit, now) => {
    // The body was made for the item's language as read before; a change since (an agency's update to a report
    // nobody had touched) is a change in between, as the version check says of any other.
    if (body !== undefined && body.language !== current.language) throw stale(undefined, current.version);
    const lease = TEXT_FIELDS.some((field) => patch[field] !== undefined)
      ? await requireLease(trx, user, itemId, options.tabId, now)
      : await leaseForTagChange(trx, user, itemId, options.tabId, now);
    const next = applyPatch(stateOfRow(current), { ...patch, body: body?.html });
    const session = lease
      ? { lease, draftSeenAt: options.draftSeenAt ?? null, draftsTaken: options.draftsTaken ?? [] }
      : null;
    const saved = await recordVersion(trx, emit, user, current, next, { kind: 'edit' }, now, session);
    return saved?.row ?? current;
  });
}

/**
 * What a save needs a DOM for, made before its transaction on the DOM thread (dom-thread.ts), where DOMPurify's
 * milliseconds a story (and seconds to load, the first time after a start) hold neither the event loop nor the
 * write lock: the editor's body as the story stores it, and the texts of the bodies the save retags and counts
 * (remembered: htmlToText then finds them). A save the transaction would refuse (no such item, not editable by
 * this user, a version since) is refused here first, and costs the thread nothing. Undefined: no body sent.
 */
async function beforeSaving(
  ctx: AppContext,
  user: User,
  itemId: number,
  patch: StoryPatch,
  options: SaveOptions,
): Promise<{ html: string; language: string } | undefined> {
  const row = await findItemRow(ctx.database.db, itemId);
  if (!row) throw notFound('Item');
  checkEditable(user, row);
  if (row.version !== options.expectedVersion) throw stale(undefined, row.version);
  if (patch.body === undefined) {
    await textsMadeFirst(row.body);
    return undefined;
  }
  const html = patch.body.trim() ? await sanitizedStoryBody(patch.body, row.language) : '';
  await textsMadeFirst(row.body, html);
  return { html, language: row.language };
}

/**
 * The texts of bodies a story's transaction retags and counts, made before it (on the DOM thread where they need
 * one, and remembered: htmlToText then finds them), so that the transaction never loads or runs jsdom on the
 * event loop. Read before the transaction, a body may have changed by then: its text is then made there, as
 * before.
 */
async function textsMadeFirst(...bodies: Array<string | undefined>): Promise<void> {
  await Promise.all(bodies.map((body) => (body ? textOfHtml(body) : undefined)));
}

/** Makes a new version equal to an old one (the old one, and everything since, stays). */
export async function restoreVersion(
  ctx: AppContext,
  user: User,
  itemId: number,
  number: number,
  options: SaveOptions,
): Promise<Item> {
  const restored = await findVersionState(ctx.database.db, itemId, number);
  await textsMadeFirst(restored?.body);
  return editStory(ctx, user, itemId, options, async (trx, current, emit, now) => {
    await requireLease(trx, user, itemId, options.tabId, now);
    const state = await findVersionState(trx, itemId, number);
    if (!state) throw notFound('Version');
    const meta = { kind: 'restore', restoredFrom: number } as const;
    // A restore is not what the user typed: their draft stays, offered on top of the restored version the
    // next time they edit (as when an agency update is taken). Before, it went with every older draft.
    const saved = await recordVersion(trx, emit, user, current, state, meta, now);
    return saved?.row ?? current;
  });
}

/** The agency's copy a story has not taken yet (items.wire_update), if there is one. */
function wireUpdateOf(db: Executor, itemId: number) {
  return db
    .selectFrom('wire_copies')
    .innerJoin('items', (join) =>
      join
        .onRef('items.id', '=', 'wire_copies.item_id')
        .onRef('items.wire_update', '=', 'wire_copies.number'),
    )
    .selectAll('wire_copies')
    .where('items.id', '=', itemId)
    .executeTakeFirst();
}

/** Takes the agency's newest copy into the story as a new version (the editor decided to follow the update). */
export async function takeWireUpdate(
  ctx: AppContext,
  user: User,
  itemId: number,
  options: SaveOptions,
): Promise<Item> {
  await textsMadeFirst((await wireUpdateOf(ctx.database.db, itemId))?.body);
  return editStory(ctx, user, itemId, options, async (trx, current, emit, now) => {
    await requireLease(trx, user, itemId, options.tabId, now);
    const copy = current.wire_update === null ? undefined : await wireUpdateOf(trx, itemId);
    if (!copy)
      throw new ApiError(409, 'story.no_wire_update', 'The agency has sent nothing new for this story.');
    const state = stateOfRow(current);
    const next = retaggedState({
      ...state,
      headline: copy.headline,
      summary: copy.summary,
      body: copy.body,
      // The agency's upgrade comes with its copy (a flash stays a flash); its downgrade does not overrule the desk.
      urgency: copy.urgency === null ? state.urgency : Math.min(state.urgency, copy.urgency),
    });
    await recordVersion(trx, emit, user, current, next, { kind: 'wire' }, now);
    // The flag goes whether or not the copy changed the text: the editor has taken it.
    return trx
      .updateTable('items')
      .set((eb) => ({ wire_update: null, version: eb('version', '+', 1) }))
      .where('id', '=', itemId)
      .returning(ITEM_ROW_COLUMNS)
      .executeTakeFirstOrThrow();
  });
}

function retaggedState(state: StoryState): StoryState {
  return { ...state, tags: retagged(state) };
}

/**
 * A new story written by the desk: from scratch (a headline) or from reports, whose text starts it (the first
 * report's headline, lead and body, which the editor then rewrites) and which stay linked to it. An editor
 * writes it themselves (assigned to them); a chief who is not an editor leaves it accepted, to assign.
 */
export async function createStory(ctx: AppContext, user: User, input: StoryCreate): Promise<Item> {
  if (!hasPermission(user, 'stories.create')) throw forbidden('Only editors and desk chiefs write stories.');
  const firstSource = input.sourceIds[0];
  if (firstSource !== undefined)
    await textsMadeFirst((await findItemRow(ctx.database.db, firstSource))?.body);
  const now = ctx.now();
  const row = await withEvents(
    ctx,
    userActor(user),
    async (trx, emit) => {
      const sources = await loadSources(trx, input.sourceIds);
      const first = sources[0];
      const language = input.language ?? first?.language ?? user.locale;
      const base: StoryState = first
        ? { ...stateOfRow(first), byline: null, dateline: null, slug: null, keywords: [] }
        : {
            headline: '',
            summary: '',
            body: '',
            byline: null,
            dateline: null,
            slug: null,
            keywords: [],
            urgency: 3,
            language,
            tags: { countries: [], regions: [], organisations: [], topics: [], manual: [] },
          };
      const state = retaggedState({
        ...base,
        headline: input.headline || base.headline,
        language,
        tags: { ...base.tags, manual: [] },
      });
      const writer = user.roles.includes('editor');
      const deskId = first?.desk_id ?? user.deskIds[0] ?? null;
      const desk =
        deskId === null
          ? null
          : await trx.selectFrom('desks').select('name').where('id', '=', deskId).executeTakeFirst();
      const inserted = await trx
        .insertInto('items')
        .values({
          ...columnsOf(state),
          headline: state.headline,
          source: desk?.name ?? 'Mirsad',
          guid: `urn:mirsad:story:${randomUUID()}`,
          url: null,
          author: user.displayName,
          status: writer ? 'assigned' : 'accepted',
          last_action: writer ? 'assign' : null,
          assignee_id: writer ? user.id : null,
          desk_id: deskId,
          cluster_id: null,
          feed_id: null,
          received_at: now,
          updated_at: now,
          published_at: null,
          wire_time: null,
          content_hash: sha256(`${state.headline}|${now}|${user.id}`),
          version: 1,
          origin: 'desk',
          created_by: user.id,
        } satisfies NewItemRow)
        .returning(ITEM_ROW_COLUMNS)
        .executeTakeFirstOrThrow();
      await insertFirstVersions(trx, [
        { row: inserted, kind: 'edit', author: { id: user.id, name: user.displayName } },
      ]);
      await replaceItemTags(trx, [{ itemId: inserted.id, tags: tagsOfRow(inserted) }]);
      if (sources.length > 0)
        await trx
          .insertInto('story_sources')
          .values(
            sources.map((source, position) => ({ story_id: inserted.id, source_id: source.id, position })),
          )
          .execute();
      emit({
        type: 'item.created',
        itemId: inserted.id,
        payload: { sourceIds: sources.map((source) => source.id) },
      });
      return inserted;
    },
    now,
  );
  return (await hydrateItems(ctx.database.db, [row], ctx.now()))[0]!;
}

async function loadSources(trx: Tx, ids: readonly number[]): Promise<ItemRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await trx.selectFrom('items').select(ITEM_ROW_COLUMNS).where('id', 'in', unique).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length > 0)
    throw new ApiError(404, 'not_found', 'Some of these reports do not exist.', { missing });
  return unique.map((id) => byId.get(id)!);
}

/** The reports a story was written from, in the editor's order. */
export async function listStorySources(ctx: AppContext, storyId: number): Promise<Item[]> {
  const { db } = ctx.database;
  if (!(await findItemRow(db, storyId))) throw notFound('Item');
  const rows = await db
    .selectFrom('story_sources')
    .innerJoin('items', 'items.id', 'story_sources.source_id')
    .selectAll('items')
    .where('story_sources.story_id', '=', storyId)
    .orderBy('story_sources.position')
    .execute();
  return hydrateItems(db, rows, ctx.now());
}
