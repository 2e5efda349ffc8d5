/** `tag`: headlines on stdin, one JSON object of their tags per line on stdout. No database. */
import { createInterface } from 'node:readline';
import { tagText } from '#shared/tagging/index.ts';
import { line, type Command } from './io.ts';

export const tag: Command = async (_args, io) => {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let count = 0;
  for await (const headline of lines) {
    if (!headline.trim()) continue;
    line(io.stdout, JSON.stringify(tagText({ headline })));
    count++;
  }
  return `tagged ${count} lines`;
};
