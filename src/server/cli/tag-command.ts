/**
 * `tag`: headlines on stdin, one JSON object of their tags per line on stdout, a blank line's empty, so that
 * the output lines up with the input (`paste`, a line number). No database.
 */
import { createInterface } from 'node:readline';
import { tagText } from '#shared/tagging/index.ts';
import { line, type Command } from './io.ts';

export const tag: Command = async (_args, io) => {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let count = 0;
  let blank = 0;
  for await (const headline of lines) {
    if (!headline.trim()) blank++;
    line(io.stdout, JSON.stringify(tagText({ headline })));
    count++;
  }
  return `tagged ${count} lines${blank ? ` (${blank} blank)` : ''}`;
};
