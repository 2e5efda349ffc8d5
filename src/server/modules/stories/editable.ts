/**
 * Who may edit a story now: the workflow's edit rules (src/shared/workflow.ts) as the server's refusal. Saves,
 * restores and taking the wire update check it; so does taking the lease, because a lease held by someone who
 * may not edit would still tell everyone "editing" and keep out the one who may.
 */
import type { User } from '#shared/schemas/users.ts';
import { checkEdit, type ItemStatus } from '#shared/workflow.ts';
import type { ItemRow } from '../../db/schema.ts';
import { ApiError } from '../../http/errors.ts';

const EDIT_REFUSALS = {
  'edit.forbidden_role': 'Your role cannot edit stories.',
  'edit.not_yours': 'Someone else works on this story in its current state.',
  'edit.wrong_state': 'A story in this state cannot be edited; a published one needs a correction first.',
} as const;

/** Refuses an edit the workflow does not allow (403 or 409, with a translatable code). */
export function checkEditable(user: User, row: Pick<ItemRow, 'status' | 'assignee_id'>): void {
  const refusal = checkEdit(user, { status: row.status as ItemStatus, assigneeId: row.assignee_id });
  if (refusal)
    throw new ApiError(refusal.status, refusal.code, EDIT_REFUSALS[refusal.code], { status: row.status });
}
