/**
 * Queue filters live in the URL in exactly the API's query format (`?country=KZ&country=UZ&topic=energy`), so a
 * copied link reproduces the view and maps 1:1 to GET /api/items. The shared zod schema validates both ends.
 */
import type { LiveItem } from '#shared/schemas/events.ts';
import { ItemFiltersSchema, type Item, type ItemFilters } from '#shared/schemas/items.ts';

type RawSearch = Record<string, string | string[]>;

/** Router `parseSearch`: URLSearchParams into a record; a repeated key becomes an array. */
export function parseSearch(searchStr: string): RawSearch {
  const params = new URLSearchParams(searchStr.startsWith('?') ? searchStr.slice(1) : searchStr);
  const out: RawSearch = {};
  for (const [key, value] of params) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/** The inverse of parseSearch; arrays repeat the key, empty values are dropped. */
export function toSearchParams(search: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const entry of value) params.append(key, String(entry));
    else params.append(key, String(value));
  }
  return params;
}

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
  collapse: filters.collapse ?? true,
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

/**
 * Whether an item belongs in a list with these filters, judged in the browser for live updates. Returns
 * undefined when it cannot tell (a text search): the caller then asks the server again.
 */
const anyOf = (values: readonly string[] | undefined, have: readonly string[]) =>
  !values?.length || values.some((value) => have.includes(value));

export function matchesFilters(
  item: Item | LiveItem,
  filters: ItemFilters,
  viewerId: number | null,
): boolean | undefined {
  if (!anyOf(filters.country, item.countries)) return false;
  if (!anyOf(filters.region, item.regions)) return false;
  if (!anyOf(filters.topic, item.topics)) return false;
  if (!anyOf(filters.organisation, item.organisations)) return false;
  if (filters.status?.length && !filters.status.includes(item.status)) return false;
  if (filters.urgency?.length && !filters.urgency.includes(item.urgency)) return false;
  if (filters.source?.length && !filters.source.includes(item.source)) return false;
  if (
    filters.lastAction?.length &&
    (item.lastAction === null || !filters.lastAction.includes(item.lastAction))
  )
    return false;
  if (filters.assignee !== undefined) {
    const wanted = filters.assignee === 'me' ? viewerId : filters.assignee;
    if (item.assignee?.id !== wanted) return false;
  }
  if (filters.desk !== undefined && item.desk?.id !== filters.desk) return false;
  const received = Date.parse(item.receivedAt);
  if (filters.since && received < Date.parse(filters.since)) return false;
  if (filters.until && received > Date.parse(filters.until)) return false;
  // Collapsed, a cluster is shown by its newest member matching the other filters; which row that is (and
  // which row it replaces) only the server can say.
  if (filters.collapse && item.clusterId !== null) return undefined;
  if (filters.q?.trim()) return undefined;
  return true;
}

/** Newest first, as the server orders the queue: by id, which is arrival order. */
export function compareNewestFirst(a: Item, b: Item): number {
  return b.id - a.id;
}
