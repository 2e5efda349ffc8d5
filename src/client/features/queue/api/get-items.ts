import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ItemFilters } from '#shared/schemas/items.ts';
import { getItemListQueryOptions } from '#client/lib/item-lists.ts';

export {
  getItemsPage as getItems,
  getItemListQueryOptions as getItemsQueryOptions,
} from '#client/lib/item-lists.ts';

/** The queue for these filters, page by page; the previous view stays on screen while a new one loads. */
export function useItems(filters: ItemFilters) {
  return useInfiniteQuery({ ...getItemListQueryOptions(filters), placeholderData: keepPreviousData });
}
