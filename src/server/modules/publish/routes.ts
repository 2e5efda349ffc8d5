import { z } from 'zod';
import { IdSchema } from '#shared/schemas/common.ts';
import { notFound } from '../../http/errors.ts';
import type { RouteContext } from '../../http/register.ts';
import { ownOrigin } from '../../http/route.ts';
import { renderAtom } from './atom.ts';
import { toNinjs } from './ninjs.ts';
import { findLatestPublication, listLatestPublications } from './repository.ts';

const LimitQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });
const NinjsSchema = z.record(z.string(), z.unknown());

export function registerPublishRoutes({ route, ctx }: RouteContext): void {
  route({
    method: 'GET',
    url: '/feeds/published.atom',
    summary: 'What was published, as Atom: live stories as entries, withdrawn ones as tombstones (public)',
    tag: 'published',
    access: { kind: 'public' },
    query: LimitQuery,
    handler: async ({ request, reply, query }) => {
      const origin = ownOrigin(ctx, request);
      const publications = await listLatestPublications(ctx.database.db, query.limit);
      reply.type('application/atom+xml; charset=utf-8');
      return renderAtom(publications, {
        selfUrl: `${origin}/feeds/published.atom`,
        siteUrl: origin,
        title: 'مرصد — الأخبار المنشورة',
      });
    },
  });

  route({
    method: 'GET',
    url: '/api/published',
    summary:
      'What was published, as IPTC ninjs 2.x objects; withdrawn stories say pubstatus "canceled" (public)',
    tag: 'published',
    access: { kind: 'public' },
    query: LimitQuery,
    responses: { 200: z.object({ items: z.array(NinjsSchema) }) },
    handler: async ({ request, query }) => {
      const origin = ownOrigin(ctx, request);
      const publications = await listLatestPublications(ctx.database.db, query.limit);
      return { items: publications.map((publication) => toNinjs(publication, origin)) };
    },
  });

  route({
    method: 'GET',
    url: '/api/published/:id',
    summary: 'One published (or withdrawn) story as ninjs: the `uri` of every object of the list (public)',
    tag: 'published',
    access: { kind: 'public' },
    params: z.strictObject({ id: IdSchema }),
    responses: { 200: NinjsSchema },
    handler: async ({ request, params }) => {
      const publication = await findLatestPublication(ctx.database.db, params.id);
      if (!publication) throw notFound('Published story');
      return toNinjs(publication, ownOrigin(ctx, request));
    },
  });
}
