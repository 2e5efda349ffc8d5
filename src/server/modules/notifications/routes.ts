import { z } from 'zod';
import { NotificationSchema } from '#shared/schemas/views.ts';
import type { RouteContext } from '../../http/register.ts';

import { listNotifications } from './service.ts';

export function registerNotificationRoutes({ route, ctx }: RouteContext): void {
  route({
    method: 'GET',
    url: '/api/notifications',
    summary:
      'Recent notifications for the signed-in user (assigned, returned, waiting for review, published)',
    tag: 'notifications',
    access: { kind: 'user' },
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(30) }),
    responses: { 200: z.object({ notifications: z.array(NotificationSchema) }) },
    handler: async ({ principal, query }) => {
      return { notifications: await listNotifications(ctx.database.db, principal.user, query.limit) };
    },
  });
}
