/**
 * A feed item's summary and body come two ways (normalize.ts): read on this thread (the getters: the CLI, the
 * re-poll's digest check) or made first with what needs a DOM on the DOM thread (makeContentOffThread: the
 * server's store step). Both must give the same strings; here on every readable feed of feedparser's corpus.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA_DIR, skipWithoutCorpus } from '../../test-support/corpora.ts';
import { domUses } from './html-dom.ts';
import { readFeed } from './index.ts';
import { makeContentOffThread } from './normalize.ts';
import { FeedError } from './wire-item.ts';

const CORPUS = `${CORPORA_DIR}feedparser/`;

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return xmlFiles(path);
      return name.endsWith('.xml') ? [path] : [];
    });
}

/** The feed's items, or null when it is refused (the corpus holds hostile and broken files on purpose). */
function itemsOf(bytes: Uint8Array) {
  try {
    return readFeed(bytes, { baseUrl: 'http://127.0.0.1:8097/tests/' }).items;
  } catch (error) {
    if (error instanceof FeedError) return null;
    throw error;
  }
}

describe('a feed item made off the thread', () => {
  it.skipIf(skipWithoutCorpus('feedparser'))(
    'has the summary and body it has when read on the thread, on every feed of the corpus',
    async () => {
      let compared = 0;
      // Items whose reading on this thread needed the DOM: the off-thread route sent those to the DOM thread.
      let neededDom = 0;
      for (const path of xmlFiles(CORPUS)) {
        const bytes = new Uint8Array(readFileSync(path));
        const onThread = itemsOf(bytes);
        const offThread = itemsOf(bytes);
        if (!onThread || !offThread) continue;
        for (const [index, item] of offThread.entries()) {
          const usesBefore = domUses();
          const made = await makeContentOffThread(item).then(
            () => ({ summary: item.summary, body: item.bodyHtml }),
            (error: unknown) => error as Error,
          );
          expect(domUses(), 'no DOM on this thread').toBe(usesBefore);
          const read = onThread[index]!;
          let expected: { summary: string; body: string } | Error;
          try {
            expected = { summary: read.summary, body: read.bodyHtml };
          } catch (error) {
            expected = error as Error;
          }
          if (domUses() > usesBefore) neededDom++;
          // A body that cannot be read fails alike both ways (as the feed's error).
          if (expected instanceof Error) expect(made, path).toBeInstanceOf(FeedError);
          else expect(made, path).toEqual(expected);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(1_000);
      expect(neededDom).toBeGreaterThan(100);
    },
    120_000,
  );
});
