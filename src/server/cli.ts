/**
 * Command line: `npm run -s cli -- <command> [args]`. Uses DATABASE_URL like the server. Errors go to stderr
 * with a non-zero exit; success ends with a summary line.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
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
import { fetchFeed, readFeed } from './ingest/index.ts';
import { FeedError } from './ingest/wire-item.ts';
import { randomToken, tokenHash } from './modules/auth/tokens.ts';
import { reindexItems } from './modules/items/reindex.ts';
import { storeWireItems } from './ingest/store-wire-items.ts';
import { createUser } from './modules/users/service.ts';

const USAGE = `Usage: npm run -s cli -- <command>

  migrate                                   apply database migrations
  user:add --username NAME --role ROLE [--role ROLE] [--password P] [--display-name "Name"]
                                            create a user (a password is generated and printed when omitted)
  token:create --name NAME                  create a service token for machine ingest (printed once)
  ingest FILE|URL [--source NAME]           ingest a feed (RSS, Atom, RDF, JSON Feed, ninjs, plain-text dump)
  tag                                       read lines on stdin, print one JSON object of tags per line
  reindex [--retag]                         rebuild search text (and, with --retag, automatic tags) after
                                            the language layer changed; editor-set tags are kept`;

class UsageError extends Error {}

async function withContext<T>(task: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl);
  const log = pino({ level: 'warn' }, pino.destination(2));
  try {
    await migrateToLatest(database);
    return await task(createContext(config, database, log));
  } finally {
    await database.close();
  }
}

const commands: Record<string, (args: string[]) => Promise<string>> = {
  async migrate() {
    const config = loadConfig();
    const database = await openDatabase(config.databaseUrl);
    try {
      const { applied } = await migrateToLatest(database);
      return applied.length ? `migrated: ${applied.join(', ')}` : 'migrations: already up to date';
    } finally {
      await database.close();
    }
  },

  async 'user:add'(args) {
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
    const password = values.password ?? randomToken().slice(0, 16);
    if (password.length < 8) throw new UsageError('--password must be at least 8 characters');
    const user = await withContext((ctx) =>
      createUser(ctx, SYSTEM_ACTOR, {
        username: username.data,
        displayName: values['display-name'],
        roles,
        password,
      }),
    );
    return `user ${user.username} (id ${user.id}, ${user.roles.join('+')}) created${values.password ? '' : `; password: ${password}`}`;
  },

  async 'token:create'(args) {
    const { values } = parseArgs({ args, options: { name: { type: 'string' } } });
    const name = values.name?.trim();
    if (!name) throw new UsageError('--name is required');
    const token = randomToken('mirsad_');
    await withContext(async (ctx) => {
      const taken = await ctx.database.db
        .selectFrom('service_tokens')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirst();
      if (taken) throw new UsageError(`a token named "${name}" exists already`);
      await ctx.database.db
        .insertInto('service_tokens')
        .values({
          name,
          token_hash: tokenHash(token),
          created_at: Date.now(),
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
    });
    return `token ${name} created; use it as "Authorization: Bearer ${token}" (it is not shown again)`;
  },

  async ingest(args) {
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
    if (/^https?:\/\//i.test(target)) {
      const config = loadConfig();
      const response = await fetchFeed(target, {
        maxBytes: config.feedBodyLimitBytes,
        allowPrivateAddresses: config.feedAllowPrivate,
      });
      if (response.status !== 'ok')
        throw new Error('the server answered 304 Not Modified to an unconditional request');
      ({ bytes, contentType, contentLanguage: language } = response);
      baseUrl = response.finalUrl;
    } else {
      bytes = await readFile(target);
    }
    const feed = readFeed(bytes, { contentType, baseUrl, language });
    const source = values.source?.trim() || feed.title?.trim() || basename(target);
    const result = await withContext((ctx) =>
      storeWireItems(ctx, SYSTEM_ACTOR, feed.items, { source, defaultLanguage: feed.language }),
    );
    for (const rejection of result.rejections)
      console.error(`item ${rejection.index + 1} rejected: ${rejection.reason}`);
    const omitted = feed.omitted > 0 ? `, ${feed.omitted} beyond the item cap not read` : '';
    return `${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected${omitted} (${feed.format}, source "${source}")`;
  },

  async reindex(args) {
    const { values } = parseArgs({ args, options: { retag: { type: 'boolean', default: false } } });
    const result = await withContext((ctx) => reindexItems(ctx, { retag: values.retag ?? false }));
    return `reindexed ${result.items} items${values.retag ? `; ${result.retagged} retagged` : ''}`;
  },

  async tag() {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let count = 0;
    for await (const line of lines) {
      if (!line.trim()) continue;
      const tags = tagText({ headline: line });
      process.stdout.write(`${JSON.stringify(tags)}\n`);
      count++;
    }
    return `tagged ${count} lines`;
  },
};

async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name && name !== 'help' ? `unknown command "${name}"\n\n${USAGE}` : USAGE);
    return name === 'help' ? 0 : 2;
  }
  try {
    const summary = await command(args);
    // The tag command's stdout is JSON lines; its summary goes to stderr so pipes stay clean.
    (name === 'tag' ? console.error : console.log)(summary);
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      console.error(`${name}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof FeedError) console.error(`${name}: ${error.message} (${error.code})`);
    else if (error instanceof ApiError) console.error(`${name}: ${error.message}`);
    else if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
      console.error(`${name}: no such file: ${error.message}`);
    else console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await run(process.argv.slice(2));
