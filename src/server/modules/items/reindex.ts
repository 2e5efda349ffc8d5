/**
 * Rebuilds what is derived from an item's text after the language layer changes: the search text and
 * headline key always; with `retag`, the automatic tags too (kinds an editor set are left alone, and an
 * item whose tags change gets a new version and an `item.retagged` event, like any other tag change).
 */
import type { TagKind } from '#shared/schemas/items.ts';
import { tagText } from '#shared/tagging/index.ts';
import { searchIndexText } from '#shared/text/index.ts';
import type { AppContext } from '../../context.ts';
import { SYSTEM_ACTOR } from '../events/actors.ts';
import { htmlToText } from '../../ingest/html-to-text.ts';
import { withEvents } from '../events/with-events.ts';
import { replaceItemTags, tagsOfRow } from './repository.ts';
import { titleKey } from '../../ingest/title-key.ts';
import { ITEM_ROW_COLUMNS } from '../../db/item-columns.ts';
import { isPostgres } from '../../db/is-postgres.ts';

const TAG_KINDS: readonly TagKind[] = ['countries', 'regions', 'organisations', 'topics'];
const BATCH = 500;

export interface ReindexResult {
  items: number;
  retagged: number;
}

/** Walks every item in id order, one transaction per batch. */
export async function reindexItems(ctx: AppContext, options: { retag: boolean }): Promise<ReindexResult> {
  let lastId = 0;
  const result: ReindexResult = { items: 0, retagged: 0 };
  for (;;) {
    const now = Date.now();
    let count = 0;
    await withEvents(
      ctx,
      SYSTEM_ACTOR,
      async (trx, emit) => {
        // Read inside the write transaction, and locked on PostgreSQL: an editor's save in between would
        // otherwise have its new headline's search text, its tags and its version number overwritten from the
        // row as it was before the save.
        const query = trx
          .selectFrom('items')
          .select(ITEM_ROW_COLUMNS)
          .where('id', '>', lastId)
          .orderBy('id')
          .limit(BATCH);
        const rows = await (isPostgres(trx) ? query.forUpdate() : query).execute();
        count = rows.length;
        if (count === 0) return;
        lastId = rows.at(-1)!.id;
        const retagged = [];
        for (const row of rows) {
          const bodyText = row.body ? htmlToText(row.body) : '';
          const changes: Record<string, string | number> = {
            search_headline: searchIndexText(row.headline),
            search_text: searchIndexText(row.headline, row.summary, bodyText),
            title_key: titleKey(row.headline),
          };
          if (options.retag) {
            const manual = new Set(JSON.parse(row.manual_tags) as TagKind[]);
            const tags = tagText({ headline: row.headline, summary: row.summary, body: bodyText });
            const before = tagsOfRow(row);
            const changedKinds = TAG_KINDS.filter(
              (kind) => !manual.has(kind) && JSON.stringify(tags[kind]) !== JSON.stringify(before[kind]),
            );
            if (changedKinds.length > 0) {
              for (const kind of changedKinds) changes[kind] = JSON.stringify(tags[kind]);
              changes.version = row.version + 1;
              changes.updated_at = now;
              emit({
                type: 'item.retagged',
                itemId: row.id,
                payload: Object.fromEntries(
                  changedKinds.map((kind) => [kind, { from: [...before[kind]], to: [...tags[kind]] }]),
                ),
              });
              retagged.push(row.id);
            }
          }
          await trx.updateTable('items').set(changes).where('id', '=', row.id).execute();
        }
        if (retagged.length > 0) {
          const updated = await trx
            .selectFrom('items')
            .select(ITEM_ROW_COLUMNS)
            .where('id', 'in', retagged)
            .execute();
          await replaceItemTags(
            trx,
            updated.map((row) => ({ itemId: row.id, tags: tagsOfRow(row) })),
          );
        }
        result.retagged += retagged.length;
      },
      now,
    );
    if (count === 0) break;
    result.items += count;
  }
  return result;
}
