import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LiveMessage } from '#shared/schemas/events.ts';
import { describeEachDatabase, type Client } from '../../../test-support/harness.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { SseClient } from '../../../test-support/sse-client.ts';
import { startServerProcess, type ServerProcess } from '../../../test-support/server-process.ts';
import { latestSeq } from './repository.ts';

describeEachDatabase(
  'live stream',
  (env) => {
    let base: string;
    let editor: Client;
    beforeAll(async () => {
      await env().app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = env().app.server.address() as { port: number };
      base = `http://127.0.0.1:${port}`;
      editor = await env().signIn('stream-editor', ['editor']);
    });

    const open = (query = '') =>
      SseClient.connect(`${base}/api/events/stream${query}`, { cookie: editor.cookie });

    it('refuses a client without a session', async () => {
      const response = await fetch(`${base}/api/events/stream`);
      expect(response.status).toBe(401);
    });

    it('a client that misses 50 events and reconnects with its last sequence gets all 50, in order, exactly once', async () => {
      const first = await open();
      await first.waitFor((frames) => frames.some((frame) => frame.event === 'hello'));
      const [seedId] = await ingestItems(env().ctx, [wireItem()]);
      await first.waitFor((frames) => frames.some((frame) => frame.event === 'message'));
      const lastSeq = first.messages.at(-1)!.id!;
      first.close();

      for (let n = 0; n < 50; n++) await editor.post(`/api/items/${seedId}/comments`, { body: `تعليق ${n}` });

      const second = await open(`?after=${lastSeq}`);
      await second.waitFor((frames) => frames.filter((frame) => frame.event === 'message').length >= 50);
      // Live events after the catch-up arrive exactly once too.
      await editor.post(`/api/items/${seedId}/comments`, { body: 'بعد اللحاق' });
      await second.waitFor((frames) => frames.filter((frame) => frame.event === 'message').length >= 51);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const seqs = second.messages.map((frame) => frame.id!);
      expect(seqs).toHaveLength(51);
      expect(seqs).toEqual(Array.from({ length: 51 }, (_, n) => lastSeq + 1 + n));
      const messages = second.messages.map((frame) => JSON.parse(frame.data) as LiveMessage);
      expect(
        messages
          .slice(0, 50)
          .map((message) => (message.event.type === 'comment.added' ? message.event.payload.body : null)),
      ).toEqual(Array.from({ length: 50 }, (_, n) => `تعليق ${n}`));
      expect(messages[0]!.item?.id).toBe(seedId);
      second.close();
    });

    it('resumes from Last-Event-ID as browsers send it, with events written during the catch-up', async () => {
      const [id] = await ingestItems(env().ctx, [wireItem()]);
      const from = await latestSeq(env().ctx.database.db);
      const writes = Promise.all(
        Array.from({ length: 30 }, (_, n) => editor.post(`/api/items/${id}/comments`, { body: `c${n}` })),
      );
      const client = await SseClient.connect(`${base}/api/events/stream`, {
        cookie: editor.cookie,
        'last-event-id': String(from),
      });
      await writes;
      await client.waitFor((frames) => frames.filter((frame) => frame.event === 'message').length >= 30);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const seqs = client.messages.map((frame) => frame.id!);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(seqs[0]).toBe(from + 1);
      expect(seqs).toHaveLength(30);
      client.close();
    });

    it('drops a client that stops reading instead of buffering without bound', async () => {
      const { port } = env().app.server.address() as { port: number };
      const reader = await open();
      const stalled = connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => stalled.once('connect', () => resolve()));
      stalled.write(`GET /api/events/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${editor.cookie}\r\n\r\n`);
      stalled.pause();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = env().ctx.bus.subscriberCount;
      // ~20 MB of live messages (long summaries): a reading client drains its share; the stalled one cannot.
      const summary = 'ملخص طويل جداً '.repeat(260);
      for (let batch = 0; batch < 12; batch++) {
        await ingestItems(
          env().ctx,
          Array.from({ length: 200 }, () => wireItem({ summary })),
        );
      }
      const deadline = Date.now() + 15_000;
      while (env().ctx.bus.subscriberCount >= before && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(env().ctx.bus.subscriberCount).toBe(before - 1);
      // The reading client kept up and is still connected.
      expect(reader.closed).toBe(false);
      reader.close();
      stalled.destroy();
    }, 60_000);
  },
  {
    stream: {
      maxBufferedBytes: 64 * 1024,
      hardLimitBytes: 16 * 1024 * 1024,
      slowGraceMs: 1_000,
      heartbeatMs: 500,
    },
  },
);

describeEachDatabase(
  'live stream across two server processes',
  (env) => {
    let other: ServerProcess | null = null;
    afterAll(async () => {
      await other?.stop();
    });

    it('an item created through one process reaches a client connected to another', async () => {
      other = await startServerProcess({ DATABASE_URL: env().url, DEMO: '0' });
      const base = other.url;
      const editor = await env().signIn('two-process-editor', ['editor']);
      const client = await SseClient.connect(`${base}/api/events/stream`, { cookie: editor.cookie });
      await client.waitFor((frames) => frames.some((frame) => frame.event === 'hello'));
      const [id] = await ingestItems(env().ctx, [wireItem({ title: 'خبر عبر عمليتين' })]);
      await client.waitFor(
        (frames) =>
          frames.some(
            (frame) => frame.event === 'message' && (JSON.parse(frame.data) as LiveMessage).item?.id === id,
          ),
        10_000,
      );
      const message = JSON.parse(client.messages.at(-1)!.data) as LiveMessage;
      expect(message.event.type).toBe('item.ingested');
      expect(message.item?.headline).toBe('خبر عبر عمليتين');
      client.close();
    }, 60_000);
    // Other processes' commits reach this one through LISTEN/NOTIFY, which only PostgreSQL has.
  },
  { only: ['postgres'] },
);
