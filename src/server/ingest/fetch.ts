import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { redactUrl, redactUrlsIn } from '#shared/redact-url.ts';
import { AddressRefusedError, addressPolicy, guardedLookup, literalHostRefusal } from './address-guard.ts';
import { FeedError } from './wire-item.ts';

/**
 * One conditional GET of a feed, with every bound a poller needs so that one bad feed cannot hurt the others:
 * a connect timeout (DNS + TCP + TLS), an idle read timeout (no byte for N ms), a total deadline, a byte cap
 * counted AFTER decompression (a 50 KB gzip bomb cannot become 5 GB in memory: reading stops at the cap and the
 * socket is destroyed), and a bounded number of redirects, followed by hand with relative Location resolution.
 *
 * Built on node:http rather than fetch(): fetch's connect timeout lives in undici's Agent, which is not a
 * dependency of ours, and node:http lets us time the socket's phases and destroy it at the byte cap directly.
 * Each request gets its own socket (`agent: false`): no pooled connection is shared between feeds.
 *
 * SSRF guard (address-guard.ts): unless `allowPrivateAddresses` is set, every hop (the first request and each
 * redirect) may connect only to public unicast addresses; the check runs inside the connection's own DNS lookup,
 * so the address checked is the address connected to. A refusal is `feed.address_refused` with the reason.
 *
 * A feed's address may carry secrets (user:password@, ?apikey=…). Every message of a FeedError thrown from here
 * has them redacted (redact-url.ts): messages end up on the feed, in the log and on the admin page.
 */

export interface FetchFeedOptions {
  etag?: string | null;
  lastModified?: string | null;
  connectTimeoutMs?: number;
  /** Idle timeout: the longest wait for the next byte. */
  readTimeoutMs?: number;
  /** Deadline for the whole exchange, redirects included (guards against a server that drips bytes). */
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Aborts the fetch: a FeedError as the reason is what the fetch fails with (the poller's own deadline). */
  signal?: AbortSignal;
  /**
   * Allow loopback, private, link-local and other non-public addresses (default false: refused with
   * `feed.address_refused`). For development, tests, and desks whose wire servers live on their own network.
   */
  allowPrivateAddresses?: boolean;
  /** Non-public networks allowed even when allowPrivateAddresses is off: CIDRs or single addresses. */
  allowedPrivateNetworks?: readonly string[];
}

export type FetchFeedResult =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** The response's Content-Language header (pass it to readFeed as `language`). */
      contentLanguage: string | null;
      finalUrl: string;
    };

const DEFAULTS = {
  connectTimeoutMs: 10_000,
  readTimeoutMs: 30_000,
  totalTimeoutMs: 120_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Mirsad/0.1 (newsroom feed reader)',
  allowPrivateAddresses: false,
  allowedPrivateNetworks: [] as readonly string[],
};

type Options = typeof DEFAULTS & FetchFeedOptions & { policy: ReturnType<typeof addressPolicy> };

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/plain;q=0.5, */*;q=0.1';

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: Uint8Array | null;
}

/** Fetch a feed with conditional GET, bounded redirects, timeouts and a byte cap; throws FeedError. */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  try {
    return await fetchFollowingRedirects(url, options);
  } catch (err) {
    // One place for every message, so that none added later can leak the address's secrets.
    if (err instanceof FeedError) throw new FeedError(err.code, redactUrlsIn(err.message), err.params);
    throw err;
  }
}

