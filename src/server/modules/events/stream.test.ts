import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LiveMessage } from '#shared/schemas/events.ts';
import { describeEachDatabase, signInAs, type Client } from '../../../test-support/harness.ts';
import { setUserDisabled } from '../users/service.ts';
import { SYSTEM_ACTOR } from './actors.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { SseClient, type SseFrame } from '../../../test-support/sse-client.ts';
import { startServerProcess, type ServerProcess } from '../../../test-support/server-process.ts';
import { until } from '../../../test-support/wait.ts';
import { latestSeq } from './repository.ts';

const SLOW_GRACE_MS = 1_000;
let streamClock = Date.now();

function isComment(frame: SseFrame, body: string): boolean {
  if (frame.event !== 'message') return false;
  const { event } = JSON.parse(frame.data) as LiveMessage;
  return event.type === 'comment.added' && event.payload.body === body;
}

/** The sequence numbers of the messages a client got before the sentinel comment. */
const seqsBefore = (client: SseClient, sentinel: string) => {
  const messages = client.messages;
  const end = messages.findIndex((frame) => isComment(frame, sentinel));
  return messages.slice(0, end).map((frame) => frame.id!);
};

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

    it('is written straight to the socket and still carries the security headers', async () => {
      const stop = new AbortController();
      const response = await fetch(`${base}/api/events/stream`, {
        headers: { cookie: editor.cookie },
        signal: stop.signal,
      });
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      stop.abort();
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
      // A sentinel event closes the window: whatever would come twice arrives before it.
      await editor.post(`/api/items/${seedId}/comments`, { body: 'الأخير' });
      await second.waitFor((frames) => frames.some((frame) => isComment(frame, 'الأخير')));
      const seqs = seqsBefore(second, 'الأخير');
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
      await editor.post(`/api/items/${id}/comments`, { body: 'الأخير' });
      await client.waitFor((frames) => frames.some((frame) => isComment(frame, 'الأخير')));
      const seqs = seqsBefore(client, 'الأخير');
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(seqs[0]).toBe(from + 1);
      expect(seqs).toHaveLength(30);
      client.close();
    });

    it('drops a client that stops reading instead of buffering without bound, and keeps one that reads', async () => {
      const { port } = env().app.server.address() as { port: number };
      const { bus } = env().ctx;
      await until(() => bus.subscriberCount === 0, 'the earlier tests’ streams to close');
      const reader = await open();
      await reader.waitFor((frames) => frames.some((frame) => frame.event === 'hello'));
      const stalled = connect(port, '127.0.0.1');
      await once(stalled, 'connect');
      stalled.write(`GET /api/events/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${editor.cookie}\r\n\r\n`);
      // The response head and the hello frame arrive once the server has subscribed it; then it reads no more.
      await new Promise<void>((resolve) =>
        stalled.once('data', () => {
          stalled.pause();
          resolve();
        }),
      );
      expect(bus.subscriberCount).toBe(2);
      // Long summaries make each message ~8 KB. Each round sends a batch the reader takes in full, THEN moves
      // the stream's clock past the grace period and sends one more event, at which every connection checks its
      // backlog: the reader has nothing pending, the stalled client's bytes have sat unsent since the last check.
      // (Rounds repeat while the kernel's socket buffers, a few MB, still take the stalled client's bytes.)
      const summary = 'ملخص طويل جداً '.repeat(260);
      let sent = 0;
      const delivered = async (count: number) => {
        sent += count;
        await reader.waitFor((frames) => frames.filter((frame) => frame.event === 'message').length >= sent);
      };
      for (let round = 0; bus.subscriberCount > 1; round++) {
        if (round === 20) throw new Error('the stalled client was never dropped');
        await ingestItems(
          env().ctx,
          Array.from({ length: 200 }, () => wireItem({ summary })),
        );
        await delivered(200);
        streamClock += SLOW_GRACE_MS + 1;
        await ingestItems(env().ctx, [wireItem()]);
        await delivered(1);
      }
      expect(bus.subscriberCount).toBe(1);
      expect(reader.closed).toBe(false);
      reader.close();
      stalled.destroy();
    });
  },
  {
    stream: {
      maxBufferedBytes: 64 * 1024,
      // Out of reach here: the grace period alone must drop the stalled client.
      hardLimitBytes: 256 * 1024 * 1024,
      slowGraceMs: SLOW_GRACE_MS,
      heartbeatMs: 500,
      // Time on the slow-client clock passes only when the test says so.
      now: () => streamClock,
    },
  },
);

