/** Stories over HTTP: saving versions, drafts, leases, new stories, sources, agency updates, the preview. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IdSchema, TimestampSchema } from '#shared/schemas/common.ts';
import { ItemSchema } from '#shared/schemas/items.ts';
import { LeaseRequestSchema, TabIdSchema } from '#shared/schemas/leases.ts';
import {
  DraftDeleteSchema,
  DraftListSchema,
  DraftPutSchema,
  DraftSchema,
  PublicationPreviewSchema,
  StoryCreateSchema,
  StoryPatchSchema,
  VersionListSchema,
  VersionSchema,
} from '#shared/schemas/stories.ts';
import { rolesFor } from '#shared/permissions.ts';
import { EDIT_ROLES } from '#shared/workflow.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import type { RouteContext } from '../../http/register.ts';
import { ownOrigin } from '../../http/route.ts';
import { requireIfMatch, setEtag } from '../../http/versioning.ts';
import { findItemRow } from '../items/repository.ts';
import { toNinjs } from '../publish/ninjs.ts';
import { nextPublication } from '../publish/repository.ts';
import { deleteDrafts, findDrafts, saveDraft } from './drafts.ts';
import { acquireLease, releaseLease, takeOverLease } from './leases.ts';
import { createStory, listStorySources, restoreVersion, saveStory, takeWireUpdate } from './service.ts';
import { findVersion, listVersions } from './versions.ts';
import { warmDomThread } from '../../ingest/dom-thread.ts';

const ItemParams = z.strictObject({ id: IdSchema });
const VersionParams = z.strictObject({
  id: IdSchema,
  number: z.coerce.number().int().positive().max(1_000_000),
});
const EDIT_TAB_HEADER = 'x-edit-tab';
const DRAFT_SEEN_HEADER = 'x-draft-seen';
const LeaseResponseSchema = z.object({ expiresAt: z.string(), since: z.string() });

/** The editor's tab (X-Edit-Tab): which tab holds the lease. Absent for saves made outside the editor. */
function editTab(request: FastifyRequest): string | null {
  const header = request.headers[EDIT_TAB_HEADER];
  if (header === undefined) return null;
  const parsed = TabIdSchema.safeParse(header);
  if (!parsed.success) throw badRequest(`${EDIT_TAB_HEADER} must be a tab id`);
  return parsed.data;
}

/** When the last draft the editor wrote in this session was stored (X-Draft-Seen, ISO time), if it wrote one. */
function draftSeen(request: FastifyRequest): number | null {
  const header = request.headers[DRAFT_SEEN_HEADER];
  if (header === undefined) return null;
  const parsed = TimestampSchema.safeParse(header);
  if (!parsed.success) throw badRequest(`${DRAFT_SEEN_HEADER} must be an ISO time`);
  return Date.parse(parsed.data);
}

const DRAFTS_TAKEN_HEADER = 'x-drafts-taken';

/**
 * The drafts of the user's other tabs (or of this tab before a reload) whose text the editor restored and is now
 * saving (X-Drafts-Taken: `tab@ISO time`, comma separated): the save removes those, as they were then. None that
 * the editor was not shown, or did not pick, is removed.
 */
function draftsTaken(request: FastifyRequest): { tabId: string; upTo: number }[] {
  const header = request.headers[DRAFTS_TAKEN_HEADER];
  if (header === undefined || header === '') return [];
  const entries = String(header).split(',');
  if (entries.length > 100) throw badRequest(`${DRAFTS_TAKEN_HEADER} names too many drafts`);
  return entries.map((entry) => {
    const at = entry.indexOf('@');
    const tab = TabIdSchema.safeParse(entry.slice(0, at));
    const time = TimestampSchema.safeParse(entry.slice(at + 1));
    if (at < 0 || !tab.success || !time.success)
      throw badRequest(`${DRAFTS_TAKEN_HEADER} must list tab@ISO-time entries`);
    return { tabId: tab.data, upTo: Date.parse(time.data) };
  });
}

const leaseBody = (lease: { acquired_at: number; expires_at: number }) => ({
  since: new Date(lease.acquired_at).toISOString(),
  expiresAt: new Date(lease.expires_at).toISOString(),
});

/** Answers an item with its version as ETag. */
function withEtag<T extends { version: number }>(reply: FastifyReply, item: T): T {
  setEtag(reply, item.version);
  return item;
}

