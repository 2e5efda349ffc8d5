/**
 * A minimal Server-Sent Events reader for live-stream tests, over node:http on a socket of its own, so that
 * close() hangs up at once (an aborted fetch can leave its socket open for seconds, and the server's
 * subscription with it).
 */
import http from 'node:http';

export interface SseFrame {
  event: string;
  id: number | null;
  data: string;
}

export class SseClient {
  private readonly frames: SseFrame[] = [];
  private readonly waiters: Array<() => void> = [];
  closed = false;

  private constructor(private readonly request: http.ClientRequest) {
    // A hang-up by either side ends the pump below; it is not an error of the test.
    request.on('error', () => {});
  }

  static async connect(url: string, headers: Record<string, string>): Promise<SseClient> {
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false });
    const client = new SseClient(request);
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      request.once('response', resolve);
      request.once('error', reject);
    });
    if (response.statusCode !== 200) {
      request.destroy();
      throw new Error(`stream answered ${response.statusCode}`);
    }
    void client.pump(response);
    return client;
  }

  private async pump(body: http.IncomingMessage): Promise<void> {
    try {
      for await (const frame of sseFrames(body)) {
        this.frames.push(frame);
        this.waiters.splice(0).forEach((wake) => wake());
      }
    } catch {
      // hung up
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

  /** Waits until `predicate` holds over the frames; `timeoutMs` only bounds a hang. */
  async waitFor(predicate: (frames: SseFrame[]) => boolean, timeoutMs = 60_000): Promise<void> {
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
    this.request.destroy();
  }
}

/**
 * The frames of a Server-Sent Events body as they complete. Blocks without an event, id or data field (a
 * `retry:` line, a comment) are passed over. Shared with the attack suite's timed reader (bench/attacks).
 */
export async function* sseFrames(body: AsyncIterable<Buffer>): AsyncGenerator<SseFrame> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const frame: SseFrame = { event: 'message', id: null, data: '' };
      const data: string[] = [];
      let fields = 0;
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) frame.event = line.slice(7);
        else if (line.startsWith('id: ')) frame.id = Number(line.slice(4));
        else if (line.startsWith('data: ')) data.push(line.slice(6));
        else continue;
        fields++;
      }
      if (fields === 0) continue;
      frame.data = data.join('\n');
      yield frame;
    }
  }
}
