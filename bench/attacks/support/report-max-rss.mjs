// Loaded into a CLI run with `node --import`: writes the process's peak resident memory (kB) to stderr as it
// exits, so the attack suite can tell whether the CLI read a whole file into memory. Synchronous: the process
// is exiting.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nmirsad-attacks-max-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
