/**
 * HTTP as an attacker or a second editor sends it: node:http (not fetch) so that a request can leave from a
 * chosen loopback address (`localAddress`: 127.0.0.0/8 is all loopback on Linux, so the server sees distinct real
 * client addresses without a proxy), so that bodies can be raw bytes, and so that a failed request is a result
 * (status 0 and the error) rather than an exception: floods count outcomes, they do not stop at the first one.
 */
import http from 'node:http';

export interface HttpResponse {
  /** 0 when no response came (connection refused or reset, timeout). */
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
  error?: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or bytes as they are (set the content type yourself). */
  body?: unknown;
  /** The client address the request leaves from (a loopback address other than 127.0.0.1). */
  localAddress?: string;
  /** Gives up after this long (status 0); default one minute. */
  timeoutMs?: number;
  agent?: http.Agent;
}

const agents = new Map<string, http.Agent>();

/** A keep-alive agent per client address: many requests, few connections, as a browser does. */
function agentFor(localAddress: string | undefined): http.Agent {
  const key = localAddress ?? '';
  let agent = agents.get(key);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: 64, ...(localAddress ? { localAddress } : {}) });
    agents.set(key, agent);
  }
  return agent;
}

/** Closes the pooled connections (at the end of a run, so the process can exit). */
export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

/**
 * One request. A keep-alive socket the server closed while idle (it had waited out a long push) fails the moment
 * it is reused, before the server saw anything: that one case is sent again on a fresh socket, as Node's
 * documentation advises; any other failure is the result.
 */
export async function request(
  base: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<HttpResponse> {
  const first = await requestOnce(base, method, path, options);
  return first.staleSocket ? requestOnce(base, method, path, options) : first;
}

function requestOnce(
  base: string,
  method: string,
  path: string,
  options: RequestOptions,
): Promise<HttpResponse & { staleSocket?: boolean }> {
  const started = performance.now();
  const headers: Record<string, string> = { ...options.headers };
  let payload: Buffer | undefined;
  if (options.body !== undefined) {
    if (Buffer.isBuffer(options.body)) payload = options.body;
    else if (typeof options.body === 'string') payload = Buffer.from(options.body);
    else {
      payload = Buffer.from(JSON.stringify(options.body));
      headers['content-type'] ??= 'application/json';
    }
    headers['content-length'] = String(payload.length);
  }
  return new Promise((resolve) => {
    const url = new URL(path, base);
    const outgoing = http.request(url, {
      method,
      headers,
      agent: options.agent ?? agentFor(options.localAddress),
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    });
    const fail = (error: Error & { code?: string }) =>
      resolve({
        status: 0,
        headers: {},
        body: '',
        ms: performance.now() - started,
        error: error.message,
        staleSocket: outgoing.reusedSocket && error.code === 'ECONNRESET',
      });
    outgoing.setTimeout(options.timeoutMs ?? 60_000, () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', fail);
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
        }),
      );
    });
    outgoing.end(payload);
  });
}

/** The response's JSON, or throws naming the request's outcome. */
export function json<T>(response: HttpResponse): T {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new Error(
      `not JSON (${response.status}${response.error ? ` ${response.error}` : ''}): ${response.body.slice(0, 200)}`,
    );
  }
}

/** Throws unless the status is one of `expected`; for setup steps, where anything else is a broken harness. */
export function expectStatus(response: HttpResponse, what: string, ...expected: number[]): HttpResponse {
  const allowed = expected.length ? expected : [200, 201, 204];
  if (!allowed.includes(response.status))
    throw new Error(`${what}: ${response.status} ${response.error ?? response.body.slice(0, 300)}`);
  return response;
}

let addressCounter = 0;

/**
 * A loopback address nobody in this run has used yet: sign-in throttling counts per address (100 an hour), so each
 * sign-in of the harness leaves from its own address and no attack eats another's allowance.
 */
export function freshAddress(): string {
  addressCounter++;
  return `127.0.${10 + Math.floor(addressCounter / 250)}.${2 + (addressCounter % 250)}`;
}

/** The session cookie a sign-in set, as a Cookie header value. */
export function sessionCookie(response: HttpResponse): string {
  const setCookie = response.headers['set-cookie'] ?? [];
  const cookie = setCookie.find((line) => line.startsWith('mirsad_session='));
  if (!cookie) throw new Error(`no session cookie (${response.status} ${response.body.slice(0, 200)})`);
  return cookie.split(';')[0]!;
}

export interface SignedInUser {
  id: number;
  username: string;
  roles: string[];
}

/** A signed-in user: the cookie and CSRF token on every request, from the address they signed in from. */
export class Session {
  constructor(
    readonly base: string,
    readonly cookie: string,
    readonly csrfToken: string,
    readonly user: SignedInUser,
    readonly localAddress: string,
    /** When the session's cookie expires (its Expires attribute), epoch ms. */
    readonly expiresAt: number,
  ) {}

  static async signIn(
    base: string,
    username: string,
    password: string,
    localAddress = freshAddress(),
  ): Promise<Session> {
    const response = await request(base, 'POST', '/api/session', {
      body: { username, password },
      localAddress,
    });
    expectStatus(response, `sign-in as ${username}`, 200);
    const body = json<{ csrfToken: string; user: SignedInUser }>(response);
    const expires = /expires=([^;]+)/i.exec(
      (response.headers['set-cookie'] ?? []).find((line) => line.startsWith('mirsad_session=')) ?? '',
    );
    return new Session(
      base,
      sessionCookie(response),
      body.csrfToken,
      body.user,
      localAddress,
      expires ? Date.parse(expires[1]!) : Number.NaN,
    );
  }

  /** The same session used against another server process on the same database. */
  on(base: string): Session {
    return new Session(base, this.cookie, this.csrfToken, this.user, this.localAddress, this.expiresAt);
  }

  request(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    return request(this.base, method, path, {
      localAddress: this.localAddress,
      ...options,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken, ...options.headers },
    });
  }

  get(path: string, options: RequestOptions = {}) {
    return this.request('GET', path, options);
  }
  post(path: string, body: unknown = {}, headers: Record<string, string> = {}) {
    return this.request('POST', path, { body, headers });
  }
  patch(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.request('PATCH', path, { body, headers });
  }
  delete(path: string, body?: unknown) {
    return this.request('DELETE', path, body === undefined ? {} : { body });
  }
}

/** Removes feeds as the feeds page does: each at the version it has now (DELETE needs If-Match). */
export async function removeFeeds(admin: Session, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const { feeds } = json<{ feeds: Array<{ id: number; version: number }> }>(await admin.get('/api/feeds'));
  for (const feed of feeds.filter((each) => ids.includes(each.id)))
    await admin.request('DELETE', `/api/feeds/${feed.id}`, { headers: { 'if-match': `"${feed.version}"` } });
}

/** Counts outcomes by status (`0` for no response), e.g. `{"401":5,"429":995}`. */
export function tally(responses: readonly HttpResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}

/** Why the requests that got no answer failed, e.g. ` (no answer: write EPIPE×1)`; empty when all were answered. */
export function noAnswerReasons(responses: readonly HttpResponse[]): string {
  const reasons = new Map<string, number>();
  for (const { status, error = 'unknown' } of responses)
    if (status === 0) reasons.set(error, (reasons.get(error) ?? 0) + 1);
  const list = [...reasons].map(([reason, count]) => `${reason}×${count}`);
  return list.length ? ` (no answer: ${list.join(', ')})` : '';
}

/** `401×5 429×995` */
export function formatTally(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status === '0' ? 'no answer' : status}×${count}`)
    .join(' ');
}
