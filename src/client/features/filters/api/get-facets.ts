import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FacetsResponse, ItemFilters } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { toSearchParams } from '#client/lib/filters.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/items/facets: counts per dimension under the other filters (each ignores its own). */
export async function getFacets(filters: ItemFilters, signal?: AbortSignal): Promise<FacetsResponse> {
  return apiRequest<FacetsResponse>('/api/items/facets', { query: toSearchParams(filters), signal });
}

export function getFacetsQueryOptions(filters: ItemFilters) {
  return queryOptions({
    queryKey: queryKeys.facets(filters),
    queryFn: ({ signal }) => getFacets(filters, signal),
    staleTime: 60_000,
  });
}

/** Facet counts; the previous counts stay while new ones load, so the panel does not jump. */
export function useFacets(filters: ItemFilters) {
  return useQuery({ ...getFacetsQueryOptions(filters), placeholderData: keepPreviousData });
}
