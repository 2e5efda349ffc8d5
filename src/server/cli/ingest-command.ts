/** `ingest FILE|URL [--source NAME] [--base-url URL]`: reads a feed and stores its items, as the poller would. */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { SYSTEM_ACTOR } from '../modules/events/actors.ts';
import { linkBase } from '../ingest/fetch.ts';
import { fetchFeed, readFeed } from '../ingest/index.ts';
import { FeedError } from '../ingest/wire-item.ts';
import { storeWireItems } from '../ingest/store-wire-items.ts';
import { line, UsageError, type Command } from './io.ts';
import { withContext } from './with-context.ts';
import { withoutBidiControls } from '#shared/text/control-characters.ts';

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
    const stat = await file.stat();
    if (stat.isDirectory()) throw new Error(`a directory, not a file: ${path}`);
    const { size } = stat;
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
 * The address a feed file's relative links are read against: the feed's own, as the poller would read them. A
 * file ingested without it and polled later as a feed would find each item with a relative link changed.
 */
function fileBaseUrl(value: string): string {
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value))
    throw new UsageError(`--base-url needs an http(s) address, not "${value}"`);
  return linkBase(value);
}

export const ingest: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { source: { type: 'string' }, 'base-url': { type: 'string' } },
  });
  const target = positionals[0];
  if (!target) throw new UsageError('ingest needs a FILE or URL');
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let baseUrl: string | null = null;
  let language: string | null = null;
  const config = loadConfig(io.env);
  const fetched = /^https?:\/\//i.test(target);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1];
  if (!fetched && scheme)
    throw new UsageError(`only http and https addresses can be fetched, not ${scheme}://`);
  if (fetched && values['base-url'] !== undefined)
    throw new UsageError('--base-url is for a file: a fetched feed’s links are read against its own address');
  // Checked before the file is read.
  const fileBase = values['base-url'] === undefined ? null : fileBaseUrl(values['base-url']);
  if (fetched) {
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
    baseUrl = fileBase;
  }
  const feed = readFeed(bytes, { contentType, baseUrl, language });
  // As a pushed source is read (sourceLine): trimmed, less bidi controls; an earlier run's items still match.
  const source =
    withoutBidiControls(values.source ?? '').trim() ||
    withoutBidiControls(feed.title ?? '').trim() ||
    basename(target);
  const result = await withContext(io, (ctx) =>
    storeWireItems(ctx, SYSTEM_ACTOR, feed.items, { source, defaultLanguage: feed.language }),
  );
  for (const rejection of result.rejections)
    line(io.stderr, `item ${rejection.index + 1} rejected: ${rejection.reason}`);
  const omitted = feed.omitted > 0 ? `, ${feed.omitted} beyond the item cap not read` : '';
  const merged =
    result.merged > 0
      ? `, ${result.merged} merged: another copy of a report with the same guid, the newer stored`
      : '';
  return `${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} rejected${merged}${omitted} (${feed.format}, source "${source}")`;
};
