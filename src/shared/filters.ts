/**
 * What a queue filter selects, judged on one item. The server selects with SQL (src/server/modules/items/
 * repository.ts); the browser uses this to place live updates in the lists it holds. A parity test runs the same
 * filters through both on the same items (src/server/modules/items/filter-parity.test.ts).
 */
import type { Item, ItemCard, ItemFilters } from './schemas/items.ts';

const anyOf = (values: readonly string[] | undefined, have: readonly string[]) =>
  !values?.length || values.some((value) => have.includes(value));

/**
 * Whether an item belongs in a list with these filters. Undefined when only the server can tell: a text search,
 * or a grouped list where a cluster is shown by its newest matching member.
 */
export function matchesFilters(
  /** A card carries every field a filter judges; a live item and a whole item are cards and more. */
  item: ItemCard,
  filters: ItemFilters,
  viewerId: number | null,
  /** The time `olderThan` counts back from (epoch ms). */
  now: number = Date.now(),
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
    const wanted =
      filters.assignee === 'me' ? (viewerId ?? -1) : filters.assignee === 'none' ? null : filters.assignee;
    if ((item.assignee?.id ?? null) !== wanted) return false;
  }
  if (filters.desk !== undefined && (item.desk?.id ?? 'none') !== filters.desk) return false;
  const received = Date.parse(item.receivedAt);
  if (filters.since && received < Date.parse(filters.since)) return false;
  if (filters.until && received > Date.parse(filters.until)) return false;
  if (filters.olderThan !== undefined && received > olderThanCutoff(filters.olderThan, now)) return false;
  const published = item.publishedAt === null ? null : Date.parse(item.publishedAt);
  if (filters.publishedSince && (published === null || published < Date.parse(filters.publishedSince)))
    return false;
  if (filters.publishedUntil && (published === null || published > Date.parse(filters.publishedUntil)))
    return false;
  if (
    filters.inStateOver !== undefined &&
    Date.parse(item.stateSince) > olderThanCutoff(filters.inStateOver, now)
  )
    return false;
  // Collapsed, a cluster is shown by its newest member matching the other filters; which row that is (and
  // which row it replaces) only the server can say.
  if (filters.collapse && item.clusterId !== null) return undefined;
  if (filters.q?.trim()) return undefined;
  return true;
}

/**
 * The latest time (epoch ms) an item may have arrived, or entered its state, to pass `olderThan` or
 * `inStateOver`: the server applies the same rule.
 */
export function olderThanCutoff(minutes: number, now: number): number {
  return now - minutes * 60_000;
}

/** Newest first, as the server orders the queue: by id, which is arrival order. */
export function compareNewestFirst(a: Pick<Item, 'id'>, b: Pick<Item, 'id'>): number {
  return b.id - a.id;
}
