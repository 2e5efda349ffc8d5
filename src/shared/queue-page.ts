/**
 * The queue's views and list requests, in one place for the client, which reads the view from the URL and asks
 * for it page by page, and the server, which reads the same view from the same URL to preload its first page
 * (app.ts) and to render its first rows into the page (http/first-glance.ts).
 */
import { toSearchParams } from './query-string.ts';
import { ItemFiltersSchema, type ItemFilters } from './schemas/items.ts';

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

const FILTER_KEYS = Object.keys(ItemFiltersSchema.shape) as Array<keyof ItemFilters>;

/**
 * Validates URL search against ItemFiltersSchema. An invalid or unknown key is dropped on its own, so a
 * stale bookmark still opens with whatever of it is still valid. The queue groups near-duplicates unless the
 * URL says `collapse=false` (one row per story, as wire monitors show it); the API's own default is every item,
 * so the choice is always written out, and the URL stays the API's query for the view.
 */
export function validateFilters(raw: Record<string, unknown>): ItemFilters {
  const whole = ItemFiltersSchema.safeParse(raw);
  if (whole.success) return withGrouping(normalizeFilters(whole.data));
  const kept: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    if (raw[key] === undefined) continue;
    const one = ItemFiltersSchema.safeParse({ [key]: raw[key] });
    if (one.success) kept[key] = raw[key];
  }
  return withGrouping(normalizeFilters(ItemFiltersSchema.parse(kept)));
}

const withGrouping = (filters: ItemFilters): ItemFilters => ({
  ...filters,
  collapse: filters.collapse ?? DEFAULT_QUEUE_VIEW.collapse,
});

/**
 * Sorted, de-duplicated, no empty keys: equal views get equal cache keys and equal URLs. `collapse: false`
 * is kept: in the queue it is the user turning grouping off.
 */
export function normalizeFilters(filters: ItemFilters): ItemFilters {
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === '' || (value === false && key !== 'collapse')) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      out[key] = [...new Set(value as Array<string | number>)].sort((a, b) =>
        String(a).localeCompare(String(b)),
      );
    } else {
      out[key] = value;
    }
  }
  return out as ItemFilters;
}
