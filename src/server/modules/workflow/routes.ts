import { z } from 'zod';
import { IdSchema } from '#shared/schemas/common.ts';
import { ActionRequestSchema, ItemSchema, WorkflowActionSchema } from '#shared/schemas/items.ts';
import type { RouteContext } from '../../http/register.ts';
import { ApiError } from '../../http/errors.ts';
import { ifMatchVersion, setEtag } from '../../http/versioning.ts';
import type { User } from '#shared/schemas/users.ts';
import { mayEverTake, type WorkflowAction } from '#shared/workflow.ts';
import { performAction } from './service.ts';

const BulkActionSchema = ActionRequestSchema.extend({ ids: z.array(IdSchema).min(1).max(200) });

/** 403 before the body is read, for a role that may never take this action (the service checks the rest). */
function refuseRoleThatNeverMay(user: User, action: WorkflowAction): void {
  if (!mayEverTake(user, action))
    throw new ApiError(403, 'workflow.forbidden_role', `Your role may not ${action} items.`, { action });
}

export function registerWorkflowRoutes({ route, ctx }: RouteContext): void {
  route({
    method: 'POST',
    url: '/api/items/:id/actions/:action',
    summary:
      'Take a workflow action (accept, spike, unspike, assign, submit, return, approve, publish, kill)',
    tag: 'workflow',
    access: { kind: 'user' },
    params: z.strictObject({ id: IdSchema, action: WorkflowActionSchema }),
    authorize: ({ user }, { action }) => refuseRoleThatNeverMay(user, action),
    body: ActionRequestSchema.optional().transform((body) => body ?? {}),
    headers: ['If-Match'],
    responses: { 200: ItemSchema },
    handler: async ({ params, body, principal, request, reply }) => {
      const item = await performAction(
        ctx,
        principal.user,
        params.id,
        params.action,
        body,
        ifMatchVersion(request),
      );
      setEtag(reply, item.version);
      return item;
    },
  });

  route({
    method: 'POST',
    url: '/api/items/actions/:action',
    summary: 'Take one action on several items; each succeeds or fails on its own',
    tag: 'workflow',
    access: { kind: 'user' },
    params: z.strictObject({ action: WorkflowActionSchema }),
    authorize: ({ user }, { action }) => refuseRoleThatNeverMay(user, action),
    body: BulkActionSchema,
    responses: {
      200: z.object({
        results: z.array(
          z.object({
            id: IdSchema,
            ok: z.boolean(),
            item: ItemSchema.optional(),
            error: z.object({ code: z.string(), message: z.string() }).optional(),
          }),
        ),
      }),
    },
    handler: async ({ params, body, principal, request }) => {
      const { ids, ...actionRequest } = body;
      const results = [];
      for (const id of new Set(ids)) {
        try {
          results.push({
            id,
            ok: true,
            item: await performAction(ctx, principal.user, id, params.action, actionRequest),
          });
        } catch (error) {
          // Each item succeeds or fails on its own: an unexpected failure of one is reported, never a 500 after
          // the others were applied.
          if (!(error instanceof ApiError)) {
            request.log.error({ err: error, itemId: id }, 'bulk action failed on one item');
            results.push({
              id,
              ok: false,
              error: { code: 'internal', message: 'Something went wrong with this item.' },
            });
            continue;
          }
          results.push({ id, ok: false, error: { code: error.code, message: error.message } });
        }
      }
      return { results };
    },
  });
}
