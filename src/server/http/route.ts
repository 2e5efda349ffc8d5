/**
 * Declaring a route: its zod schemas validate the request (and document it in OpenAPI), its access rule is
 * enforced before the handler runs, and cross-site protection applies to every state-changing request.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { z } from 'zod';
import type { Role } from '#shared/schemas/users.ts';
import type { AppContext } from '../context.ts';
import { ApiError, forbidden, unauthenticated, validationError } from './errors.ts';
import { resolvePrincipal, type Principal, type UserPrincipal } from './principal.ts';
import { safeEqual } from '../modules/auth/tokens.ts';
import { withoutControlsDeep } from '#shared/text/control-characters.ts';
import { latestSeq } from '../modules/events/repository.ts';
import type { ConcurrencyGate, RateKind, RateLimiter } from './rate-limit.ts';

/** Who may call a route. Admin passes every role check. */
export type Access =
  | { kind: 'public' }
  /** A signed-in user (session cookie), optionally with one of these roles. */
  | { kind: 'user'; roles?: readonly Role[] }
  /** A service token, or a signed-in admin. */
  | { kind: 'ingest' };

/** The principal a handler sees: a route open to users only is never reached by anyone else. */
export type PrincipalFor<A extends Access> = A extends { kind: 'user' } ? UserPrincipal : Principal;

export interface RouteSpec<P, Q, B, A extends Access = Access> {
  method: Extract<HTTPMethods, 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'>;
  url: string;
  summary: string;
  tag: string;
  access: A;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Response bodies by status, for the OpenAPI document. */
  responses?: Record<number, z.ZodType>;
  /** Headers the route reads (If-Match), for the OpenAPI document. */
  headers?: string[];
  bodyLimit?: number;
  /** False only for login, which has no session yet: the Origin check still applies. */
  csrfToken?: false;
  /**
   * Open to a user who signed in with a one-time password and has not chosen their own yet (the session itself,
   * signing out, choosing the password). Every other route answers them 403 `password.change_required`.
   */
  duringPasswordChange?: true;
  /** Which per-minute allowance a request spends (given the parsed query when it depends on it). */
  rateLimit?: RateKind | ((query: Q) => RateKind | null);
  /** A read that can take a while (lists, facets, search): at most a few per caller run at once. */
  heavy?: boolean;
  /**
   * Answers with the committed event sequence as of before the handler's reads (`x-live-seq`; the handler gets
   * it as `liveSeq`): a client that opens the live stream after it misses nothing that came after its rows.
   */
  liveSeq?: true;
  /**
   * A role check that depends on the path (which workflow action): run before the body is read, so a role that
   * may never do this gets 403 whatever it sent.
   */
  authorize?(principal: PrincipalFor<A>, params: P): void;
  handler(input: {
    request: FastifyRequest;
    reply: FastifyReply;
    params: P;
    query: Q;
    body: B;
    principal: PrincipalFor<A>;
    /** With `liveSeq`: the committed event sequence, read before the handler ran (0 without it). */
    liveSeq: number;
  }): Promise<unknown>;
}

export type AnyRoute = RouteSpec<any, any, any, any>; // oxlint-disable-line typescript/no-explicit-any -- a registry of heterogeneous routes

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function parseWith<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  // One rule for both databases: control characters (NUL among them, which PostgreSQL cannot store) go.
  const result = schema.safeParse(withoutControlsDeep(value));
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}

/** The origin this app is served from: PUBLIC_ORIGIN, or the request's own scheme and host. */
export function ownOrigin(ctx: AppContext, request: FastifyRequest): string {
  return ctx.config.publicOrigin ?? `${request.protocol}://${request.host}`;
}

/**
 * Cross-site request protection for state-changing requests: a foreign Origin (or Sec-Fetch-Site: cross-site)
 * is refused outright; requests authenticated by the session cookie must also echo the session's CSRF token.
 */
function checkCrossSite(
  ctx: AppContext,
  request: FastifyRequest,
  principal: Principal,
  needsToken: boolean,
): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== ownOrigin(ctx, request)) {
    throw new ApiError(403, 'origin_refused', 'Cross-origin requests are refused.');
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new ApiError(403, 'origin_refused', 'Cross-site requests are refused.');
  }
  if (principal.kind === 'user' && needsToken) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, principal.session.csrfToken)) {
      throw new ApiError(
        403,
        'csrf_failed',
        'Missing or wrong X-CSRF-Token header; reload the page and try again.',
      );
    }
  }
}

