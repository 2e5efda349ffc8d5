/**
 * People administration: creating users, changing their roles and desks, disabling them, one-time passwords and
 * a user's own password. The HTTP routes and the CLI both come here, so each rule is written once; every change
 * is an event in the audit trail, written in the same transaction as the change (nothing half-saved).
 */
import { isWellFormedUsername, passwordProblem } from '#shared/people/credentials.ts';
import type { EventActor } from '#shared/schemas/events.ts';
import type { AdminUser, Role, User, UserCreated, UserPreferencesPatch } from '#shared/schemas/users.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import { conflict, notFound, unprocessable } from '../../http/errors.ts';
import { withEvents } from '../events/with-events.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { oneTimePassword } from '../auth/tokens.ts';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  loadAdminUser,
  loadUser,
  parseRoles,
  setUserPreferences,
} from './repository.ts';

export interface CreateUserInput {
  username: string;
  displayName?: string;
  roles: Role[];
  /** Omitted: a one-time password is generated, returned once, and must be replaced at first sign-in. */
  password?: string;
  deskIds?: number[];
}

/** 422 `user.username_invalid` unless the username is well-formed. */
function checkUsername(username: string): void {
  if (!isWellFormedUsername(username)) {
    throw unprocessable(
      'user.username_invalid',
      'A username is 2 to 64 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit.',
    );
  }
}

/** 422 `password.weak` with the reason (`too_short`, `contains_username`…) when a chosen password is too weak. */
function checkPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem)
    throw unprocessable('password.weak', `The password is too weak (${problem}).`, { reason: problem });
}

/** 422 `user.unknown_desk` when a desk does not exist (checked in the transaction that links them). */
async function checkDesks(trx: Tx, deskIds: readonly number[]): Promise<void> {
  if (deskIds.length === 0) return;
  const found = await trx
    .selectFrom('desks')
    .select('id')
    .where('id', 'in', [...deskIds])
    .execute();
  if (found.length !== new Set(deskIds).size) {
    throw unprocessable('user.unknown_desk', 'One of the desks does not exist.');
  }
}

async function replaceDesks(trx: Tx, userId: number, deskIds: readonly number[]): Promise<void> {
  await trx.deleteFrom('desk_members').where('user_id', '=', userId).execute();
  for (const deskId of new Set(deskIds)) {
    await trx.insertInto('desk_members').values({ desk_id: deskId, user_id: userId }).execute();
  }
}

/**
 * Refuses a change that would leave no enabled admin (409 `user.last_admin`). Runs inside the change's
 * transaction; on PostgreSQL the users rows are locked first, so two admins demoting each other at the same
 * moment cannot both pass (SQLite runs one write transaction at a time anyway).
 */
async function assertAdminsRemain(
  ctx: AppContext,
  trx: Tx,
  userId: number,
  after: { admin: boolean; enabled: boolean },
): Promise<void> {
  let query = trx.selectFrom('users').select(['id', 'roles', 'disabled']);
  if (ctx.database.dialect === 'postgres') query = query.forUpdate();
  const rows = await query.execute();
  const others = rows.filter(
    (row) => row.id !== userId && row.disabled === 0 && parseRoles(row).includes('admin'),
  ).length;
  if (others === 0 && !(after.admin && after.enabled)) {
    throw conflict('user.last_admin', 'This is the last admin: another admin is needed first.');
  }
}

const isSelf = (actor: EventActor, userId: number) => actor.kind === 'user' && actor.id === userId;

/** Creates a user (409 `user.exists` when the username is taken). */
export async function createUser(
  ctx: AppContext,
  actor: EventActor,
  input: CreateUserInput,
): Promise<UserCreated> {
  const { db } = ctx.database;
  const username = input.username.trim().toLowerCase();
  checkUsername(username);
  if (input.password !== undefined) checkPassword(input.password, username);
  if (await findUserByUsername(db, username)) {
    throw conflict('user.exists', `The username ${username} is taken.`);
  }
  const generated = input.password === undefined ? oneTimePassword() : null;
  const passwordHash = await hashPassword(input.password ?? generated!, ctx.config.passwordHashCost);
  const roles = [...new Set(input.roles)];
  const deskIds = [...new Set(input.deskIds ?? [])];
  const now = ctx.now();
  const id = await withEvents(ctx, actor, async (trx, emit) => {
    await checkDesks(trx, deskIds);
    // The unique index settles a race with another admin creating the same name between the check and here.
    if (await findUserByUsername(trx, username)) {
      throw conflict('user.exists', `The username ${username} is taken.`);
    }
    const userId = await insertUser(
      trx,
      {
        username,
        displayName: input.displayName?.trim() || username,
        roles,
        passwordHash,
        mustChangePassword: generated !== null,
      },
      now,
    );
    await replaceDesks(trx, userId, deskIds);
    emit({ type: 'user.created', itemId: null, payload: { userId, username, roles } });
    return userId;
  });
  const user = (await loadAdminUser(db, id))!;
  return generated ? { ...user, oneTimePassword: generated } : user;
}

export interface UserChanges {
  displayName?: string;
  roles?: Role[];
  deskIds?: number[];
}

/**
 * Changes a user's roles, desks or display name. Nobody removes their own admin role (409 `user.own_admin`),
 * and the last enabled admin keeps theirs (409 `user.last_admin`).
 */
