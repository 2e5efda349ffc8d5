/**
 * Every query key in one place, so the live stream (lib/live/) can patch or invalidate exactly what a
 * change touches. Features build their queryOptions on these.
 */
import type { ItemFilters } from '#shared/schemas/items.ts';

export const queryKeys = {
  session: ['session'] as const,
  desks: ['desks'] as const,
  items: ['items'] as const,
  itemLists: ['items', 'list'] as const,
  itemList: (filters: ItemFilters) => ['items', 'list', filters] as const,
  facetsAll: ['items', 'facets'] as const,
  facets: (filters: ItemFilters) => ['items', 'facets', filters] as const,
  item: (id: number) => ['items', 'detail', id] as const,
  history: (id: number) => ['items', 'history', id] as const,
  comments: (id: number) => ['items', 'comments', id] as const,
  clusterAll: ['items', 'cluster'] as const,
  cluster: (id: number) => ['items', 'cluster', id] as const,
  notifications: ['notifications'] as const,
  views: ['views'] as const,
  assignees: (desk: number | null) => ['assignees', desk] as const,
} as const;
