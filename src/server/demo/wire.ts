/** The simulated wire (DEMO_WIRE=1): a new, realistic item every few seconds so the queue visibly moves. */
import type { AppContext } from '../context.ts';
import { storeWireItems } from '../modules/items/store-wire-items.ts';
import { demoStory } from './content.ts';

/** Starts the wire; returns the function that stops it. */
export function startDemoWire(ctx: AppContext, intervalMs: number): () => void {
  const runId = Date.now().toString(36);
  // Start past the seeded stories so the wire tells new ones.
  let n = 1000 + Math.floor(Math.random() * 100_000);
  const timer = setInterval(() => {
    const { source, item } = demoStory(n++, `wire-${runId}`);
    storeWireItems(ctx, { kind: 'system', id: null, name: source }, [{ ...item, publishedAt: Date.now() }], {
      source,
    }).catch((error: unknown) => ctx.log.warn({ err: error }, 'demo wire: storing an item failed'));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
