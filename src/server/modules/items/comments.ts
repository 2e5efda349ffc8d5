/** Comments on an item: the desk's conversation about it (return notes, questions), each an event too. */
import type { Comment } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import { notFound } from '../../http/errors.ts';
import { userActor } from '../events/actors.ts';
import { withEvents } from '../events/with-events.ts';
import { toUserRef } from '../users/repository.ts';
import { findItemRow } from './repository.ts';

/** An item's comments, oldest first (404 when the item does not exist). */
export async function listComments(ctx: AppContext, itemId: number): Promise<Comment[]> {
  const { db } = ctx.database;
  if (!(await findItemRow(db, itemId))) throw notFound('Item');
  const rows = await db
    .selectFrom('comments')
    .innerJoin('users', 'users.id', 'comments.author_id')
    .select([
      'comments.id',
      'comments.item_id',
      'comments.body',
      'comments.created_at',
      'users.id as user_id',
      'users.username',
      'users.display_name',
    ])
    .where('comments.item_id', '=', itemId)
    .orderBy('comments.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    itemId: row.item_id,
    body: row.body,
    createdAt: new Date(row.created_at).toISOString(),
    author: toUserRef({ id: row.user_id, username: row.username, display_name: row.display_name }),
  }));
}

/** Inserts a comment in the caller's transaction (a workflow action's note); the caller writes the event. */
export async function insertComment(
  trx: Executor,
  itemId: number,
  authorId: number,
  body: string,
  now: number,
): Promise<number> {
  const row = await trx
    .insertInto('comments')
    .values({ item_id: itemId, author_id: authorId, body, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds a comment with its `comment.added` event. */
export async function addComment(
  ctx: AppContext,
  user: User,
  itemId: number,
  body: string,
): Promise<Comment> {
  const now = ctx.now();
  const id = await withEvents(
    ctx,
    userActor(user),
    async (trx, emit) => {
      if (!(await findItemRow(trx, itemId))) throw notFound('Item');
      const commentId = await insertComment(trx, itemId, user.id, body, now);
      emit({ type: 'comment.added', itemId, payload: { commentId, body } });
      return commentId;
    },
    now,
  );
  return {
    id,
    itemId,
    body,
    createdAt: new Date(now).toISOString(),
    author: { id: user.id, username: user.username, displayName: user.displayName },
  };
}
