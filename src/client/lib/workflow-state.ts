/** An item as the shared workflow table reads it (#shared/workflow.ts): the one mapping every screen uses. */
import type { Item } from '#shared/schemas/items.ts';
import type { ItemState } from '#shared/workflow.ts';

/**
 * A queue card carries no published version (only what its row shows): the actions that depend on it (a kill
 * during a correction) are offered on the opened item, and the server judges every action on the stored row.
 */
type WorkflowFields = Pick<Item, 'status' | 'assignee'> & { publishedVersion?: number | null };

export function workflowState(item: WorkflowFields): ItemState {
  return {
    status: item.status,
    assigneeId: item.assignee?.id ?? null,
    publishedVersion: item.publishedVersion,
  };
}
