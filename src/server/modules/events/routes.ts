import { z } from 'zod';
import { maySeeEvent, rolesFor } from '#shared/permissions.ts';
import { EVENT_TYPES, EventSchema } from '#shared/schemas/events.ts';
import type { RouteContext } from '../../http/register.ts';
import { findSignedIn } from '../auth/sessions.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { listEventsAfter } from './repository.ts';
import { SseConnection, type StreamAccess } from './stream.ts';
import { ReplayTurns, StreamLimits } from './stream-limits.ts';

const SeqSchema = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export interface StreamSettings {
  heartbeatMs: number;
  maxBufferedBytes: number;
  hardLimitBytes: number;
  slowGraceMs: number;
  maxBacklog: number;
  /** Live streams one session (a browser and its tabs) may hold open at once; 429 past it. */
  streamsPerSession: number;
  /** Live streams one user may hold open at once, across their browsers; 429 past it. */
  streamsPerUser: number;
  /** The clock of the slow-client grace period; Date.now when absent (tests pass one they move). */
  now?: () => number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  heartbeatMs: 15_000,
  maxBufferedBytes: 2 * 1024 * 1024,
  hardLimitBytes: 16 * 1024 * 1024,
  slowGraceMs: 20_000,
  maxBacklog: 10_000,
  streamsPerSession: 16,
  streamsPerUser: 64,
};

export function registerEventRoutes({ route, ctx }: RouteContext, settings: StreamSettings): void {
  const limits = new StreamLimits(settings.streamsPerSession, settings.streamsPerUser);
  const replayTurns = new ReplayTurns();
  route({
    method: 'GET',
    url: '/api/events/stream',
    summary:
      'Live stream (Server-Sent Events). Replays everything after `after` (or Last-Event-ID), then follows live; ' +
      'each message is a LiveMessage {event, item}; `ping` heartbeats; `reset` when too far behind to replay.',
    tag: 'events',
    access: { kind: 'user' },
    query: z.strictObject({ after: SeqSchema.optional() }),
    handler: async ({ request, reply, query, principal }) => {
      const lastEventId = request.headers['last-event-id'];
      const fromHeader = typeof lastEventId === 'string' ? SeqSchema.safeParse(lastEventId) : null;
      const after = query.after ?? (fromHeader?.success ? fromHeader.data : ctx.bus.latest);
      const token = request.cookies[SESSION_COOKIE];
      const user = principal.user;
      // The session and user as they stand now: null once signed out, expired, disabled or removed.
      const checkAccess = async (): Promise<StreamAccess | null> => {
        const signedIn = token ? await findSignedIn(ctx, token, { touch: false }) : null;
        if (!signedIn || signedIn.user.id !== user.id) return null;
        return { userId: user.id, roles: signedIn.user.roles, expiresAt: signedIn.session.expiresAt };
      };
      const release = limits.open(principal.session.id, user.id);
      reply.hijack();
      if (!release) {
        // Told as a stream event, not a 429: EventSource reads no body of a refusal, and would only retry.
        reply.raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
        });
        reply.raw.end(`event: limit\ndata: ${JSON.stringify({ code: 'stream.limit_reached' })}\n\n`);
        return;
      }
      SseConnection.open(reply.raw, after, ctx.bus, request.log, {
        ...settings,
        access: { userId: user.id, roles: user.roles, expiresAt: principal.session.expiresAt },
        checkAccess,
        replayTurns,
        onClose: release,
      });
    },
  });

  route({
    method: 'GET',
    url: '/api/events',
    summary:
      'The event log after a sequence number (audit; also how a client can page through what it missed)',
    tag: 'events',
    access: { kind: 'user', roles: rolesFor('events.read') },
    heavy: true,
    query: z.strictObject({
      after: SeqSchema.default(0),
      limit: z.coerce.number().int().min(1).max(1000).default(200),
    }),
    responses: { 200: z.object({ events: z.array(EventSchema) }) },
    handler: async ({ query, principal }) => ({
      // The same rule as the stream: a chief reads the desk's, the feeds' and the accounts' events, not sign-ins.
      events: await listEventsAfter(
        ctx.database.db,
        query.after,
        query.limit,
        EVENT_TYPES.filter((type) => maySeeEvent(principal.user, type)),
      ),
    }),
  });
}
