/** Workflow actions: the shared table decides, this applies the change, its comment and its event at once. */
import type { ActionRequest, Item } from '#shared/schemas/items.ts';
import { actionEventType, type EventPayload } from '#shared/schemas/events.ts';
import type { User } from '#shared/schemas/users.ts';
import {
  checkAction,
  passesTextOn,
  WORKFLOW,
  type ItemStatus,
  type WorkflowAction,
} from '#shared/workflow.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/index.ts';
import type { ItemUpdate } from '../../db/schema.ts';
import { ApiError, notFound, unprocessable } from '../../http/errors.ts';
import { userActor } from '../events/actors.ts';
import { stale } from '../../http/versioning.ts';
import { withEvents } from '../events/with-events.ts';
import { findItemRowForUpdate, updateItemIfVersion } from '../items/repository.ts';
import { newestDraftAt } from '../stories/drafts.ts';
import { endLeaseOutOfTurn } from '../stories/leases.ts';
import { hydrateItems } from '../items/serialize.ts';
import { insertComment } from '../items/comments.ts';
import { recordPublication } from '../publish/repository.ts';
import { findUserById, parseRoles } from '../users/repository.ts';

const REFUSAL_MESSAGES = {
  'workflow.forbidden_role': (action: WorkflowAction) => `Your role may not ${action} items.`,
  'workflow.not_assignee': (action: WorkflowAction) =>
    `Only the assignee or a desk chief may ${action} this item.`,
  'workflow.wrong_state': (action: WorkflowAction, status?: string) =>
    `Cannot ${action} an item whose status is ${status}.`,
} as const;

// Two concurrent actions on one item: the loser re-reads and is judged against the new state.
const MAX_ATTEMPTS = 3;

/**
 * 409 `workflow.unsaved_draft` when the user has a draft of the story (text typed and not saved as a version):
 * passing the story on now would pass it on without that text. Asked again with `withoutDraft`, it goes on; the
 * draft stays theirs.
 */
async function refuseOverOwnDraft(db: Executor, user: User, itemId: number): Promise<void> {
  const savedAt = await newestDraftAt(db, itemId, user.id);
  if (savedAt === null) return;
  throw new ApiError(
    409,
    'workflow.unsaved_draft',
    'You have unsaved changes to this story in a draft: save them first, or go on without them.',
    { draftSavedAt: new Date(savedAt).toISOString() },
  );
}

/**
 * Takes a workflow action on an item. 403 for a role that may not, 409 for a wrong state, 422 for a missing
 * assignee/comment/reason, 412 when If-Match names an old version.
 */
export async function performAction(
  ctx: AppContext,
  user: User,
  itemId: number,
  action: WorkflowAction,
  request: ActionRequest,
  expectedVersion?: number,
): Promise<Item> {
  const { db } = ctx.database;
  const rule = WORKFLOW[action];
  for (let attempt = 1; ; attempt++) {
    const now = ctx.now();
    const result = await withEvents(
      ctx,
      userActor(user),
      async (trx, emit) => {
        const current = await findItemRowForUpdate(trx, itemId);
        if (!current) throw notFound('Item');
        const refusal = checkAction(user, action, {
          status: current.status as ItemStatus,
          assigneeId: current.assignee_id,
          publishedVersion: current.published_version,
        });
        if (refusal) {
          throw new ApiError(
            refusal.status,
            refusal.code,
            REFUSAL_MESSAGES[refusal.code](action, current.status),
            {
              action,
              status: current.status,
            },
          );
        }
        if (expectedVersion !== undefined && expectedVersion !== current.version)
          throw stale(undefined, current.version);
        if (passesTextOn(action) && !request.withoutDraft) await refuseOverOwnDraft(trx, user, itemId);

        const changes: ItemUpdate = { status: rule.to, last_action: action };
        // Time in a state counts from entering it: re-assigning an assigned item does not restart the wait.
        if (rule.to !== current.status) changes.state_since = now;
        const payload: EventPayload<'item.accept'> = {
          action,
          from: current.status as ItemStatus,
          to: rule.to,
        };
        if (rule.requires === 'assignee') {
          const assignee = await requireEditor(trx, request.assignee);
          changes.assignee_id = assignee.id;
          payload.assigneeId = assignee.id;
          payload.assigneeName = assignee.display_name;
          payload.previousAssigneeId = current.assignee_id;
        }
        if (rule.requires === 'comment' && !request.comment) {
          throw unprocessable('workflow.comment_required', `To ${action} an item, say why in a comment.`);
        }
        if (rule.requires === 'reason' && !request.reason) {
          throw unprocessable('workflow.reason_required', `To ${action} an item, give a reason.`);
        }
        // What is approved is a version; what is published is the approved version, never later text.
        if (action === 'approve') changes.approved_version = current.latest_version;
        if (action === 'correct') changes.approved_version = null;
        if (action === 'publish') {
          const versionNumber = current.approved_version ?? current.latest_version;
          changes.published_at = now;
          changes.published_version = versionNumber;
          payload.publication = await recordPublication(
            trx,
            current,
            { status: 'usable', versionNumber, note: request.note ?? null, actorId: user.id },
            now,
          );
          if (request.note) payload.note = request.note;
        }
        if (action === 'kill') {
          payload.publication = await recordPublication(
            trx,
            current,
            {
              status: 'canceled',
              versionNumber: current.published_version ?? current.latest_version,
              note: request.reason ?? null,
              actorId: user.id,
            },
            now,
          );
        }
        if (request.comment) {
          payload.comment = request.comment;
          payload.commentId = await insertComment(trx, itemId, user.id, request.comment, now);
        }
        if (request.reason) payload.reason = request.reason;
        payload.assigneeId ??= current.assignee_id;

        const updated = await updateItemIfVersion(trx, itemId, current.version, changes, now);
        if (!updated) return null;
        emit({ type: actionEventType(action), itemId, payload });
        await endLeaseOutOfTurn(
          trx,
          itemId,
          { status: rule.to, assigneeId: updated.assignee_id, publishedVersion: updated.published_version },
          now,
          emit,
        );
        return updated;
      },
      now,
    );
    if (result) {
      return (await hydrateItems(db, [result], ctx.now()))[0]!;
    }
    if (attempt >= MAX_ATTEMPTS) throw stale();
  }
}

async function requireEditor(trx: Executor, assigneeId: number | undefined) {
  if (assigneeId === undefined) {
    throw unprocessable('workflow.assignee_required', 'Choose an editor to assign the item to.');
  }
  const assignee = await findUserById(trx, assigneeId);
  if (!assignee || assignee.disabled === 1 || !parseRoles(assignee).includes('editor')) {
    throw unprocessable('workflow.assignee_not_editor', 'Items can only be assigned to an active editor.', {
      assigneeId,
    });
  }
  return assignee;
}
