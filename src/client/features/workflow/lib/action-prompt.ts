/** What the action bar asks for before it takes an action: the workflow table's requirement, and one more. */
import type { Item } from '#shared/schemas/items.ts';
import { WORKFLOW, type WorkflowAction } from '#shared/workflow.ts';

/**
 * - `assignee`: assign, and correct (a published story goes back to an editor, chosen like an assignment);
 * - `comment`: return; `reason`: kill (required, the dialog waits for them);
 * - `correctionNote`: publishing a story that was published before is an update of it: readers may be told
 *   what was corrected (optional);
 * - null: taken at once.
 */
export type ActionPrompt = 'assignee' | 'comment' | 'reason' | 'correctionNote';

export function promptFor(action: WorkflowAction, item: Pick<Item, 'publishedVersion'>): ActionPrompt | null {
  if (action === 'publish') return item.publishedVersion !== null ? 'correctionNote' : null;
  return WORKFLOW[action].requires ?? null;
}
