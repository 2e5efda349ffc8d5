/**
 * The queue's list requests, in one place for the client, which asks for them page by page, and the server,
 * which tells a signed-in browser opening `/` to preload the first page (app.ts).
 */
import { toSearchParams } from './query-string.ts';
import type { ItemFilters } from './schemas/items.ts';

export const QUEUE_PAGE_SIZE = 50;

/** The view the queue shows when the URL names none: grouped by story (the API's own default is every item). */
export const DEFAULT_QUEUE_VIEW = { collapse: true } as const satisfies ItemFilters;

/** GET /api/items's query for one page of a view: newest first, from `cursor` (null: the first page). */
export function listPageQuery(
  filters: ItemFilters,
  cursor: string | null,
  limit: number = QUEUE_PAGE_SIZE,
): URLSearchParams {
  return toSearchParams({ ...filters, sort: 'newest', limit, cursor: cursor ?? undefined });
}
