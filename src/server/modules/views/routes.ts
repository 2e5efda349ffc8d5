import { z } from 'zod';
import { IdSchema } from '#shared/schemas/common.ts';
import { ItemFiltersSchema } from '#shared/schemas/items.ts';
import { SavedViewCreateSchema, SavedViewSchema, type SavedView } from '#shared/schemas/views.ts';
import type { RouteContext } from '../../http/register.ts';
import { notFound } from '../../http/errors.ts';

function toView(row: { id: number; name: string; filters: string; created_at: number }): SavedView {
  return {
    id: row.id,
    name: row.name,
    // Filters saved by an older version may no longer validate; they fall back to an empty view.
    filters: ItemFiltersSchema.catch({}).parse(JSON.parse(row.filters)),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function registerViewRoutes({ route, ctx }: RouteContext): void {
  const { db } = ctx.database;
  route({
    method: 'GET',
    url: '/api/views',
    summary: "The signed-in user's saved queue views",
    tag: 'views',
    access: { kind: 'user' },
    responses: { 200: z.object({ views: z.array(SavedViewSchema) }) },
    handler: async ({ principal }) => {
      const rows = await db
        .selectFrom('saved_views')
        .selectAll()
        .where('user_id', '=', principal.user.id)
        .orderBy('name')
        .execute();
      return { views: rows.map(toView) };
    },
  });

  route({
    method: 'POST',
    url: '/api/views',
    summary: 'Save the current filters under a name (replaces a view of the same name)',
    tag: 'views',
    access: { kind: 'user' },
    body: SavedViewCreateSchema,
    responses: { 201: SavedViewSchema },
    handler: async ({ principal, body, reply }) => {
      const row = await db
        .insertInto('saved_views')
        .values({
          user_id: principal.user.id,
          name: body.name,
          filters: JSON.stringify(body.filters),
          created_at: Date.now(),
        })
        .onConflict((conflict) =>
          conflict.columns(['user_id', 'name']).doUpdateSet({ filters: JSON.stringify(body.filters) }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      reply.code(201);
      return toView(row);
    },
  });

  route({
    method: 'DELETE',
    url: '/api/views/:id',
    summary: 'Delete a saved view',
    tag: 'views',
    access: { kind: 'user' },
    params: z.strictObject({ id: IdSchema }),
    handler: async ({ principal, params }) => {
      const result = await db
        .deleteFrom('saved_views')
        .where('id', '=', params.id)
        .where('user_id', '=', principal.user.id)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound('View');
    },
  });
}
