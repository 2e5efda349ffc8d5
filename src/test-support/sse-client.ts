/** A minimal Server-Sent Events reader over fetch, for live-stream tests. */
export interface SseFrame {
  event: string;
  id: number | null;
  data: string;
}

export class SseClient {
  private readonly frames: SseFrame[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly controller = new AbortController();
  closed = false;

  private constructor() {}

  static async connect(url: string, headers: Record<string, string>): Promise<SseClient> {
    const client = new SseClient();
    const response = await fetch(url, {
      headers: { accept: 'text/event-stream', ...headers },
      signal: client.controller.signal,
    });
    if (response.status !== 200 || !response.body) throw new Error(`stream answered ${response.status}`);
    void client.pump(response.body);
    return client;
  }

  private async pump(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const frame: SseFrame = { event: 'message', id: null, data: '' };
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) frame.event = line.slice(7);
            else if (line.startsWith('id: ')) frame.id = Number(line.slice(4));
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length === 0 && frame.id === null && frame.event === 'message') continue;
          frame.data = data.join('\n');
          this.frames.push(frame);
          this.waiters.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted
    } finally {
      this.closed = true;
      this.waiters.splice(0).forEach((wake) => wake());
    }
  }

  /** Message frames (events) received so far. */
  get messages(): SseFrame[] {
    return this.frames.filter((frame) => frame.event === 'message');
  }

  all(): SseFrame[] {
    return [...this.frames];
  }

  /** Waits until `predicate` holds over the frames, or fails after `timeoutMs`. */
  async waitFor(predicate: (frames: SseFrame[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.frames)) {
      if (this.closed) throw new Error('stream closed while waiting');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; got ${this.frames.length} frames`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.controller.abort();
  }
}
