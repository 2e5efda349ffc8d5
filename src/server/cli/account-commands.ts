/** Accounts and service tokens: `user:add`, `user:disable`, `user:enable`, `token:create`. */
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import {
  RoleSchema,
  ServiceTokenCreateSchema,
  UserCreateSchema,
  UsernameSchema,
  type Role,
} from '#shared/schemas/users.ts';
import { ApiError } from '../http/errors.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { findUserByUsername } from '../modules/users/repository.ts';
import { createUser, setUserDisabled } from '../modules/users/service.ts';
import { createServiceToken } from '../modules/users/service-tokens.ts';
import { UsageError, type CliIo, type Command } from './io.ts';
import { withContext } from './with-context.ts';

/**
 * `user:disable` / `user:enable --username NAME`. Disabling ends the user's sessions, and the server (this CLI
 * is another process) ends their open live streams as soon as it hears the event.
 */
async function setDisabled(args: string[], io: CliIo, disabled: boolean): Promise<string> {
  const { values } = parseArgs({ args, options: { username: { type: 'string' } } });
  if (!values.username) throw new UsageError('--username is required');
  const username = checked(UsernameSchema, values.username, '--username');
  return withContext(io, async (ctx) => {
    const row = await findUserByUsername(ctx.database.db, username);
    // The arguments were right; the account is not there (exit 1, no usage text).
    if (!row) throw new ApiError(404, 'not_found', `no user named "${username}"`);
    await setUserDisabled(ctx, SYSTEM_ACTOR, row.id, disabled);
    return `user ${row.username} ${disabled ? 'disabled; their sessions have ended' : 'enabled'}`;
  });
}

export const addUser: Command = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      role: { type: 'string', multiple: true },
      password: { type: 'string' },
      'display-name': { type: 'string' },
    },
  });
  if (!values.username) throw new UsageError('--username is required (letters, digits, . _ -)');
  const username = checked(UsernameSchema, values.username, '--username');
  const roles = (values.role ?? []).map((role) => {
    const parsed = RoleSchema.safeParse(role);
    if (!parsed.success) throw new UsageError(`unknown role "${role}" (editor, chief, reviewer, admin)`);
    return parsed.data;
  }) as Role[];
  if (roles.length === 0) throw new UsageError('at least one --role is required');
  // The API's own schema, so an account made here can be edited on the people page (a display name past 120
  // characters could not be saved there again).
  const input = checked(
    UserCreateSchema,
    { username, displayName: values['display-name'], roles, password: values.password },
    '',
  );
  const user = await withContext(io, (ctx) => createUser(ctx, SYSTEM_ACTOR, input));
  return `user ${user.username} (id ${user.id}, ${user.roles.join('+')}) created${user.oneTimePassword ? `; one-time password (to be replaced at first sign-in): ${user.oneTimePassword}` : ''}`;
};

export const disableUser: Command = async (args, io) => {
  return setDisabled(args, io, true);
};

export const enableUser: Command = async (args, io) => {
  return setDisabled(args, io, false);
};

export const createToken: Command = async (args, io) => {
  const { values } = parseArgs({ args, options: { name: { type: 'string' } } });
  if (!values.name?.trim()) throw new UsageError('--name is required');
  const { name } = checked(ServiceTokenCreateSchema, { name: values.name }, '');
  const { secret } = await withContext(io, (ctx) => createServiceToken(ctx, SYSTEM_ACTOR, name));
  return `token ${name} created; use it as "Authorization: Bearer ${secret}" (it is not shown again)`;
};

/** The options each field of the API's schemas comes from, to name them in a refusal. */
const OPTION_OF: Record<string, string> = {
  username: '--username',
  displayName: '--display-name',
  roles: '--role',
  password: '--password',
  name: '--name',
};

/** A value as the API's schema reads it, or a usage error naming the option and what is wrong with it. */
function checked<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = option || OPTION_OF[String(issue.path[0])] || String(issue.path[0]);
  const given = typeof value === 'string' ? ` "${value}"` : '';
  throw new UsageError(`${name}${given} is not valid: ${issue.message}`);
}
