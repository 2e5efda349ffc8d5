import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/harness.ts';
import { SseClient } from '../../../test-support/sse-client.ts';
import { until } from '../../../test-support/wait.ts';
import type { EventBus } from './bus.ts';
import { SseConnection } from './stream.ts';
import { DEFAULT_STREAM_SETTINGS } from './routes.ts';
import { ReplayTurns, StreamLimits } from './stream-limits.ts';

describe('how many live streams a session and a user may hold', () => {
  it('counts by session and by user, says no past either, and frees a place once each', () => {
    const limits = new StreamLimits(2, 3);
    const first = limits.open('session-a', 7)!;
    expect(limits.open('session-a', 7)).not.toBeNull();
    expect(limits.open('session-a', 7)).toBeNull();
    expect(limits.open('session-b', 7)).not.toBeNull();
    expect(limits.open('session-c', 7)).toBeNull();
    // Another user is counted on their own.
    expect(limits.open('session-d', 8)).not.toBeNull();
    first();
    first();
    expect(limits.open('session-a', 7)).not.toBeNull();
    expect(limits.open('session-c', 7)).toBeNull();
  });
});

describe('a stream whose client left before it opened', () => {
  it('ends at once and frees its place (its close came before anyone listened)', () => {
    let closes = 0;
    let ended = false;
    // A response whose socket is gone: writes go nowhere and no 'close' will come again.
    const raw = {
      destroyed: true,
      writableLength: 0,
      writableEnded: false,
      writeHead: () => raw,
      write: () => false,
      on: () => raw,
      once: () => raw,
      end: () => {
        ended = true;
      },
    };
    let subscribed = 0;
    const bus = {
      latest: 0,
      subscribe: () => {
        subscribed++;
        return () => subscribed--;
      },
    };
    SseConnection.open(
      raw as unknown as ServerResponse,
      0,
      bus as unknown as EventBus,
      { warn: () => {} } as unknown as FastifyBaseLogger,
      {
        ...DEFAULT_STREAM_SETTINGS,
        access: { userId: 1, roles: ['editor'], expiresAt: Number.MAX_SAFE_INTEGER },
        checkAccess: async () => null,
        onClose: () => closes++,
      },
    );
    expect(closes).toBe(1);
    expect(subscribed).toBe(0);
    expect(ended).toBe(true);
  });
});

describe('replay batches taking turns', () => {
  it('runs one batch at a time, in the order asked, and lets other work in between two', async () => {
    const turns = new ReplayTurns();
    const log: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const first = turns.take(async () => {
      log.push('first starts');
      started();
      await held;
      log.push('first ends');
    });
    const second = turns.take(async () => log.push('second'));
    const third = turns.take(async () => log.push('third'));
    await firstStarted;
    expect(log).toEqual(['first starts']);
    // Work that is waiting as the first batch ends (a request, a socket) goes before the next batch: the turn
    // is handed on in a task of its own, not at once.
    release();
    const between = new Promise<void>((resolve) =>
      setImmediate(() => {
        log.push('other work');
        resolve();
      }),
    );
    await Promise.all([first, second, third, between]);
    expect(log).toEqual(['first starts', 'first ends', 'other work', 'second', 'third']);
  });

  it("begins even one stream's batches in tasks of their own", async () => {
    const turns = new ReplayTurns();
    const log: string[] = [];
    const replay = (async () => {
      for (const batch of ['batch 1', 'batch 2']) await turns.take(async () => log.push(batch));
    })();
    // Queued after the first batch was asked for: served before the second, though nothing else waits.
    setImmediate(() => log.push('other work'));
    await replay;
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['batch 1', 'other work', 'batch 2']);
  });

  it('goes on after a batch that failed', async () => {
    const turns = new ReplayTurns();
    await expect(turns.take(() => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    await expect(turns.take(async () => 'next')).resolves.toBe('next');
  });
});

describeEachDatabase(
  'live streams per session and per user',
  (env) => {
    let base: string;
    const open: SseClient[] = [];
    beforeAll(async () => {
      await env().app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = env().app.server.address() as { port: number };
      base = `http://127.0.0.1:${port}`;
    });
    afterAll(() => {
      for (const client of open) client.close();
    });

    const connect = async (cookie: string) => {
      const client = await SseClient.connect(`${base}/api/events/stream`, { cookie });
      open.push(client);
      return client;
    };
    /** The first event a new stream of this browser hears: `hello` when it has a place, `limit` when not. */
    const firstEvent = async (cookie: string) => {
      const client = await SseClient.connect(`${base}/api/events/stream`, { cookie });
      await client.waitFor((frames) => frames.length > 0);
      const [first] = client.all();
      client.close();
      return first!.event;
    };

    it('a session past its streams, or a user past theirs, is told so and not followed; a closed stream frees its place', async () => {
      const browser = await env().signIn('stream-limits-editor', ['editor']);
      const laptop = await env().signIn('stream-limits-editor', ['editor']);
      const tab = await connect(browser.cookie);
      await connect(browser.cookie);
      // Past the session's streams: told so as a stream event (EventSource reads no refusal's body).
      expect(await firstEvent(browser.cookie)).toBe('limit');
      // The user's other browser has a place of its own, up to the user's three.
      await connect(laptop.cookie);
      expect(await firstEvent(laptop.cookie)).toBe('limit');
      // A tab closed: its place is free again.
      tab.close();
      await until(
        async () => (await firstEvent(browser.cookie)) === 'hello',
        'the closed stream to free its place',
      );
    });
  },
  { stream: { streamsPerSession: 2, streamsPerUser: 3, heartbeatMs: 3_600_000 } },
);
