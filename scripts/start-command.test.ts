/**
 * `npm start` runs the built server with the Node flags that tests and benchmarks start it with
 * (SERVER_NODE_FLAGS): a figure measured by a benchmark is a figure of what users run.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../src/test-support/server-process.ts';

it('npm start runs dist-server/main.js with the server’s Node flags', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  };
  expect(scripts.start).toContain(`node ${SERVER_NODE_FLAGS.join(' ')} dist-server/main.js`);
});
