import { z } from 'zod';
import { rolesFor } from '#shared/permissions.ts';
import { IdSchema, sourceLine } from '#shared/schemas/common.ts';
import {
  FeedCreateSchema,
  FeedPatchSchema,
  FeedSchema,
  IngestSummarySchema,
  SourceNameSchema,
} from '#shared/schemas/feeds.ts';
import type { FeedPoller } from '../../ingest/poller.ts';
import type { RouteContext } from '../../http/register.ts';
import { ApiError, notFound } from '../../http/errors.ts';
import { actorOf } from '../events/actors.ts';
import { requireIfMatch, setEtag } from '../../http/versioning.ts';
import { readFeedOffThread } from '../../ingest/read-feed-off-thread.ts';
import { FeedError } from '../../ingest/wire-item.ts';
import { storeWireItems } from '../../ingest/store-wire-items.ts';
import { findFeedRow, listFeedRows, listSourceNames, loadFeed, loadFeeds } from './repository.ts';
import { createFeed, deleteFeed, updateFeed } from './service.ts';

const FeedParams = z.strictObject({ id: IdSchema });

export async function registerFeedRoutes(routes: RouteContext, poller: FeedPoller): Promise<void> {
  const { route, ctx } = routes;
  const { db } = ctx.database;

  route({
    method: 'GET',
    url: '/api/feeds',
    summary: 'Wire feeds with their health (admins and desk chiefs)',
    tag: 'feeds',
    access: { kind: 'user', roles: rolesFor('feeds.read') },
    responses: { 200: z.object({ feeds: z.array(FeedSchema) }) },
    handler: async () => ({ feeds: await loadFeeds(db, await listFeedRows(db)) }),
  });

  route({
    method: 'GET',
    url: '/api/sources/names',
    summary: 'The English names of sources (agencies and feeds), for the English interface',
    tag: 'feeds',
    access: { kind: 'user' },
    responses: { 200: z.object({ sources: z.array(SourceNameSchema) }) },
    handler: async () => ({ sources: await listSourceNames(db) }),
  });

  route({
    method: 'POST',
    url: '/api/feeds',
    summary: 'Add a feed (admin); its format is detected on the first fetch',
    tag: 'feeds',
    access: { kind: 'user', roles: rolesFor('feeds.manage') },
    body: FeedCreateSchema,
    responses: { 201: FeedSchema },
    handler: async ({ body, principal, reply }) => {
      const feed = await createFeed(ctx, actorOf(principal), body);
      reply.code(201);
      setEtag(reply, feed.version);
      return feed;
    },
  });

  route({
    method: 'PATCH',
    url: '/api/feeds/:id',
    summary: 'Edit, pause or resume a feed (admin; If-Match required)',
    tag: 'feeds',
    access: { kind: 'user', roles: rolesFor('feeds.manage') },
    params: FeedParams,
    body: FeedPatchSchema,
    headers: ['If-Match'],
    responses: { 200: FeedSchema },
    handler: async ({ params, body, principal, request, reply }) => {
      const feed = await updateFeed(ctx, actorOf(principal), params.id, requireIfMatch(request), body);
      setEtag(reply, feed.version);
      return feed;
    },
  });

  route({
    method: 'DELETE',
    url: '/api/feeds/:id',
    summary: 'Remove a feed (admin; If-Match required); the items it brought stay',
    tag: 'feeds',
    access: { kind: 'user', roles: rolesFor('feeds.manage') },
    params: FeedParams,
    headers: ['If-Match'],
    handler: async ({ params, principal, request }) =>
      deleteFeed(ctx, actorOf(principal), params.id, requireIfMatch(request)),
  });

  route({
    method: 'POST',
    url: '/api/feeds/:id/poll',
    summary: 'Poll a feed now (admin); answers the feed with its new health',
    tag: 'feeds',
    access: { kind: 'user', roles: rolesFor('feeds.manage') },
    params: FeedParams,
    responses: { 200: FeedSchema },
    handler: async ({ params }) => {
      if (!(await poller.pollNow(params.id))) throw notFound('Feed');
      return loadFeed(db, (await findFeedRow(db, params.id))!);
    },
  });

  // A whole feed document pushed by an agency: the body is the raw document, whatever its type.
  await routes.app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: ctx.config.feedBodyLimitBytes },
      (_request, body, done) => done(null, body),
    );
    routes.within(scope).route({
      method: 'POST',
      url: '/api/ingest/feed',
      summary:
        'Push a whole feed document (RSS, Atom, RDF, JSON Feed, ninjs or a plain-text dump) as the raw request body; ' +
        'service token or admin. Answers what was new, updated, unchanged and rejected.',
      tag: 'ingest',
      access: { kind: 'ingest' },
      rateLimit: 'ingest',
      query: z.strictObject({ source: sourceLine(200) }),
      bodyLimit: ctx.config.feedBodyLimitBytes,
      responses: { 200: IngestSummarySchema },
      handler: async ({ request, query, principal }) => {
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          throw new ApiError(400, 'feed.malformed', 'Send the feed document as the request body.');
        }
        // The store step reads what readFeed left to make (summaries and bodies, normalize.ts): a failure there is
        // the document's too.
        let parsed;
        let result;
        try {
          parsed = await readFeedOffThread(body, {
            contentType: request.headers['content-type'] ?? null,
            language: request.headers['content-language'] ?? null,
          });
          result = await storeWireItems(ctx, actorOf(principal), parsed.items, {
            source: query.source,
            defaultLanguage: parsed.language,
          });
        } catch (error) {
          if (error instanceof FeedError) throw new ApiError(422, error.code, error.message, error.params);
          throw error;
        }
        return {
          format: parsed.format,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          rejected: result.rejected,
          merged: result.merged,
          omitted: parsed.omitted,
        };
      },
    });
  });
}
