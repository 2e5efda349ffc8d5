/**
 * The live cache: the event stream (connection.ts) brings each change to React Query's cache (apply-message.ts)
 * in sequence (sync.ts), moving items in and out of every loaded list (item-cache.ts, item-lists.ts). This is
 * what the rest of the client may use of it. The transport (connection.ts) is not exported here: the shell
 * imports it on demand, so that it stays out of the initial bundle.
 */
export { useLiveSync, LiveSyncContext } from './context.ts';
export {
  findCachedItem,
  restoreSnapshot,
  snapshotItems,
  writeItemToCaches,
  type CacheSnapshot,
} from './item-cache.ts';
export { getItemListQueryOptions, getItemsPage, prefetchQueueAtBoot } from './item-lists.ts';
export type { ItemPages, ListPage } from './list-page.ts';
export { getCounted } from './counted.ts';
export { LiveSync, readLiveSeq, type Counted } from './sync.ts';
