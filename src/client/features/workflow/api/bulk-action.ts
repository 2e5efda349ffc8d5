import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Item, ItemCard } from '#shared/schemas/items.ts';
import type { UserRef } from '#shared/schemas/users.ts';
import type { WorkflowAction } from '#shared/workflow.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { restoreSnapshot, snapshotItems, useLiveSync, writeItemToCaches } from '#client/lib/live/index.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { optimisticItem } from './take-action.ts';

export interface BulkResult {
  id: number;
  ok: boolean;
  item?: Item;
  error?: { code: string; message: string };
}

export interface BulkActionInput {
  items: ItemCard[];
  action: WorkflowAction;
  assignee?: UserRef;
}

/** POST /api/items/actions/:action: one action on many items; each succeeds or fails on its own. */
export async function bulkAction({
  items,
  action,
  assignee,
}: BulkActionInput): Promise<{ results: BulkResult[] }> {
  return apiRequest(`/api/items/actions/${action}`, {
    method: 'POST',
    body: { ids: items.map((item) => item.id), ...(assignee ? { assignee: assignee.id } : {}) },
  });
}

/** Bulk accept / spike / assign, optimistic per item; the ones the server refuses go back. */
export function useBulkAction() {
  const queryClient = useQueryClient();
  const liveSync = useLiveSync();
  const user = useCurrentUser();
  return useMutation({
    mutationFn: bulkAction,
    onMutate: async ({ items, action, assignee }) => {
      const snapshot = snapshotItems(
        queryClient,
        liveSync,
        items.map((item) => item.id),
      );
      for (const item of items)
        writeItemToCaches(queryClient, optimisticItem(item, action, assignee), user.id, { force: true });
      return { snapshot };
    },
    onError: (_error, _input, context) => {
      if (context) restoreSnapshot(queryClient, liveSync, context.snapshot);
    },
    onSuccess: ({ results }, { items }) => {
      const originals = new Map(items.map((item) => [item.id, item]));
      for (const result of results) {
        if (result.ok && result.item) {
          writeItemToCaches(queryClient, result.item, user.id);
          continue;
        }
        // Refused: put the row back as it was, then ask the server what it is now.
        const original = originals.get(result.id);
        if (original) writeItemToCaches(queryClient, original, user.id, { force: true });
        void queryClient.invalidateQueries({ queryKey: queryKeys.item(result.id) });
      }
    },
  });
}
