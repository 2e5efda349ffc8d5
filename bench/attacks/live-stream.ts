/**
 * Finding 5: the live stream. An editor's stream must not carry what the REST API would not show them (accounts,
 * feeds, sign-in attempts); feed addresses with credentials or keys must never appear anywhere a person or a log
 * reader could see them; and a stream must end within a second of the session ending — by sign-out, by the account
 * being disabled, or by expiry — instead of at the next heartbeat (15 s) or never.
 */
import { randomBytes } from 'node:crypto';
import type { AttackContext } from './support/context.ts';
import { eventsSince, liveSeq } from './support/context.ts';
import { PASSWORD } from './support/desk.ts';
import { FeedHost, rssDocument } from './support/feeds.ts';
import { expectStatus, json, removeFeeds, Session } from './support/http.ts';
import { seconds, timeBound, type Outcome } from './support/rows.ts';
import { SseStream } from './support/sse.ts';

/** Event types only administrators (users, sign-ins) or desk chiefs (feeds) may see. */
const PRIVILEGED = /^(user|feed|auth)\./;

/** How long a stream may stay open after its session ended before the row gives up waiting. */
const END_BOUND_MS = 25_000;

async function newAccount(ctx: AttackContext, prefix: string): Promise<string> {
  const username = `${prefix}-${randomBytes(3).toString('hex')}`;
  expectStatus(
    await ctx.desk.sessions.admin.post('/api/users', { username, roles: ['editor'], password: PASSWORD }),
    'create account',
    201,
  );
  return username;
}

async function openStream(session: Session): Promise<SseStream> {
  const stream = await SseStream.open(
    session.base,
    { cookie: session.cookie },
    { localAddress: session.localAddress },
  );
  if (!(await stream.until(() => stream.frames.some((frame) => frame.event === 'hello'), 30_000)))
    throw new Error('no hello frame');
  return stream;
}

/** A comment only this run writes; its arrival on a stream means everything committed before it was delivered. */
async function sentinel(ctx: AttackContext, streams: SseStream[]): Promise<boolean> {
  const text = `علامة ${randomBytes(4).toString('hex')}`;
  const item = await ctx.desk.push(ctx.desk.servers.desk.url, { headline: `خبر علامة ${text}` });
  expectStatus(
    await ctx.desk.sessions.admin.post(`/api/items/${item.id}/comments`, { body: text }),
    'comment',
    201,
  );
  const arrived = await Promise.all(
    streams.map((stream) =>
      stream.until(
        () =>
          stream
            .messages()
            .some((frame) => frame.type === 'comment.added' && JSON.stringify(frame.payload).includes(text)),
        30_000,
      ),
    ),
  );
  return arrived.every(Boolean);
}

/** How long a stream stayed open after `endedSessionAt`, and what it delivered meanwhile. */
async function timeToEnd(
  ctx: AttackContext,
  stream: SseStream,
  endedSessionAt: number,
  how: string,
): Promise<Outcome> {
  // Something happens on the desk after the session ended: a stream still open would deliver it.
  await ctx.desk.push(ctx.desk.servers.desk.url, { headline: 'خبر بعد انتهاء الجلسة' });
  const endedAt = await stream.ended(Math.max(0, endedSessionAt + END_BOUND_MS - Date.now()));
  stream.close();
  const late = stream.messages().filter((frame) => frame.at > endedSessionAt + 1_000).length;
  const bound = timeBound(ctx.mode, 1_000);
  return {
    held: endedAt !== null && endedAt - endedSessionAt <= bound,
    figure:
      endedAt === null
        ? `stream still open ${seconds(END_BOUND_MS)} after ${how}; ${late} events delivered meanwhile`
        : `stream ended ${seconds(endedAt - endedSessionAt)} after ${how} (bound ${seconds(bound)}); ${late} events delivered after the first second`,
  };
}

