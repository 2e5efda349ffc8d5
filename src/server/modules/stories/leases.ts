/**
 * Leases: who is editing a story. Opening a story for editing takes a lease for one browser tab of one user;
 * the open editor renews it (every LEASE_RENEW_MS) and it lapses LEASE_MS after the last renewal, so a closed
 * tab or a dead browser frees the story within a minute. Leases live in the database, so every instance agrees:
 * taking one is a single conditional write that only one writer can win. A desk chief, or the holder in
 * another tab, may take a lease over; the previous holder hears of it at once (an `item.lease` event), and their
 * unsaved text stays theirs as a draft. Acquiring, releasing, taking over and lapsing are events; renewing is not.
 */
import { LEASE_MS } from '#shared/schemas/leases.ts';
import type { User } from '#shared/schemas/users.ts';
import { checkEdit, type ItemState } from '#shared/workflow.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import type { LeaseRow } from '../../db/schema.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { SYSTEM_ACTOR, userActor } from '../events/actors.ts';
import { withEvents, type Emit } from '../events/with-events.ts';
import { findItemRow } from '../items/repository.ts';
import { parseRoles } from '../users/repository.ts';
import { checkEditable } from './editable.ts';

/** The current (unexpired) lease of an item, if any. */
export async function currentLease(db: Executor, itemId: number, now: number): Promise<LeaseRow | null> {
  const lease = await db.selectFrom('leases').selectAll().where('item_id', '=', itemId).executeTakeFirst();
  return lease && lease.expires_at > now ? lease : null;
}

async function holderName(db: Executor, userId: number): Promise<string> {
  const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
  return row?.display_name ?? String(userId);
}

/** 409 `lease.held`: someone (or this user in another tab) is editing; details say who and since when. */
async function heldBy(db: Executor, lease: LeaseRow): Promise<ApiError> {
  const name = await holderName(db, lease.user_id);
  return new ApiError(409, 'lease.held', `${name} is editing this story.`, {
    holder: { id: lease.user_id, displayName: name },
    since: new Date(lease.acquired_at).toISOString(),
    tabId: lease.tab_id,
  });
}

/**
 * Takes or renews the lease for this user's tab. 409 `lease.held` when another user, or this user's other tab,
 * holds a live lease.
 */
export async function acquireLease(
  ctx: AppContext,
  user: User,
  itemId: number,
  tabId: string,
): Promise<LeaseRow> {
  const now = ctx.now();
  const actor = userActor(user);
  return withEvents(
    ctx,
    actor,
    async (trx, emit) => {
      const row = await findItemRow(trx, itemId);
      if (!row) throw notFound('Item');
      checkEditable(user, row);
      const existing = await trx
        .selectFrom('leases')
        .selectAll()
        .where('item_id', '=', itemId)
        .executeTakeFirst();
      const mine = existing && existing.user_id === user.id && existing.tab_id === tabId;
      if (existing && existing.expires_at > now && !mine) throw await heldBy(trx, existing);
      const lease: LeaseRow = {
        item_id: itemId,
        user_id: user.id,
        tab_id: tabId,
        acquired_at: mine && existing.expires_at > now ? existing.acquired_at : now,
        expires_at: now + LEASE_MS,
      };
      // One conditional write: of two instances racing for a free (or lapsed) lease, exactly one succeeds.
      const written = await trx
        .insertInto('leases')
        .values(lease)
        .onConflict((conflict) =>
          conflict
            .column('item_id')
            .doUpdateSet({
              user_id: lease.user_id,
              tab_id: lease.tab_id,
              acquired_at: lease.acquired_at,
              expires_at: lease.expires_at,
            })
            .where((eb) =>
              eb.or([
                eb('leases.expires_at', '<=', now),
                eb.and([eb('leases.user_id', '=', user.id), eb('leases.tab_id', '=', tabId)]),
              ]),
            ),
        )
        .returningAll()
        .executeTakeFirst();
      if (!written) {
        const winner = await trx
          .selectFrom('leases')
          .selectAll()
          .where('item_id', '=', itemId)
          .executeTakeFirst();
        throw winner
          ? await heldBy(trx, winner)
          : new ApiError(409, 'lease.held', 'Someone else is editing.');
      }
      if (!(mine && existing.expires_at > now))
        emit({
          type: 'item.lease',
          itemId,
          payload: { change: 'acquired', userId: user.id, userName: user.displayName },
        });
      return written;
    },
    now,
  );
}

/** Gives the lease back (closing the editor); nothing happens when this tab does not hold it. */
export async function releaseLease(
  ctx: AppContext,
  user: User,
  itemId: number,
  tabId: string,
): Promise<void> {
  const now = ctx.now();
  await withEvents(
    ctx,
    userActor(user),
    async (trx, emit) => {
      const removed = await trx
        .deleteFrom('leases')
        .where('item_id', '=', itemId)
        .where('user_id', '=', user.id)
        .where('tab_id', '=', tabId)
        .returning('item_id')
        .executeTakeFirst();
      if (removed)
        emit({
          type: 'item.lease',
          itemId,
          payload: { change: 'released', userId: user.id, userName: user.displayName },
        });
    },
    now,
  );
}

