import type { Item } from '#shared/schemas/items.ts';
import type { Executor } from '../../db/index.ts';
import { hydrateItems } from '../items/serialize.ts';

/** Published (not killed) items, most recently published first. */
export async function listPublished(db: Executor, limit: number): Promise<Item[]> {
  const rows = await db
    .selectFrom('items')
    .selectAll()
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return hydrateItems(db, rows);
}
