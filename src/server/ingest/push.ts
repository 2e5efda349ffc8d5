/** Push ingest: one item sent to `POST /api/items` by a service token or an admin. */
import type { EventActor } from '#shared/schemas/events.ts';
import type { IngestItem, Item } from '#shared/schemas/items.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../http/errors.ts';
import { getItem } from '../modules/items/service.ts';
import { neutralizeBidiControls } from '#shared/text/direction.ts';
import type { Urgency } from '#shared/tagging/codes.ts';
import { asAgencyUrgency } from '#shared/tagging/urgency.ts';
import { sanitizedWireBody, textOfHtml } from './dom-thread.ts';
import { cleanTitle } from './normalize.ts';
import { storeWireItems, type StoreOutcome } from './store-wire-items.ts';
import type { WireItem } from './wire-item.ts';

/**
 * A pushed item in the WireItem shape: the title made plain text, the body sanitised (what needs a DOM for it,
 * on the DOM thread: dom-thread.ts).
 */
async function wireItemFromPush(input: IngestItem): Promise<WireItem> {
  return {
    guid: input.guid ?? null,
    url: input.url ?? null,
    // The same rules as feeds: bidi controls, invisible and control characters out of the headline (one of only
    // invisible characters is then empty and refused), bidi controls out of the summary.
    title: cleanTitle(await textOfHtml(input.headline)),
    summary: input.summary ? neutralizeBidiControls(await textOfHtml(input.summary)) : '',
    bodyHtml: input.body ? await sanitizedWireBody(input.body, null) : '',
    publishedAt: input.publishedAt ? Date.parse(input.publishedAt) : null,
    author: input.author ?? null,
    language: input.language ?? null,
    categories: input.categories ?? [],
    // Mirsad's scale (1–3), as the API says; a WireItem carries the agency's (IPTC 1–9).
    urgency: input.urgency ? asAgencyUrgency(input.urgency as Urgency) : null,
  };
}

/** Stores one pushed item; the same (source, guid) again is the same item. */
export async function ingestOne(
  ctx: AppContext,
  actor: EventActor,
  input: IngestItem,
): Promise<{ item: Item; outcome: StoreOutcome }> {
  const result = await storeWireItems(ctx, actor, [await wireItemFromPush(input)], { source: input.source });
  const stored = result.items[0];
  if (!stored) {
    throw new ApiError(422, 'ingest.rejected', result.rejections[0]?.reason ?? 'The item was rejected.');
  }
  return { item: await getItem(ctx, stored.id), outcome: stored.outcome };
}
