import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Notification } from '#shared/schemas/views.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/**
 * GET /api/notifications: the user's recent notifications, newest first, each with its item's headline and
 * status (or null when the item is gone). Live ones are prepended, and live item changes update the item.
 */
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
