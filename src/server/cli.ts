/**
 * Command line: `npm run -s cli -- <command> [args]`. Uses DATABASE_URL like the server. Errors go to stderr
 * with a non-zero exit; success ends with a summary line. Everything runs through `runCli(argv, io)`, which
 * tests call in-process; run as a program, this file only hands it the process's streams and environment.
 */
import { realpathSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { RoleSchema, UsernameSchema, type Role } from '#shared/schemas/users.ts';
import { tagText } from '#shared/tagging/index.ts';
import { loadConfig } from './config.ts';
import { createContext, type AppContext } from './context.ts';
import { openDatabase } from './db/index.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ApiError } from './http/errors.ts';
import { SYSTEM_ACTOR } from './modules/events/actors.ts';
import { linkBase } from './ingest/fetch.ts';
import { fetchFeed, readFeed } from './ingest/index.ts';
import { FeedError } from './ingest/wire-item.ts';
import { reindexItems } from './modules/items/reindex.ts';
import { storeWireItems } from './ingest/store-wire-items.ts';
import { findUserByUsername } from './modules/users/repository.ts';
import { createUser, setUserDisabled } from './modules/users/service.ts';
import { createServiceToken } from './modules/users/service-tokens.ts';

const USAGE = `Usage: npm run -s cli -- <command>

  migrate                                   apply database migrations
  user:add --username NAME --role ROLE [--role ROLE] [--password P] [--display-name "Name"]
                                            create a user (without --password a one-time password is printed,
                                            to be replaced at first sign-in)
  user:disable --username NAME              disable an account: its sessions and open live streams end
  user:enable --username NAME               enable it again
  token:create --name NAME                  create a service token for machine ingest (printed once)
  ingest FILE|URL [--source NAME]           ingest a feed (RSS, Atom, RDF, JSON Feed, ninjs, plain-text dump)
  tag                                       read lines on stdin, print one JSON object of tags per line
  reindex [--retag]                         rebuild search text (and, with --retag, automatic tags) after
                                            the language layer changed; editor-set tags are kept`;

class UsageError extends Error {}

/** Where a run of the CLI reads and writes, and the environment it takes its configuration from. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

const line = (stream: Writable, text: string) => void stream.write(`${text}\n`);

async function withContext<T>(io: CliIo, task: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const database = await openDatabase(config.databaseUrl);
  const log = pino({ level: 'warn' }, io.stderr);
  try {
    await migrateToLatest(database);
    return await task(createContext(config, database, log));
  } finally {
    await database.close();
  }
}

/**
 * A feed file, held to the same cap as a fetched feed (FEED_BODY_LIMIT_BYTES): its size is checked before a
 * byte is read, so a 123 MB file is refused, not loaded. Reading still stops at the cap, for a file that grows
 * meanwhile or a pipe, whose size stat does not know.
 */
async function readFeedFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string) =>
    new FeedError(
      'feed.too_large',
      `${path} is ${size} bytes; the limit is ${maxBytes} (FEED_BODY_LIMIT_BYTES).`,
    );
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > maxBytes) throw tooLarge(String(size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(64 * 1024) });
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(`more than ${maxBytes}`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    await file.close();
  }
}

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

const commands: Record<string, (args: string[], io: CliIo) => Promise<string>> = {
  async migrate(_args, io) {
    const config = loadConfig(io.env);
    const database = await openDatabase(config.databaseUrl);
    try {
      const { applied } = await migrateToLatest(database);
      return applied.length ? `migrated: ${applied.join(', ')}` : 'migrations: already up to date';
    } finally {
      await database.close();
    }
  },

  async 'user:add'(args, io) {
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
  },

  async 'user:disable'(args, io) {
    return setDisabled(args, io, true);
  },

  async 'user:enable'(args, io) {
    return setDisabled(args, io, false);
  },

  async 'token:create'(args, io) {
    const { values } = parseArgs({ args, options: { name: { type: 'string' } } });
    const name = values.name?.trim();
    if (!name) throw new UsageError('--name is required');
    const { secret } = await withContext(io, (ctx) => createServiceToken(ctx, SYSTEM_ACTOR, name));
    return `token ${name} created; use it as "Authorization: Bearer ${secret}" (it is not shown again)`;
  },

  async ingest(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { source: { type: 'string' } },
    });
    const target = positionals[0];
    if (!target) throw new UsageError('ingest needs a FILE or URL');
    let bytes: Uint8Array;
    let contentType: string | null = null;
    let baseUrl: string | null = null;
    let language: string | null = null;
    const config = loadConfig(io.env);
    if (/^https?:\/\//i.test(target)) {
      const response = await fetchFeed(target, {
        maxBytes: config.feedBodyLimitBytes,
        allowPrivateAddresses: config.feedAllowPrivate,
      });
      if (response.status !== 'ok')
        throw new Error('the server answered 304 Not Modified to an unconditional request');
      ({ bytes, contentType, contentLanguage: language } = response);
      baseUrl = linkBase(response.finalUrl);
    } else {
      bytes = await readFeedFile(target, config.feedBodyLimitBytes);
    }
    const feed = readFeed(bytes, { contentType, baseUrl, language });
    const source = values.source?.trim() || feed.title?.trim() || basename(target);
    const result = await withContext(io, (ctx) =>
      storeWireItems(ctx, SYSTEM_ACTOR, feed.items, { source, defaultLanguage: feed.language }),
    );
    for (const rejection of result.rejections)
      line(io.stderr, `item ${rejection.index + 1} rejected: ${rejection.reason}`);
    const omitted = feed.omitted > 0 ? `, ${feed.omitted} beyond the item cap not read` : '';
    return `${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected${omitted} (${feed.format}, source "${source}")`;
  },

  async reindex(args, io) {
    const { values } = parseArgs({ args, options: { retag: { type: 'boolean', default: false } } });
    const result = await withContext(io, (ctx) => reindexItems(ctx, { retag: values.retag ?? false }));
    return `reindexed ${result.items} items${values.retag ? `; ${result.retagged} retagged` : ''}`;
  },

  async tag(_args, io) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    let count = 0;
    for await (const headline of lines) {
      if (!headline.trim()) continue;
      line(io.stdout, JSON.stringify(tagText({ headline })));
      count++;
    }
    return `tagged ${count} lines`;
  },
};

/** Runs one CLI command; resolves with the exit code (0 done, 1 failed, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    line(io.stderr, name && name !== 'help' ? `unknown command "${name}"\n\n${USAGE}` : USAGE);
    return name === 'help' ? 0 : 2;
  }
  try {
    const summary = await command(args, io);
    // The tag command's stdout is JSON lines; its summary goes to stderr so pipes stay clean.
    line(name === 'tag' ? io.stderr : io.stdout, summary);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      line(io.stderr, `${name}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof FeedError) line(io.stderr, `${name}: ${error.message} (${error.code})`);
    else if (error instanceof ApiError) line(io.stderr, `${name}: ${error.message}`);
    else if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      line(io.stderr, `${name}: no such file: ${error.message}`);
    else line(io.stderr, `${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Whether this module is the program being run (from source through tsx, or as dist-server/cli.js). */
function isProgram(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isProgram()) {
  const { stdin, stdout, stderr, env } = process;
  process.exitCode = await runCli(process.argv.slice(2), { stdin, stdout, stderr, env });
}
