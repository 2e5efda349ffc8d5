import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import type { Notification } from '#shared/schemas/views.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/notifications: the user's recent notifications, newest first. Live ones are prepended. */
export async function getNotifications(signal?: AbortSignal): Promise<{ notifications: Notification[] }> {
  return apiRequest('/api/notifications', { signal, query: new URLSearchParams({ limit: '30' }) });
}

export function getNotificationsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.notifications,
    queryFn: ({ signal }) => getNotifications(signal),
    staleTime: Infinity,
  });
}

export function useNotifications() {
  return useQuery(getNotificationsQueryOptions());
}

/**
 * The item a notification is about, for its headline. Shares the item's cache entry, so an item already
 * loaded (or patched live) costs nothing.
 */
export function useNotificationItem(itemId: number | null, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.item(itemId ?? 0),
    queryFn: ({ signal }) => apiRequest<Item>(`/api/items/${itemId}`, { signal }),
    enabled: enabled && itemId !== null,
    staleTime: 5 * 60_000,
  });
}
