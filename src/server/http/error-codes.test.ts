import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import ar from '#shared/i18n/locales/ar.json';
import arPages from '#shared/i18n/locales/ar.pages.json';
import en from '#shared/i18n/locales/en.json';
import enPages from '#shared/i18n/locales/en.pages.json';

/**
 * A refusal's code is its translation key (errors.<code>, see errors.ts): a code with no text reaches the reader
 * as a raw key. The codes are read from the server's sources, where `conflict`, `unprocessable` and
 * `new ApiError(…)` name them.
 */
function serverErrorCodes(): Set<string> {
  const root = new URL('../', import.meta.url).pathname;
  const codes = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
        for (const match of readFileSync(path, 'utf8').matchAll(CODE_AT_REFUSAL)) codes.add(match[1]!);
    }
  };
  visit(root);
  return codes;
}
const CODE_AT_REFUSAL = /(?:conflict|unprocessable|new ApiError\(\d+,)\s*\(?\s*'([a-z_]+\.[a-z_]+)'/g;

type Tree = { [key: string]: string | Tree };
const textAt = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

it.each([
  ['ar', { ...ar, ...arPages }],
  ['en', { ...en, ...enPages }],
] as Array<[string, Tree]>)('%s translates every error code the server refuses with', (_locale, tree) => {
  const codes = serverErrorCodes();
  expect(codes.size).toBeGreaterThan(20);
  const missing = [...codes].filter((code) => typeof textAt(tree, `errors.${code}`) !== 'string');
  expect(missing).toEqual([]);
});
