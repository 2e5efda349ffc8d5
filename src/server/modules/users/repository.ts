/** Users and desks as stored. */
import {
  REVIEW_AFTER_MINUTES,
  type AdminUser,
  type Role,
  type User,
  type UserPreferencesPatch,
  type UserRef,
  type Locale,
} from '#shared/schemas/users.ts';
import { ACTIVE_STATUSES } from '#shared/workflow.ts';
import type { Executor } from '../../db/index.ts';
import type { UserRow } from '../../db/schema.ts';

export function parseRoles(row: Pick<UserRow, 'roles'>): Role[] {
  return JSON.parse(row.roles) as Role[];
}

export function toUserRef(row: Pick<UserRow, 'id' | 'username' | 'display_name'>): UserRef {
  return { id: row.id, username: row.username, displayName: row.display_name };
}

/** The columns a User is made of: what every request's session lookup reads (never the password hash). */
export const USER_COLUMNS = [
  'id',
  'username',
  'display_name',
  'roles',
  'locale',
  'digits',
  'review_after_minutes',
  'disabled',
  'must_change_password',
] as const;

export function toUser(row: Pick<UserRow, (typeof USER_COLUMNS)[number]>, deskIds: number[]): User {
  // Every request's session reads its user this way. The reference's fields are spread last: a spread followed
  // by fields of the literal's own costs V8 a new hidden class per field on every call (items/serialize.ts).
  return {
    roles: parseRoles(row),
    locale: row.locale as Locale,
    digits: row.digits === 'arab' ? 'arab' : 'latn',
    reviewAfterMinutes: row.review_after_minutes ?? REVIEW_AFTER_MINUTES.default,
    disabled: row.disabled === 1,
    deskIds,
    mustChangePassword: row.must_change_password === 1,
    ...toUserRef(row),
  };
}

/** A user as people administration lists them. */
export function toAdminUser(row: UserRow, deskIds: number[]): AdminUser {
  return {
    ...toUser(row, deskIds),
    lastSignInAt: row.last_sign_in_at === null ? null : new Date(Number(row.last_sign_in_at)).toISOString(),
  };
}

/** Every account, by username, with its desks (two queries, whatever the number of users). */
export async function listAdminUsers(db: Executor): Promise<AdminUser[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  const members = await db.selectFrom('desk_members').select(['desk_id', 'user_id']).execute();
  return rows.map((row) =>
    toAdminUser(
      row,
      members.filter((member) => member.user_id === row.id).map((member) => member.desk_id),
    ),
  );
}

export async function loadAdminUser(db: Executor, id: number): Promise<AdminUser | undefined> {
  const row = await findUserById(db, id);
  return row ? toAdminUser(row, await deskIdsOf(db, id)) : undefined;
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}

export async function findUserById(db: Executor, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deskIdsOf(db: Executor, userId: number): Promise<number[]> {
  const rows = await db.selectFrom('desk_members').select('desk_id').where('user_id', '=', userId).execute();
  return rows.map((row) => row.desk_id);
}

export async function loadUser(db: Executor, id: number): Promise<User | undefined> {
  const row = await findUserById(db, id);
  return row ? toUser(row, await deskIdsOf(db, id)) : undefined;
}

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
  mustChangePassword: boolean;
}

export async function insertUser(db: Executor, user: NewUser, now: number): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      username: user.username.toLowerCase(),
      display_name: user.displayName,
      roles: JSON.stringify(user.roles),
      password_hash: user.passwordHash,
      disabled: 0,
      must_change_password: user.mustChangePassword ? 1 : 0,
      locale: 'ar',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Active editors (optionally of one desk) with the number of items on their plate, least loaded first. */
export async function listEditorsWithLoad(db: Executor, deskId?: number) {
  let query = db
    .selectFrom('users')
    .leftJoin('items', (join) =>
      join.onRef('items.assignee_id', '=', 'users.id').on('items.status', 'in', [...ACTIVE_STATUSES]),
    )
    .select((eb) => [
      'users.id',
      'users.username',
      'users.display_name',
      'users.roles',
      eb.fn.count('items.id').as('load'),
    ])
    .where('users.disabled', '=', 0)
    .groupBy(['users.id', 'users.username', 'users.display_name', 'users.roles']);
  if (deskId !== undefined) {
    query = query.where('users.id', 'in', (eb) =>
      eb.selectFrom('desk_members').select('user_id').where('desk_id', '=', deskId),
    );
  }
  const rows = await query.execute();
  return rows
    .filter((row) => parseRoles(row).includes('editor'))
    .map((row) => ({ ...toUserRef(row), load: Number(row.load) }))
    .sort((a, b) => a.load - b.load || a.displayName.localeCompare(b.displayName));
}

export async function listDesks(db: Executor) {
  const desks = await db.selectFrom('desks').select(['id', 'name', 'name_en']).orderBy('name').execute();
  const members = await db.selectFrom('desk_members').select(['desk_id', 'user_id']).execute();
  return desks.map(({ name_en, ...desk }) => ({
    ...desk,
    nameEn: name_en,
    memberIds: members.filter((member) => member.desk_id === desk.id).map((member) => member.user_id),
  }));
}

/** A user's interface preferences; a language set here counts as chosen (the login page no longer sets it). */
export async function setUserPreferences(
  db: Executor,
  userId: number,
  preferences: UserPreferencesPatch,
  now: number,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(preferences.locale ? { locale: preferences.locale, locale_chosen_at: now } : {}),
      ...(preferences.digits ? { digits: preferences.digits } : {}),
      ...(preferences.reviewAfterMinutes ? { review_after_minutes: preferences.reviewAfterMinutes } : {}),
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
}

/**
 * The login page's language becomes the user's own at the first sign-in: only while none was chosen (the
 * condition is in the update, so two first sign-ins at once cannot both set it). Whether it changed anything.
 */
export async function adoptLoginLocale(
  db: Executor,
  userId: number,
  locale: Locale,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ locale, locale_chosen_at: now, updated_at: now })
    .where('id', '=', userId)
    .where('locale_chosen_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
