/** Accounts and service tokens: `user:add`, `user:disable`, `user:enable`, `token:create`. */
import { parseArgs } from 'node:util';
import { RoleSchema, UsernameSchema, type Role } from '#shared/schemas/users.ts';
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
  const username = UsernameSchema.safeParse(values.username);
  if (!username.success) throw new UsageError('--username is required');
  return withContext(io, async (ctx) => {
    const row = await findUserByUsername(ctx.database.db, username.data);
    if (!row) throw new UsageError(`no user named "${username.data}"`);
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
  const username = UsernameSchema.safeParse(values.username);
  if (!username.success) throw new UsageError('--username is required (letters, digits, . _ -)');
  const roles = (values.role ?? []).map((role) => {
    const parsed = RoleSchema.safeParse(role);
    if (!parsed.success) throw new UsageError(`unknown role "${role}" (editor, chief, reviewer, admin)`);
    return parsed.data;
  }) as Role[];
  if (roles.length === 0) throw new UsageError('at least one --role is required');
  const user = await withContext(io, (ctx) =>
    createUser(ctx, SYSTEM_ACTOR, {
      username: username.data,
      displayName: values['display-name'],
      roles,
      password: values.password,
    }),
  );
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
  const name = values.name?.trim();
  if (!name) throw new UsageError('--name is required');
  const { secret } = await withContext(io, (ctx) => createServiceToken(ctx, SYSTEM_ACTOR, name));
  return `token ${name} created; use it as "Authorization: Bearer ${secret}" (it is not shown again)`;
};