/** Runs a measurement now; its failure becomes a `broke` outcome instead of an unhandled rejection. */
function settle(run: () => Promise<Outcome>): Promise<Outcome> {
  return run().catch((error: unknown) => ({
    held: false,
    figure: `the attack failed to run: ${(error as Error)?.message ?? String(error)}`,
  }));
}

export async function liveStream(ctx: AttackContext): Promise<void> {
  const { desk, rows } = ctx;
  const base = desk.servers.desk.url;
  const { admin, editor } = desk.sessions;
  const host = await new FeedHost().start();
  try {
    await rows.check('5', "an editor's live stream carries no account, feed or sign-in events", async () => {
      const [editorStream, adminStream] = [await openStream(editor), await openStream(admin)];
      const tag = randomBytes(3).toString('hex');
      expectStatus(
        await admin.post('/api/users', {
          username: `streamed-${tag}`,
          roles: ['editor'],
          password: PASSWORD,
        }),
        'create user',
        201,
      );
      const feed = await admin.post('/api/feeds', {
        name: `بث ${tag}`,
        url: host.url(`/missing-${tag}.xml`),
        enabled: false,
      });
      expectStatus(feed, 'create feed', 201);
      await Session.signIn(base, 'chief', PASSWORD).catch(() => null);
      await Session.signIn(base, `streamed-${tag}`, 'wrong-password').catch(() => null);
      const delivered = await sentinel(ctx, [editorStream, adminStream]);
      editorStream.close();
      adminStream.close();
      const leaked = editorStream.messages().filter((frame) => PRIVILEGED.test(frame.type));
      const adminSaw = adminStream.messages().filter((frame) => PRIVILEGED.test(frame.type)).length;
      const [events, feeds] = [await editor.get('/api/events'), await editor.get('/api/feeds')];
      await removeFeeds(admin, [json<{ id: number }>(feed).id]);
      const types = [...new Set(leaked.map((frame) => frame.type))].join(', ');
      return {
        held: delivered && leaked.length === 0 && events.status === 403 && feeds.status === 403,
        figure:
          `${leaked.length ? `editor received ${leaked.length} of them (${types})` : 'editor received none'} ` +
          `(admin's stream: ${adminSaw}); GET /api/events ${events.status}, GET /api/feeds ${feeds.status}` +
          (delivered ? '' : '; the sentinel never arrived'),
      };
    });

    await rows.check(
      '5',
      'feed address secrets (user:pass@, apikey=) never in responses, events or logs',
      async () => {
        const tag = randomBytes(4).toString('hex');
        const [password, key] = [`pw${tag}`, `key${tag}`];
        host.serve(
          `relative-${tag}`,
          rssDocument([
            {
              guid: `relative-${tag}`,
              title: `خبر بروابط نسبية ${tag}`,
              link: '/story/1',
              description: '<p><a href="more.html">المزيد</a> <img src="photo.jpg"></p>',
            },
          ]),
        );
        const secretUrl = (path: string) =>
          `http://wire:${password}@127.0.0.1:${host.port}${path}?apikey=${key}&lang=ar`;
        const after = await liveSeq(base);
        const adminStream = await openStream(admin);
        const seen: Array<[string, string]> = [];
        const feeds: number[] = [];
        for (const [name, path] of [
          [`سري ${tag}`, `/missing-${tag}.xml`],
          [`سري نسبي ${tag}`, `/doc/relative-${tag}`],
        ] as const) {
          const created = await admin.post('/api/feeds', { name, url: secretUrl(path), enabled: false });
          seen.push(['POST /api/feeds', created.body]);
          const feed = json<{ id: number; version: number }>(expectStatus(created, 'create feed', 201));
          feeds.push(feed.id);
          const renamed = await admin.patch(
            `/api/feeds/${feed.id}`,
            { name: `${name} ✓` },
            { 'if-match': `"${feed.version}"` },
          );
          seen.push(['PATCH /api/feeds/:id', renamed.body]);
          seen.push(['POST /api/feeds/:id/poll', (await admin.post(`/api/feeds/${feed.id}/poll`)).body]);
        }
        seen.push(['GET /api/feeds', (await admin.get('/api/feeds')).body]);
        seen.push(['GET /api/events', JSON.stringify(await eventsSince(admin, after))]);
        // Items are filed under the feed's name at poll time (renamed above).
        const items = await editor.get(`/api/items?source=${encodeURIComponent(`سري نسبي ${tag} ✓`)}`);
        seen.push(['GET /api/items (the feed’s items)', items.body]);
        for (const item of json<{ items: Array<{ id: number }> }>(items).items)
          seen.push(['GET /api/items/:id', (await editor.get(`/api/items/${item.id}`)).body]);
        await sentinel(ctx, [adminStream]);
        adminStream.close();
        seen.push(['live stream', adminStream.frames.map((frame) => frame.data).join('\n')]);
        await removeFeeds(admin, feeds);
        seen.push(['desk server log', desk.servers.desk.log]);
        seen.push(['edge server log', desk.servers.edge.log]);
        const leaks = seen.filter(([, text]) => text.includes(password) || text.includes(key));
        const where = leaks.map(([label, text]) => {
          const at = Math.max(text.indexOf(password), text.indexOf(key));
          const line = text
            .slice(Math.max(0, text.lastIndexOf('\n', at) + 1), at + 80)
            .replaceAll(password, '<password>')
            .replaceAll(key, '<key>');
          return `${label}: …${line.slice(-160)}`;
        });
        return {
          held: leaks.length === 0,
          figure: leaks.length
            ? `found in ${leaks.length} of ${seen.length} places:\n    ${where.join('\n    ')}`
            : `0 of ${seen.length} places (responses, audit log, stream, both servers' logs)`,
        };
      },
    );

    // The three endings are measured side by side (each waits on its own clock), reported in order.
    const loggedOut = settle(async () => {
      const session = await Session.signIn(base, await newAccount(ctx, 'leaver'), PASSWORD);
      const stream = await openStream(session);
      const at = Date.now();
      expectStatus(await session.delete('/api/session'), 'sign out', 204);
      return timeToEnd(ctx, stream, at, 'sign-out');
    });
    const disabled = settle(async () => {
      const username = await newAccount(ctx, 'disabled');
      const session = await Session.signIn(base, username, PASSWORD);
      const stream = await openStream(session);
      const at = Date.now();
      // The way an administrator disables an account today: the CLI, another process than the server's, whose
      // event reaches the server through the database (NOTIFY on PostgreSQL, data_version on SQLite).
      const run = await desk.cli(['user:disable', '--username', username]);
      if (run.code !== 0) throw new Error(`user:disable exited ${run.code}: ${run.stderr.trim()}`);
      return timeToEnd(ctx, stream, at, 'user:disable in the CLI (its start-up included)');
    });
    const expired = settle(async () => {
      const edge = desk.servers.edge.url;
      const session = await Session.signIn(edge, await newAccount(ctx, 'expiring'), PASSWORD);
      const stream = await openStream(session);
      const database = await desk.database();
      const { expires_at: expiresAt } = await database.db
        .selectFrom('sessions')
        .select('expires_at')
        .where('user_id', '=', session.user.id)
        .executeTakeFirstOrThrow();
      // Until the expiry (or an earlier end of the stream, which would be odd but is no harm).
      await stream.ended(Math.max(0, Number(expiresAt) - Date.now()));
      return timeToEnd(ctx, stream, Number(expiresAt), 'the session expired');
    });
    await rows.check('5', 'stream ends after sign-out (DELETE /api/session)', () => loggedOut);
    await rows.check('5', 'stream ends when the account is disabled', () => disabled);
    await rows.check('5', 'stream ends when the session expires', () => expired);
  } finally {
    await host.stop();
  }
}
