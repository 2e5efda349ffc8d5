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
import { notFound } from '../../http/errors.ts';
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

/** Keeps the tab's draft (replacing that tab's previous one, and no other). */
export async function saveDraft(
  ctx: AppContext,
  itemId: number,
  userId: number,
  draft: DraftPut,
): Promise<Draft> {
  const { db } = ctx.database;
  if (!(await findItemRow(db, itemId))) throw notFound('Item');
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
  await db
    .deleteFrom('drafts')
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or(
        drafts.map(({ tabId, upTo }) =>
          upTo === undefined
            ? eb('tab_id', '=', tabId)
            : eb.and([eb('tab_id', '=', tabId), eb('saved_at', '<=', Date.parse(upTo))]),
        ),
      ),
    )
    .execute();
}

/**
 * The drafts an editing session had, removed as its text becomes a version: its own tab's up to the last one it
 * was told was stored (`seenAt`, X-Draft-Seen), and the user's other tabs' written before it took the lease (it
 * opened after them, and was offered them). A draft another tab wrote after that (sent as it lost the lease to
 * this one) is text this session never had: it stays, to be offered when the story is next opened.
 */
export async function deleteSessionDrafts(
  db: Executor,
  itemId: number,
  userId: number,
  lease: LeaseRow,
  seenAt: number | null,
): Promise<void> {
  const ownUpTo = Math.max(lease.acquired_at, seenAt ?? 0);
  await db
    .deleteFrom('drafts')
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb.and([eb('tab_id', '=', lease.tab_id), eb('saved_at', '<=', ownUpTo)]),
        eb.and([eb('tab_id', '!=', lease.tab_id), eb('saved_at', '<=', lease.acquired_at)]),
      ]),
    )
    .execute();
}
