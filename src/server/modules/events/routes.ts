import { z } from 'zod';
import { rolesFor } from '#shared/permissions.ts';
import { EventSchema } from '#shared/schemas/events.ts';
import type { RouteContext } from '../../http/register.ts';
import { findSession } from '../auth/sessions.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { listEventsAfter } from './repository.ts';
import { SseConnection } from './stream.ts';

const SeqSchema = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export interface StreamSettings {
  heartbeatMs: number;
  maxBufferedBytes: number;
  hardLimitBytes: number;
  slowGraceMs: number;
  maxBacklog: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  heartbeatMs: 15_000,
  maxBufferedBytes: 2 * 1024 * 1024,
  hardLimitBytes: 16 * 1024 * 1024,
  slowGraceMs: 20_000,
  maxBacklog: 10_000,
};

export function registerEventRoutes({ route, ctx }: RouteContext, settings: StreamSettings): void {
  route({
    method: 'GET',
    url: '/api/events/stream',
    summary:
      'Live stream (Server-Sent Events). Replays everything after `after` (or Last-Event-ID), then follows live; ' +
      'each message is a LiveMessage {event, item}; `ping` heartbeats; `reset` when too far behind to replay.',
    tag: 'events',
    access: { kind: 'user' },
    query: z.strictObject({ after: SeqSchema.optional() }),
    handler: async ({ request, reply, query }) => {
      const lastEventId = request.headers['last-event-id'];
      const fromHeader = typeof lastEventId === 'string' ? SeqSchema.safeParse(lastEventId) : null;
      const after = query.after ?? (fromHeader?.success ? fromHeader.data : ctx.bus.latest);
      const token = request.cookies[SESSION_COOKIE];
      reply.hijack();
      SseConnection.open(reply.raw, after, ctx.bus, request.log, {
        ...settings,
        stillAuthorised: async () => (token ? (await findSession(ctx, token)) !== null : true),
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
    query: z.strictObject({
      after: SeqSchema.default(0),
      limit: z.coerce.number().int().min(1).max(1000).default(200),
    }),
    responses: { 200: z.object({ events: z.array(EventSchema) }) },
    handler: async ({ query }) => ({
      events: await listEventsAfter(ctx.database.db, query.after, query.limit),
    }),
  });
}