export async function updateUser(
  ctx: AppContext,
  actor: EventActor,
  userId: number,
  changes: UserChanges,
): Promise<AdminUser> {
  const roles = changes.roles ? [...new Set(changes.roles)] : undefined;
  const deskIds = changes.deskIds ? [...new Set(changes.deskIds)] : undefined;
  await withEvents(ctx, actor, async (trx, emit) => {
    const row = await findUserById(trx, userId);
    if (!row) throw notFound('User');
    const fields: string[] = [];
    if (roles) {
      const wasAdmin = parseRoles(row).includes('admin');
      if (wasAdmin && !roles.includes('admin')) {
        if (isSelf(actor, userId)) {
          throw conflict('user.own_admin', 'You cannot remove your own admin role; ask another admin.');
        }
        await assertAdminsRemain(ctx, trx, userId, { admin: false, enabled: row.disabled === 0 });
      }
      await trx
        .updateTable('users')
        .set({ roles: JSON.stringify(roles), updated_at: ctx.now() })
        .where('id', '=', userId)
        .execute();
      fields.push('roles');
    }
    if (deskIds) {
      await checkDesks(trx, deskIds);
      await replaceDesks(trx, userId, deskIds);
      fields.push('deskIds');
    }
    if (changes.displayName === undefined || fields.length > 0) {
      emit({
        type: 'user.updated',
        itemId: null,
        payload: { userId, fields, ...(roles ? { roles } : {}), ...(deskIds ? { deskIds } : {}) },
      });
    }
    // An event of its own, which everyone hears: the name shows on the desk's rows, where roles do not.
    if (changes.displayName !== undefined) {
      const displayName = changes.displayName.trim();
      await trx
        .updateTable('users')
        .set({ display_name: displayName, updated_at: ctx.now() })
        .where('id', '=', userId)
        .execute();
      emit({ type: 'user.renamed', itemId: null, payload: { userId, displayName } });
    }
  });
  return (await loadAdminUser(ctx.database.db, userId))!;
}

/**
 * Disables (or re-enables) an account. Disabling ends its sessions in the same transaction, and the event makes
 * every server instance end the user's open live streams at once. Nobody disables themselves
 * (409 `user.disable_self`), and the last enabled admin stays enabled (409 `user.last_admin`).
 * Null when there is no such user.
 */
export async function setUserDisabled(
  ctx: AppContext,
  actor: EventActor,
  userId: number,
  disabled: boolean,
): Promise<AdminUser | null> {
  const changed = await withEvents(ctx, actor, async (trx, emit) => {
    const row = await findUserById(trx, userId);
    if (!row) return false;
    if (disabled) {
      if (isSelf(actor, userId)) throw conflict('user.disable_self', 'You cannot disable your own account.');
      if (parseRoles(row).includes('admin')) {
        await assertAdminsRemain(ctx, trx, userId, { admin: true, enabled: false });
      }
    }
    await trx
      .updateTable('users')
      .set({ disabled: disabled ? 1 : 0, updated_at: ctx.now() })
      .where('id', '=', userId)
      .execute();
    if (disabled) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    emit({ type: 'user.updated', itemId: null, payload: { userId, fields: ['disabled'], disabled } });
    return true;
  });
  return changed ? ((await loadAdminUser(ctx.database.db, userId)) ?? null) : null;
}

/**
 * Gives a user a new one-time password (returned once): their sessions end at once and, at their next sign-in,
 * they must choose their own. Not one's own (409 `user.reset_self`): it would end the admin's own session for a
 * password they could simply change (as disabling oneself is refused).
 */
export async function resetPassword(
  ctx: AppContext,
  actor: EventActor,
  userId: number,
): Promise<{ user: AdminUser; oneTimePassword: string }> {
  if (isSelf(actor, userId))
    throw conflict('user.reset_self', 'You cannot reset your own password here: change it from your menu.');
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password, ctx.config.passwordHashCost);
  await withEvents(ctx, actor, async (trx, emit) => {
    const result = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: 1, updated_at: ctx.now() })
      .where('id', '=', userId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound('User');
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    emit({ type: 'user.password_reset', itemId: null, payload: { userId } });
  });
  return { user: (await loadAdminUser(ctx.database.db, userId))!, oneTimePassword: password };
}

/**
 * The signed-in user chooses their own password: the current one is checked (422 `password.current_wrong`, not
 * 401, which would read as a lost session), the new one must be strong (422 `password.weak`) and new
 * (422 `password.unchanged`). Their other sessions end; this one goes on.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  user: Pick<User, 'id' | 'displayName'>,
  sessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<User> {
  const row = await findUserById(ctx.database.db, user.id);
  if (!row) throw notFound('User');
  if (!(await verifyPassword(currentPassword, row.password_hash))) {
    throw unprocessable('password.current_wrong', 'The current password is not right.');
  }
  checkPassword(newPassword, row.username);
  if (newPassword === currentPassword) {
    throw unprocessable('password.unchanged', 'Choose a password different from the current one.');
  }
  const passwordHash = await hashPassword(newPassword, ctx.config.passwordHashCost);
  await withEvents(ctx, { kind: 'user', id: user.id, name: user.displayName }, async (trx, emit) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: 0, updated_at: ctx.now() })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).where('id', '!=', sessionId).execute();
    emit({ type: 'user.password_changed', itemId: null, payload: { userId: user.id } });
  });
  return (await loadUser(ctx.database.db, user.id))!;
}

/** Remembers a user's interface language and the digits of the Arabic interface. */
export async function setPreferences(
  ctx: AppContext,
  userId: number,
  preferences: UserPreferencesPatch,
): Promise<User> {
  await setUserPreferences(ctx.database.db, userId, preferences, ctx.now());
  return (await loadUser(ctx.database.db, userId))!;
}

/** Creates a desk if it does not exist and returns its id; `nameEn` is its English name. */
export async function ensureDesk(
  ctx: AppContext,
  name: string,
  nameEn: string | null = null,
): Promise<number> {
  const { db } = ctx.database;
  const existing = await db.selectFrom('desks').select('id').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('desks')
    .values({ name, name_en: nameEn, created_at: Date.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
