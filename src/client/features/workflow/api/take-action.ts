import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionRequest, Item, ItemCard } from '#shared/schemas/items.ts';
import type { UserRef } from '#shared/schemas/users.ts';
import { WORKFLOW, type WorkflowAction } from '#shared/workflow.ts';
import { ApiError, apiRequest } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { restoreSnapshot, snapshotItems, useLiveSync, writeItemToCaches } from '#client/lib/live/index.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { pushToast } from '#client/stores/toast-store.ts';

export interface TakeActionInput {
  item: ItemCard;
  action: WorkflowAction;
  request?: ActionRequest;
  /** For an optimistic assignment: who the item goes to. */
  assignee?: UserRef;
  /**
   * Asked instead of a toast when the user has unsaved text of the story in a draft (409
   * `workflow.unsaved_draft`, for submit, approve, publish): when the draft was last kept.
   */
  onUnsavedDraft?: (draftSavedAt: string) => void;
}

/** When the user's draft was kept, if the refusal is that they have one (and the caller asks about it). */
function unsavedDraftOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'workflow.unsaved_draft') return null;
  const savedAt = (error.details as { draftSavedAt?: unknown } | undefined)?.draftSavedAt;
  return typeof savedAt === 'string' ? savedAt : null;
}

/** POST /api/items/:id/actions/:action with If-Match: the item's new state. */
export async function takeAction({ item, action, request }: TakeActionInput): Promise<Item> {
  return apiRequest<Item>(`/api/items/${item.id}/actions/${action}`, {
    method: 'POST',
    body: request ?? {},
    ifMatch: item.version,
  });
}

/** The item as it will be if the server agrees. */
export function optimisticItem<T extends ItemCard>(item: T, action: WorkflowAction, assignee?: UserRef): T {
  return {
    ...item,
    status: WORKFLOW[action].to,
    lastAction: action,
    // A correction sends the story back to an editor, chosen as in an assignment.
    assignee: (action === 'assign' || action === 'correct') && assignee ? assignee : item.assignee,
    updatedAt: new Date().toISOString(),
  };
}

/**
 * Takes a workflow action optimistically: the row and pane move at once; a refusal (403 role, 409 state,
 * 412 someone else was first, 422 missing comment) puts everything back and says why.
 */
export function useTakeAction() {
  const queryClient = useQueryClient();
  const liveSync = useLiveSync();
  const user = useCurrentUser();
  return useMutation({
    mutationFn: takeAction,
    onMutate: async ({ item, action, assignee }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.item(item.id) });
      const snapshot = snapshotItems(queryClient, liveSync, [item.id]);
      writeItemToCaches(queryClient, optimisticItem(item, action, assignee), user.id, { force: true });
      return { snapshot };
    },
    onError: (error, { item, onUnsavedDraft }, context) => {
      if (context) restoreSnapshot(queryClient, liveSync, context.snapshot);
      const draftSavedAt = onUnsavedDraft ? unsavedDraftOf(error) : null;
      if (draftSavedAt) {
        onUnsavedDraft?.(draftSavedAt);
        return;
      }
      pushToast({ kind: 'error', message: errorMessage(error) });
      if (error instanceof ApiError && [403, 409, 412].includes(error.status)) {
        // The item moved on under us: show what it is now.
        void queryClient.invalidateQueries({ queryKey: queryKeys.item(item.id) });
      }
    },
    onSuccess: (saved) => writeItemToCaches(queryClient, saved, user.id),
  });
}