export function registerStoryRoutes({ route, ctx }: RouteContext): void {
  const { db } = ctx.database;
  const editing = { kind: 'user', roles: EDIT_ROLES } as const;

  route({
    method: 'PATCH',
    url: '/api/items/:id',
    summary:
      "Save a new version of a story's editorial fields (If-Match; text needs this tab's lease, X-Edit-Tab)",
    tag: 'stories',
    access: editing,
    params: ItemParams,
    body: StoryPatchSchema,
    headers: ['If-Match', 'X-Edit-Tab', 'X-Draft-Seen', 'X-Drafts-Taken'],
    responses: { 200: ItemSchema },
    handler: async ({ params, body, principal, request, reply }) =>
      withEtag(
        reply,
        await saveStory(ctx, principal.user, params.id, body, {
          expectedVersion: requireIfMatch(request),
          tabId: editTab(request),
          draftSeenAt: draftSeen(request),
          draftsTaken: draftsTaken(request),
        }),
      ),
  });

  route({
    method: 'GET',
    url: '/api/items/:id/versions',
    summary: "A story's versions, newest first (who, when, which fields, word-count change)",
    tag: 'stories',
    access: { kind: 'user' },
    params: ItemParams,
    responses: { 200: VersionListSchema },
    handler: async ({ params }) => {
      if (!(await findItemRow(db, params.id))) throw notFound('Item');
      return { versions: await listVersions(db, params.id) };
    },
  });

  route({
    method: 'GET',
    url: '/api/items/:id/versions/:number',
    summary: 'One whole version (version 1 of an ingested item is the wire copy as received)',
    tag: 'stories',
    access: { kind: 'user' },
    params: VersionParams,
    responses: { 200: VersionSchema },
    handler: async ({ params }) => {
      const version = await findVersion(db, params.id, params.number);
      if (!version) throw notFound('Version');
      return version;
    },
  });

  route({
    method: 'POST',
    url: '/api/items/:id/versions/:number/restore',
    summary: 'Make a new version equal to an old one (If-Match, X-Edit-Tab)',
    tag: 'stories',
    access: editing,
    params: VersionParams,
    headers: ['If-Match', 'X-Edit-Tab'],
    responses: { 200: ItemSchema },
    handler: async ({ params, principal, request, reply }) =>
      withEtag(
        reply,
        await restoreVersion(ctx, principal.user, params.id, params.number, {
          expectedVersion: requireIfMatch(request),
          tabId: editTab(request),
        }),
      ),
  });

  route({
    method: 'GET',
    url: '/api/items/:id/draft',
    summary: "The signed-in user's autosaved drafts of the story, one per tab that wrote one, newest first",
    tag: 'stories',
    access: editing,
    params: ItemParams,
    responses: { 200: DraftListSchema },
    handler: async ({ params, principal }) => ({
      drafts: await findDrafts(db, params.id, principal.user.id),
    }),
  });

  route({
    method: 'PUT',
    url: '/api/items/:id/draft',
    summary: "Autosave the signed-in user's draft from one tab (not a version)",
    tag: 'stories',
    access: editing,
    params: ItemParams,
    body: DraftPutSchema,
    bodyLimit: 4 * 1_048_576,
    responses: { 200: DraftSchema },
    handler: async ({ params, body, principal }) => saveDraft(ctx, params.id, principal.user.id, body),
  });

  route({
    method: 'DELETE',
    url: '/api/items/:id/draft',
    summary: "Remove drafts of the signed-in user's: a tab's own, or ones offered and discarded",
    tag: 'stories',
    access: editing,
    params: ItemParams,
    body: DraftDeleteSchema,
    handler: async ({ params, body, principal }) => {
      await deleteDrafts(db, params.id, principal.user.id, body);
    },
  });

  route({
    method: 'POST',
    url: '/api/items/:id/lease',
    summary:
      'Start or keep editing: take or renew the lease for this tab (409 lease.held when someone else has it)',
    tag: 'stories',
    access: editing,
    params: ItemParams,
    body: LeaseRequestSchema,
    responses: { 200: LeaseResponseSchema },
    handler: async ({ params, body, principal }) => {
      const lease = leaseBody(await acquireLease(ctx, principal.user, params.id, body.tabId));
      // Their saves will need the DOM thread (the story's body is sanitised there): have it ready.
      warmDomThread();
      return lease;
    },
  });

  route({
    method: 'POST',
    url: '/api/items/:id/lease/takeover',
    summary: 'Take over editing (desk chiefs, or the holder from another tab); the holder is told at once',
    tag: 'stories',
    access: editing,
    params: ItemParams,
    body: LeaseRequestSchema,
    responses: { 200: LeaseResponseSchema },
    handler: async ({ params, body, principal }) =>
      leaseBody(await takeOverLease(ctx, principal.user, params.id, body.tabId)),
  });

  route({
    method: 'DELETE',
    url: '/api/items/:id/lease',
    summary: 'Stop editing: give the lease back',
    tag: 'stories',
    access: editing,
    params: ItemParams,
    body: LeaseRequestSchema,
    handler: async ({ params, body, principal }) => {
      await releaseLease(ctx, principal.user, params.id, body.tabId);
    },
  });

  route({
    method: 'POST',
    url: '/api/stories',
    summary:
      'Write a new story: from scratch (a headline) or from reports (their ids, linked as its sources)',
    tag: 'stories',
    access: { kind: 'user', roles: rolesFor('stories.create') },
    body: StoryCreateSchema,
    responses: { 201: ItemSchema },
    handler: async ({ body, principal, reply }) => {
      const item = await createStory(ctx, principal.user, body);
      reply.code(201);
      return withEtag(reply, item);
    },
  });

  route({
    method: 'GET',
    url: '/api/items/:id/sources',
    summary: 'The reports a story was written from, in order',
    tag: 'stories',
    access: { kind: 'user' },
    params: ItemParams,
    responses: { 200: z.object({ items: z.array(ItemSchema) }) },
    handler: async ({ params }) => ({ items: await listStorySources(ctx, params.id) }),
  });

  route({
    method: 'GET',
    url: '/api/items/:id/wire-copies',
    summary: 'Every copy the agency sent of this item, as received, newest first',
    tag: 'stories',
    access: { kind: 'user' },
    params: ItemParams,
    responses: {
      200: z.object({
        copies: z.array(
          z.object({
            number: z.number(),
            headline: z.string(),
            summary: z.string(),
            body: z.string(),
            receivedAt: z.string(),
            /** The urgency the copy gives its report (1 flash, 2 urgent, 3 normal); null for old copies. */
            urgency: z.number().int().nullable(),
          }),
        ),
      }),
    },
    handler: async ({ params }) => {
      if (!(await findItemRow(db, params.id))) throw notFound('Item');
      const rows = await db
        .selectFrom('wire_copies')
        .select(['number', 'headline', 'summary', 'body', 'received_at', 'urgency'])
        .where('item_id', '=', params.id)
        .orderBy('number', 'desc')
        .execute();
      return {
        copies: rows.map(({ received_at: receivedAt, ...copy }) => ({
          ...copy,
          receivedAt: new Date(receivedAt).toISOString(),
        })),
      };
    },
  });

  route({
    method: 'POST',
    url: '/api/items/:id/wire-update/take',
    summary: "Take the agency's newer copy into the story as a new version (If-Match, X-Edit-Tab)",
    tag: 'stories',
    access: editing,
    params: ItemParams,
    headers: ['If-Match', 'X-Edit-Tab'],
    responses: { 200: ItemSchema },
    handler: async ({ params, principal, request, reply }) =>
      withEtag(
        reply,
        await takeWireUpdate(ctx, principal.user, params.id, {
          expectedVersion: requireIfMatch(request),
          tabId: editTab(request),
        }),
      ),
  });

  route({
    method: 'GET',
    url: '/api/items/:id/publication-preview',
    summary: 'What publishing now would send out (ninjs), with the version and the last published version',
    tag: 'stories',
    access: { kind: 'user' },
    params: ItemParams,
    responses: { 200: PublicationPreviewSchema },
    handler: async ({ params, request }) => {
      const item = await findItemRow(db, params.id);
      if (!item) throw notFound('Item');
      const next = await nextPublication(db, item, ctx.now());
      if (!next) throw notFound('Version');
      const [version, published] = await Promise.all([
        findVersion(db, item.id, next.versionNumber),
        item.published_version === null ? null : findVersion(db, item.id, item.published_version),
      ]);
      return { version: version!, published, ninjs: toNinjs(next, ownOrigin(ctx, request)) };
    },
  });
}
