/**
 * Waiting on a condition over state the suite cannot subscribe to (a feed host's connections, a row in the
 * database): re-checked every `everyMs`, answered true as soon as it holds, false once `boundMs` have passed. The
 * bound turns a hang into a `broke` row with a figure; it is never what a row is judged on.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  boundMs: number,
  everyMs = 50,
): Promise<boolean> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
