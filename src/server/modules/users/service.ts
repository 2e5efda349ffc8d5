/** Creating users and changing their preferences; every change is an event. */
import type { EventActor } from '#shared/schemas/events.ts';
import type { Locale, Role, User } from '#shared/schemas/users.ts';
import type { AppContext } from '../../context.ts';
import { conflict } from '../../http/errors.ts';
import { withEvents } from '../events/with-events.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findUserByUsername, insertUser, loadUser, setUserLocale } from './repository.ts';

export interface CreateUserInput {
  username: string;
  displayName?: string;
  roles: Role[];
  password: string;
  deskIds?: number[];
}

/** Creates a user (409 when the username is taken). */
export async function createUser(ctx: AppContext, actor: EventActor, input: CreateUserInput): Promise<User> {
  const { db } = ctx.database;
  if (await findUserByUsername(db, input.username)) {
    throw conflict('user.exists', `The username ${input.username} is taken.`);
  }
  const passwordHash = await hashPassword(input.password, ctx.config.passwordHashCost);
  const roles = [...new Set(input.roles)];
  const now = ctx.now();
  const id = await withEvents(ctx, actor, async (trx, emit) => {
    const userId = await insertUser(
      trx,
      { username: input.username, displayName: input.displayName ?? input.username, roles, passwordHash },
      now,
    );
    for (const deskId of input.deskIds ?? []) {
      await trx.insertInto('desk_members').values({ desk_id: deskId, user_id: userId }).execute();
    }
    emit({
      type: 'user.created',
      itemId: null,
      payload: { userId, username: input.username.toLowerCase(), roles },
    });
    return userId;
  });
  return (await loadUser(db, id))!;
}

/**
 * Disables (or re-enables) an account. Disabling ends its sessions in the same transaction, and the event makes
 * every server instance end the user's open live streams at once.
 */
export async function setUserDisabled(
  ctx: AppContext,
  actor: EventActor,
  userId: number,
  disabled: boolean,
): Promise<User | null> {
  const changed = await withEvents(ctx, actor, async (trx, emit) => {
    const result = await trx
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0 })
      .where('id', '=', userId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    if (disabled) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    emit({ type: 'user.updated', itemId: null, payload: { userId, fields: ['disabled'] } });
    return true;
  });
  return changed ? ((await loadUser(ctx.database.db, userId)) ?? null) : null;
}

/** Remembers a user's interface language. */
export async function setLocale(ctx: AppContext, userId: number, locale: Locale): Promise<User> {
  await setUserLocale(ctx.database.db, userId, locale, Date.now());
  return (await loadUser(ctx.database.db, userId))!;
}

/** Creates a desk if it does not exist and returns its id. */
export async function ensureDesk(ctx: AppContext, name: string): Promise<number> {
  const { db } = ctx.database;
  const existing = await db.selectFrom('desks').select('id').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('desks')
    .values({ name, created_at: Date.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
