import { z } from 'zod';
import { IdSchema } from '#shared/schemas/common.ts';
import { HistoryResponseSchema } from '#shared/schemas/events.ts';
import {
  CommentCreateSchema,
  CommentSchema,
  FacetsResponseSchema,
  IngestItemSchema,
  IngestResultSchema,
  ItemListQuerySchema,
  ItemListResponseSchema,
  ItemSchema,
  SameStorySchema,
} from '#shared/schemas/items.ts';
import type { RouteContext } from '../../http/register.ts';
import { actorOf } from '../events/actors.ts';
import { setEtag } from '../../http/versioning.ts';
import { facets, getItem, itemHistory, listClusterItems, listItems } from './service.ts';
import { addComment, listComments } from './comments.ts';
import { ingestOne } from '../../ingest/push.ts';

const ItemParams = z.strictObject({ id: IdSchema });

export function registerItemRoutes({ route, ctx }: RouteContext): void {
  route({
    method: 'GET',
    url: '/api/items',
    summary: 'The queue: filtered, newest first (or by relevance with q), cursor-paged',
    tag: 'items',
    access: { kind: 'user' },
    heavy: true,
    rateLimit: (query) => (query.q?.trim() ? 'search' : null),
    query: ItemListQuerySchema,
    responses: { 200: ItemListResponseSchema },
    liveSeq: true,
    handler: async ({ principal, query }) => listItems(ctx, principal, query),
  });

  route({
    method: 'GET',
    url: '/api/items/facets',
    summary:
      'Counts per country, region, topic, organisation, status, urgency and source under the same filters',
    tag: 'items',
    access: { kind: 'user' },
    heavy: true,
    rateLimit: 'facets',
    query: ItemListQuerySchema,
    responses: { 200: FacetsResponseSchema },
    liveSeq: true,
    handler: async ({ principal, query, liveSeq }) => facets(ctx, principal, query, liveSeq),
  });

  route({
    method: 'GET',
    url: '/api/items/:id',
    summary: 'One item, with its version as ETag',
    tag: 'items',
    access: { kind: 'user' },
    params: ItemParams,
    responses: { 200: ItemSchema },
    handler: async ({ params, reply }) => {
      const item = await getItem(ctx, params.id);
      setEtag(reply, item.version);
      return item;
    },
  });

  route({
    method: 'GET',
    url: '/api/items/:id/history',
    summary: "The item's timeline: every event, oldest first",
    tag: 'items',
    access: { kind: 'user' },
    params: ItemParams,
    responses: { 200: HistoryResponseSchema },
    handler: async ({ params }) => ({ events: await itemHistory(ctx, params.id) }),
  });

  route({
    method: 'GET',
    url: '/api/items/:id/cluster',
    summary:
      'The near-duplicates grouped with this item (other sources of the same story), and the desk stories written from them',
    tag: 'items',
    access: { kind: 'user' },
    params: ItemParams,
    responses: { 200: SameStorySchema },
    handler: async ({ params }) => listClusterItems(ctx, params.id),
  });

  route({
    method: 'GET',
    url: '/api/items/:id/comments',
    summary: "The item's comments, oldest first",
    tag: 'items',
    access: { kind: 'user' },
    params: ItemParams,
    responses: { 200: z.object({ comments: z.array(CommentSchema) }) },
    handler: async ({ params }) => ({ comments: await listComments(ctx, params.id) }),
  });

  route({
    method: 'POST',
    url: '/api/items/:id/comments',
    summary: 'Add a comment',
    tag: 'items',
    access: { kind: 'user' },
    params: ItemParams,
    body: CommentCreateSchema,
    responses: { 201: CommentSchema },
    handler: async ({ params, body, principal, reply }) => {
      const comment = await addComment(ctx, principal.user, params.id, body.body);
      reply.code(201);
      return comment;
    },
  });

  route({
    method: 'POST',
    url: '/api/items',
    summary: 'Push one wire item (service token or admin); idempotent on (source, guid)',
    tag: 'ingest',
    access: { kind: 'ingest' },
    rateLimit: 'ingest',
    body: IngestItemSchema,
    responses: { 200: IngestResultSchema, 201: IngestResultSchema },
    handler: async ({ body, principal, reply }) => {
      const result = await ingestOne(ctx, actorOf(principal), body);
      reply.code(result.outcome === 'created' ? 201 : 200);
      setEtag(reply, result.item.version);
      return result;
    },
  });
}
