/**
 * Autosaved drafts: what an editor has typed and not yet saved as a version, kept on the server a few seconds
 * after the last keystroke so that a reload, a crash, another tab or a lost connection loses nothing. One per
 * user, story and browser tab: the tab that takes a story over from the user's other tab writes its own draft
 * beside the text the other tab sends as it loses the lease, never over it. A draft is private to its author
 * and is not a version; saving a version removes the drafts that editing session had (service.ts).
 */
import type { Draft, DraftDelete, DraftPut } from '#shared/schemas/stories.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import type { LeaseRow } from '../../db/schema.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { findItemRow } from '../items/repository.ts';

/** The user's drafts of the item, one per tab that wrote one, the newest first. */
export async function findDrafts(db: Executor, itemId: number, userId: number): Promise<Draft[]> {
  const rows = await db
    .selectFrom('drafts')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .orderBy('saved_at', 'desc')
    .orderBy('tab_id')
    .execute();
  return rows.map((row) => ({
    itemId: row.item_id,
    tabId: row.tab_id,
    baseVersion: row.base_version,
    ...(row.story_version === null ? {} : { storyVersion: Number(row.story_version) }),
    fields: JSON.parse(row.fields) as Draft['fields'],
    savedAt: new Date(row.saved_at).toISOString(),
  }));
}

/**
 * Drafts one user may keep of one story, one per window. A new window's draft past it is refused (409
 * `story.too_many_drafts`; its text stays in that window and in the browser's copy), never written over
 * another window's: the tab id is the client's, and without a bound one account could store drafts without end.
 */
export const MAX_DRAFTS_PER_STORY = 20;

/** Keeps the tab's draft (replacing that tab's previous one, and no other). */
export async function saveDraft(
  ctx: AppContext,
  itemId: number,
  userId: number,
  draft: DraftPut,
): Promise<Draft> {
  const { db } = ctx.database;
  if (!(await findItemRow(db, itemId))) throw notFound('Item');
  const tabs = await db
    .selectFrom('drafts')
    .select('tab_id')
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .execute();
  if (tabs.length >= MAX_DRAFTS_PER_STORY && !tabs.some((tab) => tab.tab_id === draft.tabId)) {
    throw new ApiError(
      409,
      'story.too_many_drafts',
      `You keep drafts of this story from ${MAX_DRAFTS_PER_STORY} windows already: restore or discard the drafts the editor offers when it opens.`,
      { limit: MAX_DRAFTS_PER_STORY },
    );
  }
  const savedAt = ctx.now();
  const values = {
    item_id: itemId,
    user_id: userId,
    tab_id: draft.tabId,
    base_version: draft.baseVersion,
    story_version: draft.storyVersion ?? null,
    fields: JSON.stringify(draft.fields),
    saved_at: savedAt,
  };
  await db
    .insertInto('drafts')
    .values(values)
    .onConflict((conflict) =>
      conflict.columns(['item_id', 'user_id', 'tab_id']).doUpdateSet({
        base_version: values.base_version,
        story_version: values.story_version,
        fields: values.fields,
        saved_at: savedAt,
      }),
    )
    .execute();
  return { itemId, ...draft, savedAt: new Date(savedAt).toISOString() };
}

/** A tab's draft to remove: all of it, or only as it was up to a time (ms); a later one is text not yet seen. */
interface Removal {
  tabId: string;
  upTo?: number;
}

/** One statement for the user's drafts named, each whole or up to its time; nothing when none is named. */
async function removeDrafts(
  db: Executor,
  itemId: number,
  userId: number,
  removals: readonly Removal[],
): Promise<void> {
  if (removals.length === 0) return;
  await db
    .deleteFrom('drafts')
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or(
        removals.map(({ tabId, upTo }) =>
          upTo === undefined
            ? eb('tab_id', '=', tabId)
            : eb.and([eb('tab_id', '=', tabId), eb('saved_at', '<=', upTo)]),
        ),
      ),
    )
    .execute();
}

/**
 * Removes drafts of the user's: a tab's own, or ones offered and discarded, only as they were when offered
 * (`upTo`): a draft its tab wrote after that is text the user has not seen, and stays.
 */
export async function deleteDrafts(
  db: Executor,
  itemId: number,
  userId: number,
  { drafts }: DraftDelete,
): Promise<void> {
  await removeDrafts(
    db,
    itemId,
    userId,
    drafts.map(({ tabId, upTo }) => (upTo === undefined ? { tabId } : { tabId, upTo: Date.parse(upTo) })),
  );
}

/**
 * The drafts an editing session had, removed as its text becomes a version: its own tab's up to the last one it
 * was told was stored (`draftSeenAt`, X-Draft-Seen), and the ones whose text it restored (`draftsTaken`,
 * X-Drafts-Taken), each as it was then. Nothing else: a draft of another tab that the session was not shown, or
 * did not pick, or that was written since (sent as that tab lost the lease to this one), is text this session
 * never had. It stays, to be offered when the story is next opened. (Judging by the lease's start instead
 * removed a draft the session never read: one written while the session had lost the lease and then took it
 * back.)
 */
export async function deleteSessionDrafts(
  db: Executor,
  itemId: number,
  userId: number,
  {
    lease,
    draftSeenAt,
    draftsTaken,
  }: {
    lease: LeaseRow;
    draftSeenAt: number | null;
    draftsTaken: readonly { tabId: string; upTo: number }[];
  },
): Promise<void> {
  await removeDrafts(db, itemId, userId, [
    ...(draftSeenAt === null ? [] : [{ tabId: lease.tab_id, upTo: draftSeenAt }]),
    ...draftsTaken,
  ]);
}

/** When the user's newest draft of the item was kept (ms), or null when they have none. */
export async function newestDraftAt(db: Executor, itemId: number, userId: number): Promise<number | null> {
  const newest = await db
    .selectFrom('drafts')
    .select('saved_at')
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .orderBy('saved_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return newest ? Number(newest.saved_at) : null;
}
