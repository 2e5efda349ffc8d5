/**
 * Command line: `npm run -s cli -- <command> [args]`. Uses DATABASE_URL like the server. Errors go to stderr
 * with a non-zero exit; success ends with a summary line. Everything runs through `runCli(argv, io)`, which
 * tests call in-process; run as a program, this file only hands it the process's streams and environment.
 *
 * A command's code is loaded when it is called (cli/*.ts): `help` loads nothing more, `tag` no database driver,
 * so that each answers within a second of being called on a busy machine (issue 14), where loading every
 * command's packages took most of that second.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ApiError } from '#shared/errors.ts';
import { FeedError } from './ingest/wire-item.ts';
import { line, UsageError, type CliIo, type Command } from './cli/io.ts';

export type { CliIo } from './cli/io.ts';

const USAGE = `Usage: npm run -s cli -- <command>

  migrate                                   apply database migrations
  user:add --username NAME --role ROLE [--role ROLE] [--password P] [--display-name "Name"]
                                            create a user (without --password a one-time password is printed,
                                            to be replaced at first sign-in)
  user:disable --username NAME              disable an account: its sessions and open live streams end
  user:enable --username NAME               enable it again
  token:create --name NAME                  create a service token for machine ingest (printed once)
  ingest FILE|URL [--source NAME]           ingest a feed (RSS, Atom, RDF, JSON Feed, ninjs, plain-text dump)
         [--base-url URL]                   a file's relative links are read against URL (the feed's address)
  tag                                       read lines on stdin, print one JSON object of tags per line
  reindex [--retag]                         rebuild search text (and, with --retag, automatic tags) after
                                            the language layer changed; editor-set tags are kept`;

/** Each command's code, loaded when it is called. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  migrate: async () => (await import('./cli/migrate-command.ts')).migrate,
  'user:add': async () => (await import('./cli/account-commands.ts')).addUser,
  'user:disable': async () => (await import('./cli/account-commands.ts')).disableUser,
  'user:enable': async () => (await import('./cli/account-commands.ts')).enableUser,
  'token:create': async () => (await import('./cli/account-commands.ts')).createToken,
  ingest: async () => (await import('./cli/ingest-command.ts')).ingest,
  reindex: async () => (await import('./cli/reindex-command.ts')).reindex,
  tag: async () => (await import('./cli/tag-command.ts')).tag,
};

/** Runs one CLI command; resolves with the exit code (0 done, 1 failed, 2 usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    line(io.stderr, name && name !== 'help' ? `unknown command "${name}"\n\n${USAGE}` : USAGE);
    return name === 'help' ? 0 : 2;
  }
  try {
    const summary = await (await load())(args, io);
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
      line(io.stderr, `${name}: no such file: ${'path' in error ? String(error.path) : error.message}`);
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
  // The reader went away (`cli tag … | head -1`): nobody is left to read the rest, which is no failure of ours.
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  process.exitCode = await runCli(process.argv.slice(2), { stdin, stdout, stderr, env });
}
