/** What every CLI command shares: where it reads and writes, and how it refuses its arguments. */
import type { Readable, Writable } from 'node:stream';

/** Where a run of the CLI reads and writes, and the environment it takes its configuration from. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

/** One command: resolves with its summary line. */
export type Command = (args: string[], io: CliIo) => Promise<string>;

/** Arguments the command cannot run with: the usage text follows the message. */
export class UsageError extends Error {}

export const line = (stream: Writable, text: string) => void stream.write(`${text}\n`);
