import { queryOptions } from '@tanstack/react-query';
import type { Draft } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id/draft: the signed-in user's autosaved drafts of the story, one per tab, newest first. */
export async function getDrafts(id: number, signal?: AbortSignal): Promise<Draft[]> {
  return (await apiRequest<{ drafts: Draft[] }>(`/api/items/${id}/draft`, { signal })).drafts;
}

/** Read once as the editor opens (what it offers back); never kept fresh behind the editor's back. */
export function getDraftsQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.draft(id),
    queryFn: ({ signal }) => getDrafts(id, signal),
    staleTime: 0,
    gcTime: 0,
  });
}
