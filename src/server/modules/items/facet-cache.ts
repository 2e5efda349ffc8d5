/**
 * Facet counts are the costly read of the queue (they touch every matching item), and every open screen asks
 * for them again after each live event. Answers are cached per filter set and per event sequence: a new event
 * moves the sequence on, so nothing stale is served, while all the screens showing the same filters between
 * two events share one computation.
 */
import type { FacetsResponse } from '#shared/schemas/items.ts';

const MAX_ENTRIES = 200;

export class FacetCache {
  private readonly entries = new Map<string, Promise<FacetsResponse>>();

  /** The cached answer for this key, or the computed one (concurrent callers share the computation). */
  get(key: string, compute: () => Promise<FacetsResponse>): Promise<FacetsResponse> {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place: the map's order is the eviction order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }
}
