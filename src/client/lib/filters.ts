/**
 * Queue filters live in the URL in exactly the API's query format (`?country=KZ&country=UZ&topic=energy`), so a
 * copied link reproduces the view and maps 1:1 to GET /api/items. The shared zod schema validates both ends.
 */
import { toSearchParams } from '#shared/query-string.ts';
import { normalizeFilters } from '#shared/queue-page.ts';
import type { ItemFilters } from '#shared/schemas/items.ts';

/** Router `stringifySearch`. */
export function stringifySearch(search: Record<string, unknown>): string {
  const query = toSearchParams(search).toString();
  return query ? `?${query}` : '';
}

/** Clears every filter but the grouping choice. */
export function clearedFilters(filters: ItemFilters): ItemFilters {
  return { collapse: filters.collapse ?? true };
}

export function hasAnyFilter(filters: ItemFilters): boolean {
  return Object.keys(normalizeFilters(filters)).some((key) => key !== 'collapse');
}

/** Toggles one value of a repeatable filter. */
export function toggleValue<
  K extends 'status' | 'country' | 'region' | 'topic' | 'organisation' | 'urgency' | 'source',
>(filters: ItemFilters, key: K, value: NonNullable<ItemFilters[K]>[number]): ItemFilters {
  const current = (filters[key] ?? []) as Array<typeof value>;
  const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value];
  return normalizeFilters({ ...filters, [key]: next.length ? next : undefined });
}