/** The types of the messages before the sentinel comment, item events left out. */
const typesBefore = (stream: SseClient, sentinel: string) => {
  const messages = stream.messages;
  const end = messages.findIndex((frame) => isComment(frame, sentinel));
  // Item events are everyone's (the seed item's may arrive after the stream opened); the rest is the point.
  return messages
    .slice(0, end)
    .map((frame) => (JSON.parse(frame.data) as LiveMessage).event.type)
    .filter((type) => !type.startsWith('item.'));
};
const ended = (stream: SseClient) =>
  stream.waitFor((frames) => stream.closed && frames.some((frame) => frame.event === 'unauthorized'));

describeEachDatabase(
  'live stream: each user sees what the API shows, until their access ends',
  (env) => {
    let base: string;
    beforeAll(async () => {
      await env().app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = env().app.server.address() as { port: number };
      base = `http://127.0.0.1:${port}`;
    });

    const open = async (client: Client) => {
      const stream = await SseClient.connect(`${base}/api/events/stream`, { cookie: client.cookie });
      await stream.waitFor((frames) => frames.some((frame) => frame.event === 'hello'));
      return stream;
    };
    it('an editor hears neither feeds nor accounts (403 on their routes); a chief reads both; an admin hears sign-ins too, without URL secrets', async () => {
      const editor = await env().signIn('filter-editor', ['editor']);
      const chief = await env().signIn('filter-chief', ['chief']);
      const admin = await env().signIn('filter-admin', ['admin']);
      const [id] = await ingestItems(env().ctx, [wireItem()]);
      const streams = { editor: await open(editor), chief: await open(chief), admin: await open(admin) };
      const feed = await admin.post('/api/feeds', {
        name: 'وكالة سرية',
        url: 'https://agent:s3cret@wire.example.org/feed.xml?apikey=k123&lang=ar',
      });
      expect(feed.statusCode, feed.body).toBe(201);
      expect(
        (
          await admin.post('/api/users', {
            username: 'newcomer',
            roles: ['editor'],
            password: 'long enough password 1',
          })
        ).statusCode,
      ).toBe(201);
      await editor.post(`/api/items/${id}/comments`, { body: 'الحارس' });
      for (const stream of Object.values(streams))
        await stream.waitFor((frames) => frames.some((frame) => isComment(frame, 'الحارس')));

      expect(typesBefore(streams.editor, 'الحارس')).toEqual([]);
      expect(typesBefore(streams.chief, 'الحارس')).toEqual(['feed.created', 'user.created']);
      expect(typesBefore(streams.admin, 'الحارس')).toEqual(['feed.created', 'user.created']);
      const adminFrames = streams.admin.messages.map((frame) => frame.data).join('\n');
      expect(adminFrames).not.toMatch(/s3cret|k123/);
      // The audit log answers by the same rule.
      const audit = (await chief.get('/api/events?after=0&limit=1000')).json<{
        events: { type: string }[];
      }>();
      expect(audit.events.some((event) => event.type === 'feed.created')).toBe(true);
      expect(audit.events.some((event) => event.type === 'user.created')).toBe(true);
      // Sign-ins (with their addresses) are administration's: the chief's own sign-in above is not shown.
      expect(audit.events.some((event) => event.type.startsWith('auth.'))).toBe(false);
      for (const stream of Object.values(streams)) stream.close();
    });

    it('an editor hears the changes to their own account, no one else’s but a new name, and from then on what their new roles show', async () => {
      const admin = await env().signIn('promoting-admin', ['admin']);
      const editor = await env().signIn('promoted-editor', ['editor']);
      const colleague = await env().signIn('unchanged-editor', ['editor']);
      const stream = await open(editor);
      const rename = await admin.patch(`/api/users/${colleague.user.id}`, {
        displayName: 'زميل',
        roles: ['reviewer'],
      });
      expect(rename.statusCode, rename.body).toBe(200);
      const promote = await admin.patch(`/api/users/${editor.user.id}`, { roles: ['chief'] });
      expect(promote.statusCode, promote.body).toBe(200);
      const feed = await admin.post('/api/feeds', {
        name: 'وكالة بعد الترقية',
        url: 'https://wire.example.org/a.xml',
      });
      expect(feed.statusCode, feed.body).toBe(201);
      const [id] = await ingestItems(env().ctx, [wireItem()]);
      await editor.post(`/api/items/${id}/comments`, { body: 'بعد الترقية' });
      await stream.waitFor((frames) => frames.some((frame) => isComment(frame, 'بعد الترقية')));
      const heard = stream.messages
        .map((frame) => JSON.parse(frame.data) as LiveMessage)
        .filter(({ event }) => !event.type.startsWith('item.') && event.type !== 'comment.added')
        .map(({ event }) => [event.type, (event.payload as { userId?: number }).userId ?? null]);
      // The colleague's new name (rows and comments show it to everyone), not the colleague's new role; their
      // own promotion (the screen asks for its session again), whose re-check of their access comes before the
      // feed, which a chief may see.
      expect(heard).toEqual([
        ['user.renamed', colleague.user.id],
        ['user.updated', editor.user.id],
        ['feed.created', null],
      ]);
      stream.close();
    });

    // The heartbeat here is an hour away: only the event about the user (or the expiry timer) can end these.
    it('signing out ends that session’s open stream at once; another session of the same user stays', async () => {
      const leaving = await env().signIn('leaving-editor', ['editor']);
      const other = await signInAs(env().app, 'leaving-editor');
      const stream = await open(leaving);
      const staying = await open(other);
      expect((await leaving.request('DELETE', '/api/session')).statusCode).toBeLessThan(300);
      await ended(stream);
      const [id] = await ingestItems(env().ctx, [wireItem()]);
      await other.post(`/api/items/${id}/comments`, { body: 'ما زلت هنا' });
      await staying.waitFor((frames) => frames.some((frame) => isComment(frame, 'ما زلت هنا')));
      expect(staying.closed).toBe(false);
      staying.close();
    });

    it('disabling a user ends their streams at once', async () => {
      const editor = await env().signIn('disabled-editor', ['editor']);
      const stream = await open(editor);
      await setUserDisabled(env().ctx, SYSTEM_ACTOR, editor.user.id, true);
      await ended(stream);
      expect((await editor.get('/api/session')).statusCode).toBe(401);
    });

    it('a session that lapses ends its stream at its expiry', async () => {
      const editor = await env().signIn('lapsing-editor', ['editor']);
      const { db } = env().ctx.database;
      // The session lapses a moment from now; the stream opened before then must end when it does.
      await db
        .updateTable('sessions')
        .set({ expires_at: Date.now() + 300 })
        .where('user_id', '=', editor.user.id)
        .execute();
      const stream = await open(editor);
      await ended(stream);
      expect((await editor.get('/api/session')).statusCode).toBe(401);
    });
  },
  { stream: { heartbeatMs: 3_600_000 } },
);

describeEachDatabase('live stream across two server processes', (env) => {
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
    await client.waitFor((frames) =>
      frames.some(
        (frame) => frame.event === 'message' && (JSON.parse(frame.data) as LiveMessage).item?.id === id,
      ),
    );
    const message = JSON.parse(client.messages.at(-1)!.data) as LiveMessage;
    expect(message.event.type).toBe('item.ingested');
    expect(message.item?.headline).toBe('خبر عبر عمليتين');
    client.close();
  });
  // Other processes' commits reach this one through LISTEN/NOTIFY on PostgreSQL, and through SQLite's
  // data_version, which the server watches (src/server/db/index.ts).
});
