/**
 * The shape every item list keeps in the cache. It sits apart from item-cache.ts (which patches pages) and
 * sync.ts (which reads their stamps) so that neither has to import the other for it.
 */
import type { InfiniteData } from '@tanstack/react-query';
import type { ItemListResponse } from '#shared/schemas/items.ts';

/** One page of a list, stamped with the live sequence its rows are current to (see sync.ts). */
export type ListPage = ItemListResponse & { liveSeq?: number };
export type ItemPages = InfiniteData<ListPage, string | null>;