function checkAccess(access: Access, principal: Principal): void {
  if (access.kind === 'public') return;
  if (access.kind === 'ingest') {
    if (principal.kind === 'token') return;
    if (principal.kind === 'user' && principal.user.roles.includes('admin')) return;
    if (principal.kind === 'anonymous') throw unauthenticated();
    throw forbidden('Only a service token or an admin may ingest items.');
  }
  if (principal.kind === 'token') throw forbidden('Service tokens may only ingest.');
  if (principal.kind !== 'user') throw unauthenticated();
  const roles = access.roles;
  if (
    roles &&
    !principal.user.roles.includes('admin') &&
    !principal.user.roles.some((role) => roles.includes(role))
  ) {
    throw forbidden();
  }
}

/** Who is asking, for limits: the user, the token, or the address of someone not signed in. */
function callerOf(principal: Principal, request: FastifyRequest): string {
  if (principal.kind === 'user') return `user:${principal.user.id}`;
  if (principal.kind === 'token') return `token:${principal.tokenId}`;
  return `ip:${request.ip}`;
}

/** What addRoute needs besides the app: the context and the limits shared by every route. */
export interface RouteServices {
  ctx: AppContext;
  limiter: RateLimiter;
  gate: ConcurrencyGate;
}

/**
 * Registers a route: who is asking, cross-site protection, access and the anonymous allowance are settled when
 * the request arrives, BEFORE its body is read (nobody gets a 1 MB body parsed without the right to send it);
 * then parameters, query and body are validated, the route's allowance taken, and heavy reads queued per caller.
 */
export function addRoute<P, Q, B, const A extends Access>(
  app: FastifyInstance,
  services: RouteServices,
  registry: AnyRoute[],
  spec: RouteSpec<P, Q, B, A>,
) {
  const { ctx, limiter, gate } = services;
  registry.push(spec as AnyRoute);
  const principals = new WeakMap<FastifyRequest, Principal>();
  const liveSeqs = new WeakMap<FastifyRequest, Promise<number>>();
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    onRequest: async (request) => {
      if (spec.liveSeq) {
        // Read alongside the session rather than after it: on PostgreSQL, one round trip less before the
        // handler's reads. Still read before them, which is all the header promises. A request refused below
        // leaves the read unawaited: its failure is not an unhandled rejection.
        const seq = latestSeq(ctx.database.db);
        seq.catch(() => {});
        liveSeqs.set(request, seq);
      }
      const principal = await resolvePrincipal(ctx, request);
      checkCrossSite(ctx, request, principal, spec.csrfToken !== false);
      checkAccess(spec.access, principal);
      if (principal.kind === 'user' && principal.user.mustChangePassword && !spec.duringPasswordChange) {
        throw new ApiError(403, 'password.change_required', 'Choose your own password first.');
      }
      if (principal.kind === 'anonymous') limiter.take('anonymous', callerOf(principal, request));
      principals.set(request, principal);
      spec.authorize?.(principal as PrincipalFor<A>, parseWith(spec.params, request.params, 'path'));
    },
    handler: async (request, reply) => {
      const principal = principals.get(request)!;
      const params = parseWith(spec.params, request.params, 'path');
      const query = parseWith(spec.query, request.query, 'query');
      const kind = typeof spec.rateLimit === 'function' ? spec.rateLimit(query) : spec.rateLimit;
      if (kind) limiter.take(kind, callerOf(principal, request));
      const body = parseWith(spec.body, request.body, 'body');
      const liveSeq = spec.liveSeq ? await liveSeqs.get(request)! : 0;
      // (No `return reply.header(…)` anywhere: a reply is thenable, and awaiting it waits for the response.)
      if (spec.liveSeq) reply.header('x-live-seq', String(liveSeq));
      const run = () =>
        spec.handler({
          request,
          reply,
          params,
          query,
          body,
          liveSeq,
          // checkAccess has refused everyone but a user on user-only routes, so the narrowing holds.
          principal: principal as PrincipalFor<A>,
        });
      const result = await (spec.heavy ? gate.run(callerOf(principal, request), run) : run());
      if (reply.sent) return reply;
      return result === undefined ? reply.code(204).send() : result;
    },
  });
}
