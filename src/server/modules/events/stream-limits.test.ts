import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/harness.ts';
import { SseClient } from '../../../test-support/sse-client.ts';
import { until } from '../../../test-support/wait.ts';
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
    const refused = (cookie: string) =>
      fetch(`${base}/api/events/stream`, { headers: { cookie, accept: 'text/event-stream' } });

    it('a session past its streams, or a user past theirs, is refused with 429; a closed stream frees its place', async () => {
      const browser = await env().signIn('stream-limits-editor', ['editor']);
      const laptop = await env().signIn('stream-limits-editor', ['editor']);
      const tab = await connect(browser.cookie);
      await connect(browser.cookie);
      const third = await refused(browser.cookie);
      expect(third.status).toBe(429);
      expect(((await third.json()) as { error: { code: string } }).error.code).toBe('stream.limit_reached');
      // The user's other browser has a place of its own, up to the user's three.
      await connect(laptop.cookie);
      expect((await refused(laptop.cookie)).status).toBe(429);
      // A tab closed: its place is free again.
      tab.close();
      await until(async () => {
        const again = await refused(browser.cookie);
        if (again.status === 200) {
          await again.body?.cancel();
          return true;
        }
        return false;
      }, 'the closed stream to free its place');
    });
  },
  { stream: { streamsPerSession: 2, streamsPerUser: 3, heartbeatMs: 3_600_000 } },
);
