/**
 * What one signed-in user may ask of the live path. Streams are counted per session (one browser: its tabs) and
 * per user (their browsers), so that one account cannot take every socket the process may open (20,000 streams
 * from one session left nobody able to connect). Replays from the event table take turns, a batch at a time: a
 * replay reads and encodes its batch on the event loop, and fifty streams replaying 10,000 events at once held
 * every other request for seconds.
 */

/** Counts open streams by session and by user; `open` says no past either limit. */
export class StreamLimits {
  private readonly bySession = new Map<string, number>();
  private readonly byUser = new Map<number, number>();

  constructor(
    private readonly perSession: number,
    private readonly perUser: number,
  ) {}

  /** Counts a new stream of this session and user: its release, or null when either has as many as it may. */
  open(sessionId: string, userId: number): (() => void) | null {
    const session = this.bySession.get(sessionId) ?? 0;
    const user = this.byUser.get(userId) ?? 0;
    if (session >= this.perSession || user >= this.perUser) return null;
    this.bySession.set(sessionId, session + 1);
    this.byUser.set(userId, user + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      decrement(this.bySession, sessionId);
      decrement(this.byUser, userId);
    };
  }
}

function decrement<K>(counts: Map<K, number>, key: K): void {
  const left = (counts.get(key) ?? 1) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}

/**
 * One replay batch at a time, in the order asked, each begun in a task of its own (setImmediate): between two
 * batches, even two of one stream, the event loop serves the requests and sockets waiting meanwhile.
 */
export class ReplayTurns {
  private busy = false;
  private readonly waiting: Array<() => void> = [];

  /** Runs `batch` when its turn comes. */
  async take<T>(batch: () => Promise<T>): Promise<T> {
    await new Promise<void>((begin) => {
      this.waiting.push(begin);
      if (!this.busy) this.next();
    });
    try {
      return await batch();
    } finally {
      this.busy = false;
      if (this.waiting.length > 0) this.next();
    }
  }

  private next(): void {
    this.busy = true;
    const begin = this.waiting.shift()!;
    setImmediate(begin);
  }
}
