/** `reindex [--retag]`: rebuilds search text (and automatic tags) after the language layer changed. */
import { parseArgs } from 'node:util';
import { reindexItems } from '../modules/items/reindex.ts';
import type { Command } from './io.ts';
import { withContext } from './with-context.ts';

export const reindex: Command = async (args, io) => {
  const { values } = parseArgs({ args, options: { retag: { type: 'boolean', default: false } } });
  const result = await withContext(io, (ctx) => reindexItems(ctx, { retag: values.retag ?? false }));
  return `reindexed ${result.items} items${values.retag ? `; ${result.retagged} retagged` : ''}`;
};
