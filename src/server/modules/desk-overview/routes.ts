import { rolesFor } from '#shared/permissions.ts';
import {
  DeskOverviewRawQuerySchema,
  DeskOverviewSchema,
  parseOverviewQuery,
} from '#shared/schemas/desk-overview.ts';
import { ApiError } from '../../http/errors.ts';
import type { RouteContext } from '../../http/register.ts';
import { deskOverview } from './service.ts';

export function registerDeskOverviewRoutes({ route, ctx }: RouteContext): void {
  route({
    method: 'GET',
    url: '/api/desk/overview',
    summary:
      'The desk overview: items per status and per editor, incoming and published per hour, rising tags and ' +
      'sources, and how long items wait',
    tag: 'desk',
    access: { kind: 'user', roles: rolesFor('desk.overview') },
    heavy: true,
    // Counted at this event sequence: a screen re-asks counts that landed older than what it has heard.
    liveSeq: true,
    query: DeskOverviewRawQuerySchema,
    responses: { 200: DeskOverviewSchema },
    handler: async ({ query, principal }) => {
      // Range and threshold are checked here rather than by the route's schema, so each refusal has its own
      // translatable code (`errors.desk_overview.*`) instead of the generic validation message. Without a
      // threshold in the query, the one the reader last set applies.
      const parsed = parseOverviewQuery({
        ...query,
        reviewAfter: query.reviewAfter ?? String(principal.user.reviewAfterMinutes),
      });
      if (!parsed.ok) {
        const { code, message, details } = parsed.problem;
        throw new ApiError(400, code, message, details);
      }
      return deskOverview(ctx, parsed.query);
    },
  });
}
