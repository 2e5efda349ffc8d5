/**
 * Waiting in tests on what happened, never on how long it took. `until` re-checks a condition over state;
 * `eventsSeen` resolves when the live bus has delivered the events a test is waiting for. Their bounds only
 * turn a hang into a failure with a message: no test passes or fails because of a machine's speed.
 */
import type { LiveMessage } from '#shared/schemas/events.ts';
import type { AppContext } from '../server/context.ts';

/**
 * The bound of the few tests that do many seconds of CPU work (a 20,000-item feed polled twice, the demo seed,
 * a differential run over 12,000 inputs, a server process from start to shutdown): 20–30 s alone on two cores,
 * several times that on a loaded machine. Like every bound here it only turns a hang into a failure.
 */
export const HEAVY_TEST_TIMEOUT_MS = 300_000;

/** Resolves once `condition` holds; rejects naming `what` if it still does not after `boundMs`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  boundMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Resolves with the first `count` live messages that match, in order, as the bus hands them out after
 * commits. Subscribe before causing the events: earlier ones are not replayed.
 */
export function eventsSeen(
  ctx: Pick<AppContext, 'bus'>,
  count: number,
  matches: (message: LiveMessage) => boolean = () => true,
): Promise<LiveMessage[]> {
  return new Promise((resolve) => {
    const seen: LiveMessage[] = [];
    const unsubscribe = ctx.bus.subscribe({
      deliver(messages) {
        for (const { data } of messages) {
          const message = JSON.parse(data) as LiveMessage;
          if (seen.length < count && matches(message)) seen.push(message);
        }
        if (seen.length >= count) {
          unsubscribe();
          resolve(seen);
        }
      },
      close() {},
    });
  });
}
