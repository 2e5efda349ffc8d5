import { queryOptions } from '@tanstack/react-query';
import type { Draft } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/:id/draft: the signed-in user's autosaved draft of the story, or null. */
export async function getDraft(id: number, signal?: AbortSignal): Promise<Draft | null> {
  return (await apiRequest<{ draft: Draft | null }>(`/api/items/${id}/draft`, { signal })).draft;
}

/** Read once as the editor opens (what it offers back); never kept fresh behind the editor's back. */
export function getDraftQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.draft(id),
    queryFn: ({ signal }) => getDraft(id, signal),
    staleTime: 0,
    gcTime: 0,
  });
}
