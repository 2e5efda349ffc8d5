/**
 * Near-duplicate grouping: items from different suppliers about the same story share a cluster, whose id is
 * the id of its first item. This first pass groups on the exact normalised headline within a time window.
 */
import type { Tx } from '../../db/index.ts';
import type { ItemRow } from '../../db/schema.ts';

export const CLUSTER_WINDOW_MS = 72 * 3_600_000;

/** Puts freshly inserted items into the cluster of an earlier item with the same headline key, if any. */
export async function assignClusters(trx: Tx, inserted: ItemRow[]): Promise<void> {
  const keys = [...new Set(inserted.map((row) => row.title_key).filter((key) => key.length > 0))];
  if (keys.length === 0) return;
  const newest = Math.max(...inserted.map((row) => row.received_at));
  const candidates = await trx
    .selectFrom('items')
    .select(['id', 'cluster_id', 'title_key'])
    .where('title_key', 'in', keys)
    .where('received_at', '>=', newest - CLUSTER_WINDOW_MS)
    .orderBy('id')
    .execute();
  const firstByKey = new Map<string, { id: number; cluster_id: number | null }>();
  for (const candidate of candidates)
    if (!firstByKey.has(candidate.title_key)) firstByKey.set(candidate.title_key, candidate);
  for (const row of inserted) {
    const first = firstByKey.get(row.title_key);
    if (!first || first.id === row.id) continue;
    const clusterId = first.cluster_id ?? first.id;
    if (first.cluster_id === null) {
      await trx.updateTable('items').set({ cluster_id: clusterId }).where('id', '=', first.id).execute();
      first.cluster_id = clusterId;
    }
    await trx.updateTable('items').set({ cluster_id: clusterId }).where('id', '=', row.id).execute();
    row.cluster_id = clusterId;
  }
}
