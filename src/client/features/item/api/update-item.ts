import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import type { StoryPatch as ItemPatch } from '#shared/schemas/stories.ts';
import { ApiError, apiRequest } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { restoreSnapshot, snapshotItems, useLiveSync, writeItemToCaches } from '#client/lib/live/index.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { pushToast } from '#client/stores/toast-store.ts';

export interface UpdateItemInput {
  /** The item as it is shown now (for the optimistic change). */
  item: Item;
  patch: ItemPatch;
  /** The version the user started from: sent as If-Match (default: item.version). */
  version?: number;
}

/** PATCH /api/items/:id with If-Match: the version the editor started from. */
export async function updateItem({ item, patch, version }: UpdateItemInput): Promise<Item> {
  return apiRequest<Item>(`/api/items/${item.id}`, {
    method: 'PATCH',
    body: patch,
    ifMatch: version ?? item.version,
  });
}

/**
 * Saves an edit optimistically; a refusal (412 someone else changed it, 409 not editable) rolls it back and
 * refetches the item. `toastErrors: false` when the caller shows the refusal itself (the text editor).
 */
export function useUpdateItem({ toastErrors = true }: { toastErrors?: boolean } = {}) {
  const queryClient = useQueryClient();
  const liveSync = useLiveSync();
  const user = useCurrentUser();
  return useMutation({
    mutationFn: updateItem,
    onMutate: async ({ item, patch }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.item(item.id) });
      const snapshot = snapshotItems(queryClient, liveSync, [item.id]);
      const optimistic: Item = { ...item, ...(patch as Partial<Item>) };
      writeItemToCaches(queryClient, optimistic, user.id, { force: true });
      return { snapshot };
    },
    onError: (error, { item }, context) => {
      if (context) restoreSnapshot(queryClient, liveSync, context.snapshot);
      if (toastErrors) pushToast({ kind: 'error', message: errorMessage(error) });
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.item(item.id) });
      }
    },
    onSuccess: (saved) => writeItemToCaches(queryClient, saved, user.id),
  });
}
