/**
 * The simulated wire (DEMO_WIRE=1): a new, realistic item every few seconds so the queue visibly moves, and now
 * and then a second agency reporting the story just sent, so near-duplicate grouping shows live too.
 */
import type { AppContext } from '../context.ts';
import { storeWireItems } from '../ingest/store-wire-items.ts';
import { demoStory, type DemoItem } from './content.ts';
import { DEMO_DESK } from './seed.ts';

const ECHO_AGENCIES = ['سبوتنيك', 'أوزا', 'ترند'];

/** Starts the wire; returns the function that stops it, which resolves once items being stored are in. */
export function startDemoWire(ctx: AppContext, intervalMs: number): () => Promise<void> {
  const runId = Date.now().toString(36);
  // Start past the seeded stories so the wire tells new ones.
  let n = 1000 + Math.floor(Math.random() * 100_000);
  let previous: DemoItem | null = null;
  const deskId = ctx.database.db
    .selectFrom('desks')
    .select('id')
    .where('name', '=', DEMO_DESK)
    .executeTakeFirst()
    .then((desk) => desk?.id ?? null);
  const send = async () => {
    const echo = previous && Math.random() < 0.25;
    const story: DemoItem = echo
      ? {
          source: ECHO_AGENCIES.find((agency) => agency !== previous!.source)!,
          item: { ...previous!.item, guid: `${previous!.item.guid}:echo` },
        }
      : demoStory(n++, `wire-${runId}`);
    previous = echo ? null : story;
    await storeWireItems(
      ctx,
      { kind: 'system', id: null, name: story.source },
      [{ ...story.item, publishedAt: Date.now() }],
      { source: story.source, deskId: await deskId },
    );
  };
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const sending = send()
      .catch((error: unknown) => ctx.log.warn({ err: error }, 'demo wire: storing an item failed'))
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    // Shutdown closes the database next: let a story being stored finish first.
    await Promise.all(inFlight);
  };
}
