/**
 * A database across a network, for `bench/live.ts --db-latency`: a TCP proxy in front of PostgreSQL that holds
 * what a client sends for the given number of milliseconds before passing it on, in order, so that every round
 * trip takes about that much longer; answers pass straight back. On loopback a round trip costs about 0.1 ms,
 * which hides what one statement more or less costs where the database runs on another machine.
 */
import net from 'node:net';

export interface LatencyProxy {
  /** The same database URL, through the proxy. */
  through(databaseUrl: string): string;
  close(): Promise<void>;
}

/**
 * Node's timers fire in whole milliseconds, late rather than early. A statement often leaves the driver as
 * several writes a few microseconds apart: held one by one, each would wait a whole timer of its own. What falls
 * due within this margin of a timer goes with it.
 */
const SAME_TIMER_MS = 0.5;

export async function startLatencyProxy(databaseUrl: string, delayMs: number): Promise<LatencyProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      socket.setNoDelay(true);
      sockets.add(socket);
    }
    const held: Array<{ due: number; chunk: Buffer }> = [];
    let timer: NodeJS.Timeout | null = null;
    const release = () => {
      timer = null;
      const dueBy = performance.now() + SAME_TIMER_MS;
      while (held.length > 0 && held[0]!.due <= dueBy) upstream.write(held.shift()!.chunk);
      if (held.length > 0) timer = setTimeout(release, held[0]!.due - performance.now());
    };
    client.on('data', (chunk: Buffer) => {
      held.push({ due: performance.now() + delayMs, chunk });
      timer ??= setTimeout(release, delayMs);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      if (timer) clearTimeout(timer);
      for (const socket of [client, upstream]) {
        socket.destroy();
        sockets.delete(socket);
      }
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    through(original) {
      const url = new URL(original);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
