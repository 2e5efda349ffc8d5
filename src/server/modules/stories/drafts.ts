/**
 * Autosaved drafts: what an editor has typed and not yet saved as a version, one per user and story, kept on the
 * server a few seconds after the last keystroke so that a reload, a crash, another tab or a lost connection
 * loses nothing. A draft is private to its author and is not a version; saving a version removes it.
 */
import type { Draft, DraftPut } from '#shared/schemas/stories.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import { notFound } from '../../http/errors.ts';
import { findItemRow } from '../items/repository.ts';

/** The user's draft of the item, or null. */
export async function findDraft(db: Executor, itemId: number, userId: number): Promise<Draft | null> {
  const row = await db
    .selectFrom('drafts')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    itemId: row.item_id,
    baseVersion: row.base_version,
    fields: JSON.parse(row.fields) as Draft['fields'],
    savedAt: new Date(row.saved_at).toISOString(),
  };
}

/** Keeps the user's draft (replacing their previous one). */
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
    base_version: draft.baseVersion,
    fields: JSON.stringify(draft.fields),
    saved_at: savedAt,
  };
  await db
    .insertInto('drafts')
    .values(values)
    .onConflict((conflict) =>
      conflict
        .columns(['item_id', 'user_id'])
        .doUpdateSet({ base_version: values.base_version, fields: values.fields, saved_at: savedAt }),
    )
    .execute();
  return { itemId, ...draft, savedAt: new Date(savedAt).toISOString() };
}

/**
 * Drops the user's draft: `'any'` when they discard it, or, when what they typed is saved as a version, only
 * one stored up to that time (see draftsUpTo in service.ts).
 */
export async function deleteDraft(
  db: Executor,
  itemId: number,
  userId: number,
  storedUpTo: number | 'any',
): Promise<void> {
  let query = db.deleteFrom('drafts').where('item_id', '=', itemId).where('user_id', '=', userId);
  if (storedUpTo !== 'any') query = query.where('saved_at', '<=', storedUpTo);
  await query.execute();
}
