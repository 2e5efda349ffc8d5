import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicationPreview } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/**
 * GET /api/items/:id/publication-preview: exactly what publishing now would send out (ninjs), the version it is
 * made from, and the version last published (null the first time). Asked again on every change of the item.
 */
export async function getPublicationPreview(id: number, signal?: AbortSignal): Promise<PublicationPreview> {
  return apiRequest(`/api/items/${id}/publication-preview`, { signal });
}

export function getPublicationPreviewQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.publicationPreview(id),
    queryFn: ({ signal }) => getPublicationPreview(id, signal),
    staleTime: 60_000,
  });
}

export function usePublicationPreview(id: number) {
  return useQuery(getPublicationPreviewQueryOptions(id));
}
