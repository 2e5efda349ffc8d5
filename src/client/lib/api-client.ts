/**
 * The one way the client talks to the API: JSON in and out, the CSRF token on every state-changing request,
 * and every failure turned into an ApiError whose `code` is the i18n key `errors.<code>`.
 */
import { ApiError } from '#shared/errors.ts';
import { ApiErrorSchema } from '#shared/schemas/common.ts';
import { ReadGate } from './read-gate.ts';

export { ApiError };

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the session's CSRF token (from login or GET /api/session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called once by the app: what to do when any request answers 401 (the session is gone). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** The version the caller last saw; sent as `If-Match: "<version>"`. */
  ifMatch?: number;
  /** Further request headers (e.g. `X-Edit-Tab`, the editing tab that holds the lease). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Query parameters; arrays repeat the key (`country=KZ&country=UZ`). */
  query?: URLSearchParams;
  /** A 401 here is an answer, not a lost session (GET /api/session, login). */
  expectUnauthenticated?: boolean;
  /** Called with the headers of a successful response (e.g. to read X-Live-Seq). */
  onHeaders?: (headers: Headers) => void;
  /** Let the request outlive the page (giving an editing lease back as the tab closes). */
  keepalive?: boolean;
  /** Not held behind the first page at start-up (see holdReadsUntil): the session check and that page. */
  priority?: boolean;
}

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * Start-up priority. The server answers a few queries at a time; at start-up the shell asks for half a dozen
 * things (counts, notifications, views, desks…) while the first page of the list is still being read, and those
 * slowed the rows by as much as they took. So while that page is on its way, other reads wait for it (at most
 * 1.5 s, in case it hangs); the session check and the page itself go first (`priority`).
 */
const startupReads = new ReadGate(1_500);

/** Holds other reads until this request (the first page on screen) has settled. */
export function holdReadsUntil(request: Promise<unknown>): void {
  startupReads.holdUntil(request);
}

/** What reads wait for now (the first page on screen, within its grace time), or null when nothing is held. */
export function heldReads(): Promise<void> | null {
  return startupReads.current();
}

/** Sends a request and returns the parsed JSON body (undefined for 204). Throws ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const held = method === 'GET' && !options.priority ? startupReads.current() : null;
  if (held) await held;
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (STATE_CHANGING.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  const query = options.query?.toString();
  let response: Response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
  if (response.status === 204) {
    options.onHeaders?.(response.headers);
    return undefined as T;
  }
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(json);
    const error = parsed.success
      ? new ApiError(
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
          parsed.data.error.details,
        )
      : new ApiError(
          response.status,
          statusCode(response.status),
          `${response.status} ${response.statusText}`,
        );
    if (response.status === 401 && !options.expectUnauthenticated) onUnauthenticated?.();
    throw error;
  }
  options.onHeaders?.(response.headers);
  return json as T;
}

function statusCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 412) return 'version_conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  // A proxy's own page (nginx's 502, a load balancer's 504): the server was not reached, or did not answer.
  if (status === 502 || status === 503 || status === 504) return 'gateway';
  if (status >= 500) return 'internal';
  return 'bad_request';
}

/** Whether a failed query is worth retrying: network trouble and 5xx, never a refusal. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}
