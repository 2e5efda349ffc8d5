import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SavedView } from '#shared/schemas/views.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/views: the user's saved queue views. */
export async function getViews(): Promise<{ views: SavedView[] }> {
  return apiRequest('/api/views');
}

export function getViewsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.views, queryFn: getViews, staleTime: 10 * 60_000 });
}

export function useViews() {
  return useQuery(getViewsQueryOptions());
}