async function fetchFollowingRedirects(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const merged = { ...DEFAULTS, ...stripUndefined(options) };
  let policy: ReturnType<typeof addressPolicy>;
  try {
    policy = addressPolicy({
      allowPrivateAddresses: merged.allowPrivateAddresses,
      allowedNetworks: merged.allowedPrivateNetworks,
    });
  } catch (err) {
    throw new FeedError('feed.bad_url', (err as Error).message);
  }
  const opts: Options = { ...merged, policy };
  const deadline = Date.now() + opts.totalTimeoutMs;
  let current = httpUrl(url);
  for (let redirects = 0; ; redirects++) {
    const response = await requestOnce(current, opts, deadline);
    const location = header(response.headers, 'location');
    if ([301, 302, 303, 307, 308].includes(response.status) && location) {
      if (redirects >= opts.maxRedirects) {
        throw new FeedError(
          'feed.too_many_redirects',
          `More than ${opts.maxRedirects} redirects, last to ${shownAddress(location, current)}.`,
        );
      }
      current = httpUrl(location, current);
      continue;
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (response.status < 200 || response.status > 299 || !response.bytes) {
      throw new FeedError('feed.http_status', `HTTP ${response.status} from ${current.href}.`, {
        status: response.status,
      });
    }
    return {
      status: 'ok',
      bytes: response.bytes,
      contentType: header(response.headers, 'content-type'),
      etag: header(response.headers, 'etag'),
      lastModified: header(response.headers, 'last-modified'),
      contentLanguage: header(response.headers, 'content-language'),
      finalUrl: current.href,
    };
  }
}

function httpUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FeedError('feed.bad_url', `Not a URL: ${shownAddress(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('feed.bad_url', `Only http and https feeds can be fetched, not ${url.protocol}`);
  }
  return url;
}

/**
 * An address for a message, absolute and redacted: a relative Location (`/feed?token=…`) or a string that is
 * no URL at all would slip past redactUrlsIn, which only finds http(s) URLs in a text.
 */
function shownAddress(value: string, base?: URL): string {
  try {
    return redactUrl(new URL(value, base).href);
  } catch {
    // Unparseable, so its query cannot be told apart into names and values: leave it out altogether.
    return redactUrl(value.replace(/[?#][\s\S]*$/, ''));
  }
}

function requestOnce(url: URL, opts: Options, deadline: number): Promise<Response> {
  const refused = literalHostRefusal(url, opts.policy);
  if (refused) return Promise.reject(new FeedError('feed.address_refused', refused.message));
  // Aborted already (a deadline that passed during an earlier hop): no request is made, so none is left
  // destroyed with no one listening for its error.
  if (opts.signal?.aborted) return Promise.reject(abortError(opts.signal, url));
  return new Promise<Response>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;

    const transport = url.protocol === 'https:' ? https : http;
    let req: http.ClientRequest;
    try {
      req = transport.request(url, {
        method: 'GET',
        headers,
        agent: false,
        lookup: guardedLookup(opts.policy),
      });
    } catch (err) {
      // Invalid header values (a stored ETag with a newline, say) throw synchronously.
      reject(
        new FeedError('feed.network', `Could not send the request to ${url.host}: ${(err as Error).message}`),
      );
      return;
    }

    const finish = (error: Error | null, value?: Response): void => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(value!);
    };
    const onAbort = (): void => finish(abortError(opts.signal!, url));
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    const remaining = Math.max(1, deadline - Date.now());
    timers.push(
      setTimeout(
        () => finish(new FeedError('feed.timeout', `No complete response within the deadline.`)),
        remaining,
      ),
    );
    const connectTimer = setTimeout(
      () =>
        finish(
          new FeedError('feed.timeout', `Could not connect to ${url.host} in ${opts.connectTimeoutMs} ms.`),
        ),
      opts.connectTimeoutMs,
    );
    timers.push(connectTimer);

    req.on('socket', (socket: Socket) => {
      const connected = (): void => {
        clearTimeout(connectTimer);
        // From here on, an idle socket (no byte in either direction) is a read timeout.
        socket.setTimeout(opts.readTimeoutMs, () =>
          finish(new FeedError('feed.timeout', `No data from ${url.host} for ${opts.readTimeoutMs} ms.`)),
        );
      };
      if (url.protocol === 'https:') socket.once('secureConnect', connected);
      else socket.once('connect', connected);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err instanceof AddressRefusedError) finish(new FeedError('feed.address_refused', err.message));
      else finish(new FeedError('feed.network', `Network error for ${url.href}: ${err.code ?? err.message}`));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 299) {
        // Redirects, 304 and errors: the body is not wanted; do not read it.
        res.resume();
        finish(null, { status, headers: res.headers, bytes: null });
        return;
      }
      const declared = Number(res.headers['content-length']);
      const encoding = (header(res.headers, 'content-encoding') ?? 'identity').trim().toLowerCase();
      if (encoding === 'identity' && Number.isFinite(declared) && declared > opts.maxBytes) {
        finish(
          new FeedError('feed.too_large', `The feed is ${declared} bytes; the limit is ${opts.maxBytes}.`),
        );
        return;
      }
      let stream: Readable;
      try {
        stream = decoderFor(encoding, res);
      } catch (err) {
        finish(err as Error);
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > opts.maxBytes) {
          // Settle first: destroying the response emits 'aborted', which must not win the race.
          finish(
            new FeedError(
              'feed.too_large',
              `The feed exceeds ${opts.maxBytes} bytes; reading stopped there.`,
            ),
          );
          stream.destroy();
          res.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (err: Error) => {
        finish(new FeedError('feed.network', `Broken response body from ${url.href}: ${err.message}`));
      });
      res.on('aborted', () =>
        finish(new FeedError('feed.network', `Connection to ${url.host} closed mid-body.`)),
      );
      stream.on('end', () => {
        finish(null, { status, headers: res.headers, bytes: new Uint8Array(Buffer.concat(chunks, total)) });
      });
    });
    req.end();
  });
}

/** What an aborted fetch fails with: the abort's reason when that is a FeedError (the poller's deadline). */
function abortError(signal: AbortSignal, url: URL): FeedError {
  const reason = signal.reason as { name?: string } | undefined;
  if (reason instanceof FeedError) return reason;
  const timedOut = reason?.name === 'TimeoutError';
  return new FeedError(timedOut ? 'feed.timeout' : 'feed.network', `Fetch of ${url.href} was aborted.`);
}

/**
 * The base for a fetched document's relative links: the address it was read from without credentials or query,
 * so that a relative link never carries the feed's secrets into an item (only an empty or fragment-only
 * reference, useless as an item link, would have kept the query).
 */
export function linkBase(finalUrl: string): string {
  const url = new URL(finalUrl);
  url.username = '';
  url.password = '';
  url.search = '';
  return url.href;
}

function decoderFor(encoding: string, res: http.IncomingMessage): Readable {
  switch (encoding) {
    case 'identity':
    case '':
      return res;
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      // "deflate" is zlib-wrapped by the spec; unzip() also accepts servers that send gzip under that name.
      // Raw (headerless) deflate is rare and surfaces as a broken body (feed.network).
      return res.pipe(zlib.createUnzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      throw new FeedError('feed.network', `Unsupported Content-Encoding: ${encoding}`);
  }
}

function header(headers: http.IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}