/**
 * Takes the lease from whoever holds it: a desk chief (or admin) may always, the holder may from another tab.
 * The previous holder is told by the event and keeps their draft.
 */
export async function takeOverLease(
  ctx: AppContext,
  user: User,
  itemId: number,
  tabId: string,
): Promise<LeaseRow> {
  const now = ctx.now();
  const mayTakeAnyone = user.roles.includes('chief') || user.roles.includes('admin');
  return withEvents(
    ctx,
    userActor(user),
    async (trx, emit) => {
      const row = await findItemRow(trx, itemId);
      if (!row) throw notFound('Item');
      checkEditable(user, row);
      const existing = await currentLease(trx, itemId, now);
      if (existing && existing.user_id !== user.id && !mayTakeAnyone)
        throw new ApiError(
          403,
          'lease.takeover_forbidden',
          'Only a desk chief may take over from someone else.',
        );
      const lease: LeaseRow = {
        item_id: itemId,
        user_id: user.id,
        tab_id: tabId,
        acquired_at: now,
        expires_at: now + LEASE_MS,
      };
      await trx.deleteFrom('leases').where('item_id', '=', itemId).execute();
      await trx.insertInto('leases').values(lease).execute();
      emit({
        type: 'item.lease',
        itemId,
        payload: existing
          ? {
              change: 'taken_over',
              userId: user.id,
              userName: user.displayName,
              previousUserId: existing.user_id,
            }
          : { change: 'acquired', userId: user.id, userName: user.displayName },
      });
      return lease;
    },
    now,
  );
}

/**
 * For a save: this user's tab must hold the item's live lease. 409 `lease.held` when someone else holds it,
 * 423 `lease.required` when nobody does (the editor lost it: it lapsed, or was taken over and given back).
 */
export async function requireLease(
  db: Executor,
  user: User,
  itemId: number,
  tabId: string | null,
  now: number,
): Promise<LeaseRow> {
  const lease = await currentLease(db, itemId, now);
  if (lease && lease.user_id === user.id && lease.tab_id === tabId) return lease;
  if (lease) throw await heldBy(db, lease);
  throw new ApiError(423, 'lease.required', 'Open the story for editing before saving: nobody holds it now.');
}

/**
 * For a change of tags or urgency alone, which needs no lease: refused (409) while someone else is editing.
 * Answers this tab's lease when it holds one (the editor saving only such a change), else null (the item pane,
 * outside the editor), so that the save knows whose drafts it may remove.
 */
export async function leaseForTagChange(
  db: Executor,
  user: User,
  itemId: number,
  tabId: string | null,
  now: number,
): Promise<LeaseRow | null> {
  const lease = await currentLease(db, itemId, now);
  if (lease && lease.user_id !== user.id) throw await heldBy(db, lease);
  return lease && lease.tab_id === tabId ? lease : null;
}

/**
 * After a workflow action: a lease held by someone the story's new state no longer lets edit ends (it went on
 * to review, or to another editor). Left, it locked out the one who may now edit until it lapsed (a minute,
 * once the holder's browser is gone), refusing them in the old holder's name. The holder's editor goes
 * read-only and keeps their unsaved text as a draft, as after a takeover.
 */
export async function endLeaseOutOfTurn(
  trx: Executor,
  itemId: number,
  state: ItemState,
  now: number,
  emit: Emit,
): Promise<void> {
  const lease = await currentLease(trx, itemId, now);
  if (!lease) return;
  const holder = await trx
    .selectFrom('users')
    .select(['id', 'roles', 'display_name'])
    .where('id', '=', lease.user_id)
    .executeTakeFirst();
  if (holder && checkEdit({ id: holder.id, roles: parseRoles(holder) }, state) === null) return;
  await trx.deleteFrom('leases').where('item_id', '=', itemId).execute();
  emit({
    type: 'item.lease',
    itemId,
    payload: { change: 'released', userId: lease.user_id, userName: holder?.display_name ?? '' },
  });
}

/** Removes lapsed leases and tells every screen; safe to run on every instance at once (one delete wins). */
export async function expireLeases(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const lapsed = await ctx.database.db
    .selectFrom('leases')
    .innerJoin('users', 'users.id', 'leases.user_id')
    .select(['leases.item_id', 'leases.user_id', 'leases.tab_id', 'users.display_name'])
    .where('leases.expires_at', '<=', now)
    .limit(500)
    .execute();
  let expired = 0;
  for (const lease of lapsed) {
    const gone = await withEvents(
      ctx,
      SYSTEM_ACTOR,
      async (trx, emit) => {
        const removed = await trx
          .deleteFrom('leases')
          .where('item_id', '=', lease.item_id)
          .where('tab_id', '=', lease.tab_id)
          .where('expires_at', '<=', now)
          .returning('item_id')
          .executeTakeFirst();
        if (removed)
          emit({
            type: 'item.lease',
            itemId: lease.item_id,
            payload: { change: 'expired', userId: lease.user_id, userName: lease.display_name },
          });
        return removed !== undefined;
      },
      now,
    );
    if (gone) expired++;
  }
  return expired;
}
