import { z } from 'zod';
import type { RouteContext } from '../../http/register.ts';
import { ownOrigin } from '../../http/route.ts';
import { renderAtom } from './atom.ts';
import { toNinjs } from './ninjs.ts';
import { listPublished } from './repository.ts';

const LimitQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export function registerPublishRoutes({ route, ctx }: RouteContext): void {
  route({
    method: 'GET',
    url: '/feeds/published.atom',
    summary: 'Published items as an Atom feed (public; killed items leave it)',
    tag: 'published',
    access: { kind: 'public' },
    query: LimitQuery,
    handler: async ({ request, reply, query }) => {
      const origin = ownOrigin(ctx, request);
      const items = await listPublished(ctx.database.db, query.limit);
      reply.type('application/atom+xml; charset=utf-8');
      return renderAtom(items, {
        selfUrl: `${origin}/feeds/published.atom`,
        siteUrl: origin,
        title: 'مرصد — الأخبار المنشورة',
      });
    },
  });

  route({
    method: 'GET',
    url: '/api/published',
    summary: 'Published items as IPTC ninjs 2.x objects (public; killed items leave it)',
    tag: 'published',
    access: { kind: 'public' },
    query: LimitQuery,
    responses: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
    handler: async ({ request, query }) => {
      const origin = ownOrigin(ctx, request);
      const items = await listPublished(ctx.database.db, query.limit);
      return { items: items.map((item) => toNinjs(item, origin)) };
    },
  });
}
