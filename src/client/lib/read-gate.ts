/**
 * Holds requests behind one that matters more, for a bounded time: at start-up, the other reads wait for the
 * first page of the list on screen (see api-client.ts). The bound is there in case that request hangs.
 */
export class ReadGate {
  private held: Promise<void> | null = null;

  constructor(private readonly graceMs: number) {}

  /** Holds waiting requests until `request` settles (either way) or the grace time is over. */
  holdUntil(request: Promise<unknown>): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<void>((done) => (timer = setTimeout(done, this.graceMs)));
    const settled = request.then(
      () => undefined,
      () => undefined,
    );
    const released: Promise<void> = Promise.race([settled, grace]).then(() => {
      clearTimeout(timer);
      if (this.held === released) this.held = null;
    });
    this.held = released;
  }

  /** What a request must wait for before it leaves, or null when nothing is held. */
  current(): Promise<void> | null {
    return this.held;
  }
}
