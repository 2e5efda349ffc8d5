/**
 * Queue filters live in the URL in exactly the API's query format (`?country=KZ&country=UZ&topic=energy`), so a
 * copied link reproduces the view and maps 1:1 to GET /api/items. The shared zod schema validates both ends.
 */
import { toSearchParams } from '#shared/query-string.ts';
import { DEFAULT_QUEUE_VIEW } from '#shared/queue-page.ts';
import { ItemFiltersSchema, type ItemFilters } from '#shared/schemas/items.ts';

/** Router `stringifySearch`. */
export function stringifySearch(search: Record<string, unknown>): string {
  const query = toSearchParams(search).toString();
  return query ? `?${query}` : '';
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

/** Clears every filter but the grouping choice. */
export function clearedFilters(filters: ItemFilters): ItemFilters {
  return { collapse: filters.collapse ?? true };
}

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
