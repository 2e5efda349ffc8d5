/**
 * The live benchmark's screens: one process holding many SSE connections, apart from the server it measures so
 * that reading thousands of streams does not run on the server's event loop. Driven over IPC by bench/live.ts:
 * `connect` opens connections, `collect` turns what arrived into delivery times against the send times it is
 * given, and counts lost and duplicated items per connection.
 *
 * Every item carries a mark (`"guid":"<prefix><n>"`) in its `item.ingested` message; receive times are read on
 * the monotonic clock (process.hrtime), which all processes on one machine share.
 */
import http from 'node:http';

export type ClientCommand =
  | { kind: 'connect'; url: string; headers: Array<Record<string, string>>; count: number }
  | { kind: 'collect'; prefix: string; sent: Array<[number, number]> }
  /** Drops what has arrived so far (a round is counted). */
  | { kind: 'forget' }
  | { kind: 'close' };

export type ClientReply =
  | { kind: 'connected'; open: number; failed: number }
  | {
      kind: 'collected';
      /** Delivery times: [tenths of a millisecond, how many], so that rounds can be merged exactly. */
      histogram: Array<[number, number]>;
      lost: number;
      duplicated: number;
      outOfOrder: number;
      dropped: number;
    }
  | { kind: 'forgotten' }
  | { kind: 'closed' };

const now = () => Number(process.hrtime.bigint()) / 1e6;
const INGESTED = '"type":"item.ingested"';
const GUID = '"guid":"';

class Screen {
  private buffer = '';
  private lastSeq = 0;
  /** Item numbers as they arrived, with their receive times. */
  seen: Array<[string, number]> = [];
  outOfOrder = 0;
  ended = false;
  private readonly request: http.ClientRequest;

  constructor(url: string, headers: Record<string, string>, onOpen: (ok: boolean) => void) {
    this.request = http.get(url, { headers: { accept: 'text/event-stream', ...headers }, agent: false });
    this.request.on('error', () => {
      this.ended = true;
      onOpen(false);
    });
    this.request.on('response', (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        this.ended = true;
        onOpen(false);
        return;
      }
      response.setEncoding('utf8');
      let opened = false;
      response.on('data', (chunk: string) => {
        const at = now();
        this.buffer += chunk;
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          if (!opened && block.includes('event: hello')) {
            opened = true;
            onOpen(true);
          }
          this.frame(block, at);
        }
      });
      response.on('close', () => (this.ended = true));
    });
  }

  /**
   * Reads a frame with a few string searches, not JSON.parse: the screens must cost as little as they can, so
   * that on a shared machine they take no more CPU from the server than they must (the same for both servers).
   */
  private frame(block: string, at: number): void {
    if (block.startsWith('event: ') || block.startsWith('retry: ')) return; // hello, ping, reset
    if (!block.startsWith('id: ')) return;
    const seq = Number(block.slice(4, block.indexOf('\n')));
    if (seq <= this.lastSeq) this.outOfOrder++;
    this.lastSeq = seq;
    if (!block.includes(INGESTED)) return;
    const start = block.indexOf(GUID);
    if (start < 0) return;
    this.seen.push([block.slice(start + GUID.length, block.indexOf('"', start + GUID.length)), at]);
  }

  close(): void {
    this.request.destroy();
  }
}

let screens: Screen[] = [];

function send(reply: ClientReply): void {
  process.send?.(reply);
}

function collect(prefix: string, sentList: Array<[number, number]>): ClientReply {
  const sent = new Map(sentList);
  const histogram = new Map<number, number>();
  let lost = 0;
  let duplicated = 0;
  let outOfOrder = 0;
  let dropped = 0;
  for (const screen of screens) {
    const received = new Set<number>();
    for (const [guid, at] of screen.seen) {
      if (!guid.startsWith(prefix)) continue;
      const n = Number(guid.slice(prefix.length));
      const sentAt = sent.get(n);
      if (sentAt === undefined) continue;
      if (received.has(n)) {
        duplicated++;
        continue;
      }
      received.add(n);
      const bucket = Math.round((at - sentAt) * 10);
      histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
    }
    lost += sent.size - received.size;
    outOfOrder += screen.outOfOrder;
    if (screen.ended) dropped++;
  }
  return {
    kind: 'collected',
    histogram: [...histogram],
    lost,
    duplicated,
    outOfOrder,
    dropped,
  };
}

process.on('message', (command: ClientCommand) => {
  if (command.kind === 'connect') {
    let pending = command.count;
    let open = 0;
    let failed = 0;
    const settle = (ok: boolean) => {
      if (ok) open++;
      else failed++;
      if (--pending === 0) send({ kind: 'connected', open, failed });
    };
    for (let i = 0; i < command.count; i++) {
      const headers = command.headers[i % command.headers.length]!;
      let settled = false;
      screens.push(
        new Screen(command.url, headers, (ok) => {
          if (settled) return;
          settled = true;
          settle(ok);
        }),
      );
    }
  } else if (command.kind === 'collect') {
    send(collect(command.prefix, command.sent));
  } else if (command.kind === 'forget') {
    for (const screen of screens) {
      screen.seen = [];
      screen.outOfOrder = 0;
    }
    send({ kind: 'forgotten' });
  } else {
    for (const screen of screens) screen.close();
    screens = [];
    send({ kind: 'closed' });
  }
});
