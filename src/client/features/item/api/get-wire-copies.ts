import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** One copy of a wire item exactly as the agency sent it. */
export interface WireCopy {
  number: number;
  headline: string;
  summary: string;
  /** Sanitised HTML. */
  body: string;
  receivedAt: string;
  /** The urgency the copy gives its report (1 flash, 2 urgent, 3 normal); null for copies kept before 5 December. */
  urgency: number | null;
}

/** GET /api/items/:id/wire-copies: every copy the agency sent, newest first. */
export async function getWireCopies(id: number, signal?: AbortSignal): Promise<{ copies: WireCopy[] }> {
  return apiRequest(`/api/items/${id}/wire-copies`, { signal });
}

export function getWireCopiesQueryOptions(id: number) {
  return queryOptions({
    queryKey: queryKeys.wireCopies(id),
    queryFn: ({ signal }) => getWireCopies(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function useWireCopies(id: number, enabled: boolean) {
  return useQuery({ ...getWireCopiesQueryOptions(id), enabled });
}
