/**
 * A live-stream client that remembers WHEN things happened: each frame's arrival time (how long an event took to
 * reach a client) and the moment the server ended the stream (how long a signed-out user kept receiving). Its own
 * socket (agent: false), so close() hangs up at once.
 */
import http from 'node:http';
import { sseFrames } from '../../../src/test-support/sse-client.ts';

export interface TimedFrame {
  event: string;
  id: number | null;
  data: string;
  /** Date.now() when the frame was complete. */
  at: number;
}

export class SseStream {
  readonly frames: TimedFrame[] = [];
  /** Date.now() when the server ended the stream (or the connection broke); null while it is open. */
  endedAt: number | null = null;
  /** Whether the server ended the response properly (EventSource then reconnects) rather than the socket breaking. */
  endedCleanly = false;
  private readonly waiters = new Set<() => void>();
  private constructor(private readonly outgoing: http.ClientRequest) {
    outgoing.on('error', () => {});
  }

  /** Opens the stream; rejects with the status when the server refuses it. */
  static async open(
    base: string,
    headers: Record<string, string>,
    { localAddress, query = '' }: { localAddress?: string; query?: string } = {},
  ): Promise<SseStream> {
    const outgoing = http.get(`${base}/api/events/stream${query}`, {
      headers: { accept: 'text/event-stream', ...headers },
      agent: false,
      ...(localAddress ? { localAddress } : {}),
    });
    const stream = new SseStream(outgoing);
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      outgoing.once('response', resolve);
      outgoing.once('error', reject);
    });
    if (response.statusCode !== 200) {
      outgoing.destroy();
      throw new Error(`stream answered ${response.statusCode}`);
    }
    void stream.pump(response);
    return stream;
  }

  private async pump(body: http.IncomingMessage): Promise<void> {
    try {
      for await (const frame of sseFrames(body)) {
        this.frames.push({ ...frame, at: Date.now() });
        this.wake();
      }
      this.endedCleanly = true;
    } catch {
      // the connection broke: an end like any other
    } finally {
      this.endedAt = Date.now();
      this.wake();
    }
  }

  private wake(): void {
    for (const wake of this.waiters) wake();
  }

  /** Message frames: `{event, item}` with the event's type. */
  messages(): Array<TimedFrame & { type: string; payload: unknown }> {
    return this.frames
      .filter((frame) => frame.event === 'message')
      .map((frame) => {
        const { event } = JSON.parse(frame.data) as { event: { type: string; payload: unknown } };
        return { ...frame, type: event.type, payload: event.payload };
      });
  }

  /**
   * Resolves once `condition` holds (re-checked at every frame and at the end of the stream), or with false after
   * `boundMs`: the bound only turns a hang into an answer.
   */
  async until(condition: () => boolean, boundMs: number): Promise<boolean> {
    const deadline = Date.now() + boundMs;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0 || this.endedAt !== null) return condition();
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
    return true;
  }

  /** Resolves with the time the stream ended, or null if it is still open after `boundMs`. */
  async ended(boundMs: number): Promise<number | null> {
    await this.until(() => this.endedAt !== null, boundMs);
    return this.endedAt;
  }

  close(): void {
    this.outgoing.destroy();
  }
}
