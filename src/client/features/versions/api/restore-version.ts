import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { writeItemToCaches } from '#client/lib/live/index.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { newTabId } from '../lib/tab-id.ts';
import { acquireLease } from './acquire-lease.ts';
import { releaseLease } from './release-lease.ts';

export interface RestoreVersionInput {
  item: Item;
  number: number;
}

/**
 * POST /api/items/:id/versions/:n/restore: a new version equal to version n. Saving needs the lease, so this
 * takes one for the moment (409 `lease.held` says who is editing), restores with If-Match, and gives it back
 * whatever happened (a lease left behind would lapse within a minute anyway).
 */
export async function restoreVersion({ item, number }: RestoreVersionInput): Promise<Item> {
  const tabId = newTabId();
  await acquireLease(item.id, tabId);
  try {
    return await apiRequest<Item>(`/api/items/${item.id}/versions/${number}/restore`, {
      method: 'POST',
      ifMatch: item.version,
      headers: { 'x-edit-tab': tabId },
    });
  } finally {
    await releaseLease(item.id, tabId).catch(() => undefined);
  }
}

export function useRestoreVersion() {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  return useMutation({
    mutationFn: restoreVersion,
    onSuccess: (saved) => {
      writeItemToCaches(queryClient, saved, user.id);
      void queryClient.invalidateQueries({ queryKey: queryKeys.versions(saved.id) });
    },
    onError: (_error, { item }) => {
      // Someone else saved or the state moved on: show the item as it is now.
      void queryClient.invalidateQueries({ queryKey: queryKeys.item(item.id) });
    },
  });
}
