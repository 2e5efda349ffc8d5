import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { getItemListQueryOptions, useLiveSync } from '#client/lib/live/index.ts';

export {
  getItemsPage as getItems,
  getItemListQueryOptions as getItemsQueryOptions,
} from '#client/lib/live/index.ts';

/** The queue for these filters, page by page; the previous view stays on screen while a new one loads. */
export function useItems(filters: ItemFilters) {
  const liveSync = useLiveSync();
  return useInfiniteQuery({
    ...getItemListQueryOptions(filters, liveSync),
    placeholderData: keepPreviousData,
  });
}
