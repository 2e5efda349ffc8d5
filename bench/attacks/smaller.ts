/**
 * Finding 8, the smaller ones: bidi controls and invisible-only headlines; remote images (CSP, the image proxy's
 * address guard, the client's rewrite); slow-loris feeds against a healthy one; a 123 MB file given to the CLI;
 * SIGTERM with live clients connected; a forbidden action with a malformed body.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Item } from '#shared/schemas/items.ts';
import type { AttackContext } from './support/context.ts';
import { FeedHost, rssDocument } from './support/feeds.ts';
import { expectStatus, json, removeFeeds, request } from './support/http.ts';
import { ms, seconds, timeBound } from './support/rows.ts';
import { SseStream } from './support/sse.ts';
import { waitFor } from './support/wait.ts';

/** Bidi embedding/override/isolate controls and marks: what must not survive into a headline. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A 1×1 PNG: what an agency's tracking pixel looks like. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export async function bidiAndInvisible({ desk, rows }: AttackContext): Promise<void> {
  const base = desk.servers.desk.url;
  await rows.check('8', 'bidi controls and invisible-only headlines, pushed and edited', async () => {
    const push = (fields: Record<string, unknown>) =>
      request(base, 'POST', '/api/items', {
        headers: { authorization: desk.token },
        body: { source: 'وكالة الاتجاهات', guid: `bidi-${randomBytes(3).toString('hex')}`, ...fields },
      });
    const pushed = await push({ headline: 'ملف x \u202egpj.exe\u202c', summary: 'ملخص \u202eمقلوب\u202c' });
    const item = json<{ item: Item }>(expectStatus(pushed, 'push bidi', 201)).item;
    const invisible = await push({ headline: '\u200b\u202e\u2066\u2069\u200f' });
    const { editor } = desk.sessions;
    const tab = 'attack-bidi-tab';
    await editor.post(`/api/items/${item.id}/lease`, { tabId: tab });
    const headers = (version: number) => ({ 'if-match': `"${version}"`, 'x-edit-tab': tab });
    const edited = await editor.patch(
      `/api/items/${item.id}`,
      { headline: 'صورة \u202egnp.exe\u202c' },
      headers(item.version),
    );
    const version = edited.status === 200 ? json<Item>(edited).version : item.version;
    const emptied = await editor.patch(
      `/api/items/${item.id}`,
      { headline: '\u200b\u202e\u2066\u2069' },
      headers(version),
    );
    await editor.delete(`/api/items/${item.id}/lease`, { tabId: tab });
    const editedHeadline = edited.status === 200 ? json<Item>(edited).headline : '';
    const checks = {
      'pushed headline neutralised': !BIDI.test(item.headline),
      'pushed summary neutralised': !BIDI.test(item.summary),
      'invisible-only push refused': invisible.status === 422 || invisible.status === 400,
      'edited headline neutralised': edited.status === 200 && !BIDI.test(editedHeadline),
      'invisible-only edit refused': emptied.status === 400 || emptied.status === 422,
    };
    return {
      held: Object.values(checks).every(Boolean),
      figure:
        Object.entries(checks)
          .map(([what, ok]) => `${what}: ${ok ? 'yes' : 'NO'}`)
          .join('; ') +
        ` (push ${pushed.status}/${invisible.status}, edit ${edited.status}/${emptied.status}; stored "${JSON.stringify(item.headline).slice(1, -1)}")`,
    };
  });
}

export async function remoteImages({ desk, rows }: AttackContext): Promise<void> {
  const host = await new FeedHost().start();
  host.serve('pixel.png', PIXEL, 'image/png');
  try {
    await rows.check(
      '8',
      'remote images: CSP, the image proxy refuses private addresses, the client rewrites <img>',
      async () => {
        const edge = desk.servers.edge.url;
        const csp = String((await request(edge, 'GET', '/healthz')).headers['content-security-policy'] ?? '');
        const imgSrc = /img-src ([^;]*)/.exec(csp)?.[1]?.trim() ?? '(none)';
        const editor = desk.sessions.editor.on(edge);
        const targets = [
          host.url('/doc/pixel.png'),
          `http://localhost:${host.port}/doc/pixel.png`,
          `http://127.1.2.3:${host.port}/doc/pixel.png`,
          `http://[::1]:${host.port}/doc/pixel.png`,
          'http://169.254.169.254/latest/meta-data/',
          'http://10.0.0.1/pixel.png',
          'http://192.168.1.1/pixel.png',
        ];
        const refused: string[] = [];
        for (const target of targets) {
          const response = await editor.get(`/api/images?url=${encodeURIComponent(target)}`);
          if (response.status !== 200) refused.push(target);
        }
        const anonymous = await request(edge, 'GET', `/api/images?url=${encodeURIComponent(targets[0]!)}`);
        // Control: the desk server allows private feeds (an intranet wire), so there the same pixel loads.
        const control = await desk.sessions.editor.get(`/api/images?url=${encodeURIComponent(targets[0]!)}`);
        const fetchedByEdge = (host.hits.get('/doc/pixel.png') ?? 0) - (control.status === 200 ? 1 : 0);
        const rewritten = await clientRewrite();
        const held =
          imgSrc === "'self'" &&
          refused.length === targets.length &&
          fetchedByEdge === 0 &&
          anonymous.status === 401 &&
          rewritten.startsWith('/api/images?url=');
        return {
          held,
          figure:
            `CSP img-src ${imgSrc}; FEED_ALLOW_PRIVATE=0 refused ${refused.length}/${targets.length} private addresses ` +
            `(${fetchedByEdge} requests reached the host); anonymous ${anonymous.status}; with private allowed ${control.status}; ` +
            `client renders <img src="https://agency.example/p.png"> as src="${rewritten}"`,
        };
      },
    );
  } finally {
    await host.stop();
  }
}

/** The client's body sanitiser (src/client/lib/sanitize-html.ts) on a jsdom window: where does an <img> point? */
async function clientRewrite(): Promise<string> {
  const { JSDOM } = await import('jsdom');
  const global = globalThis as { window?: unknown };
  const previous = global.window;
  global.window = new JSDOM('').window;
  try {
    const { sanitizeBody } = await import('../../src/client/lib/sanitize-html.ts');
    const html = sanitizeBody('<p>صورة <img src="https://agency.example/p.png" alt="x"></p>');
    return /<img[^>]*src="([^"]*)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '(no img left)';
  } finally {
    global.window = previous;
  }
}

export async function slowLoris({ desk, rows, mode }: AttackContext): Promise<void> {
  // Slow feeds on one host, the healthy feed on another (per-host limits must not count it with them).
  const slow = await new FeedHost('127.0.0.1', 1_000).start();
  const healthy = await new FeedHost('127.0.0.2').start();
  const { admin } = desk.sessions;
  const feeds: number[] = [];
  try {
    await rows.check('8', 'six slow-loris feeds do not starve a healthy one (pollers running)', async () => {
      const tag = randomBytes(3).toString('hex');
      for (let n = 0; n < 6; n++) {
        const created = await admin.post('/api/feeds', {
          name: `بطيء ${n} ${tag}`,
          url: slow.url(`/slow/${tag}-${n}`),
          pollIntervalSeconds: 30,
        });
        feeds.push(json<{ id: number }>(expectStatus(created, 'create slow feed', 201)).id);
      }
      const saturated = await waitFor(() => slow.slowOpen >= 4, 30_000);
      const path = `/doc/healthy-${tag}`;
      healthy.serve(
        `healthy-${tag}`,
        rssDocument([{ guid: `healthy-${tag}`, title: `خبر من مصدر سليم ${tag}`, description: '<p>نص</p>' }]),
      );
      const createdAt = Date.now();
      const created = await admin.post('/api/feeds', {
        name: `سليم ${tag}`,
        url: healthy.url(path),
        pollIntervalSeconds: 30,
      });
      feeds.push(json<{ id: number }>(expectStatus(created, 'create healthy feed', 201)).id);
      const bound = timeBound(mode, 5_000, 15_000);
      await waitFor(() => healthy.firstHit.has(path), bound + 30_000);
      const waited = (healthy.firstHit.get(path) ?? Number.NaN) - createdAt;
      return {
        held: Number.isFinite(waited) && waited <= bound,
        figure:
          `${slow.slowOpen} slow feeds being dripped (${saturated ? 'poller saturated' : 'never 4 at once'}); ` +
          `healthy feed fetched ${Number.isFinite(waited) ? `${seconds(waited)} after it was added` : `not within ${seconds(bound + 30_000)}`} (bound ${seconds(bound)})`,
      };
    });
  } finally {
    await removeFeeds(admin, feeds);
    await slow.stop();
    await healthy.stop();
  }
}

export async function hugeCliFile({ desk, rows, mode }: AttackContext): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mirsad-attacks-huge-'));
  const file = join(dir, 'huge.xml');
  const size = 123 * 1_048_576;
  try {
    await rows.check('8', 'the CLI is given a 123 MB file', async () => {
      if (mode === 'full') {
        // A real feed (its items have no title, so a CLI that reads it stores nothing).
        const out = createWriteStream(file);
        out.write('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>ضخم</title>');
        const item = `<item><description>${'نص طويل جدا '.repeat(170)}</description></item>`;
        for (let written = 0; written < size; written += Buffer.byteLength(item))
          if (!out.write(item)) await once(out, 'drain');
        out.end('</channel></rss>');
        await once(out, 'finish');
      } else {
        // The short run does not write 123 MB: a sparse file of that size tests the refusal by size alone.
        writeFileSync(file, '');
        truncateSync(file, size);
      }
      // What the CLI costs doing almost nothing (a one-item file): loading the server's modules is most of it.
      const small = join(dir, 'small.xml');
      writeFileSync(
        small,
        '<rss version="2.0"><channel><title>صغير</title><item><title>خبر</title><guid>1</guid></item></channel></rss>',
      );
      const baseline = await desk.cli(['ingest', small, '--source', 'ملف صغير']);
      const run = await desk.cli(['ingest', file, '--source', 'ملف ضخم']);
      const message = run.stderr.trim().split('\n')[0] ?? '';
      const clear = /too large|too big|larger than|exceeds|limit/i.test(message);
      // Refused by its size before reading: no more memory than the one-item run, give or take (reading the
      // file would add at least its 123 MB; it once cost 1.28 GB).
      const grew = run.peakMb - baseline.peakMb;
      return {
        held: run.code !== 0 && clear && grew < 32,
        figure: `exit ${run.code} after ${ms(run.ms)}: "${message.slice(0, 140)}"; peak RSS ${Math.round(run.peakMb)} MB, ${Math.round(baseline.peakMb)} MB for a one-item file${mode === 'short' ? ' (sparse file)' : ''}`,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function forbiddenMalformed({ desk, rows }: AttackContext): Promise<void> {
  const base = desk.servers.desk.url;
  await rows.check('8', 'a forbidden action with a malformed body', async () => {
    const item = await desk.push(base, { headline: 'خبر لإجراء محظور' });
    const { reviewer, editor } = desk.sessions;
    const raw = (session: typeof editor, path: string, body: string | Buffer) =>
      session.request('POST', path, { body, headers: { 'content-type': 'application/json' } });
    const broken = await raw(reviewer, `/api/items/${item.id}/actions/accept`, '{"nonsense": [1, 2');
    const deep = await raw(
      editor,
      '/api/items/actions/publish',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    );
    const huge = await raw(
      editor,
      `/api/items/${item.id}/actions/approve`,
      Buffer.alloc(2 * 1_048_576, 0x5b),
    );
    return {
      held: broken.status === 403 && deep.status === 403,
      figure: `reviewer accept with broken JSON ${broken.status}; editor bulk publish with 100k-deep JSON ${deep.status}; editor approve with 2 MB body ${huge.status}`,
    };
  });
}

/** Last on the edge server: it is stopped here. */
export async function shutdownWithClients({ desk, rows, mode }: AttackContext): Promise<void> {
  await rows.check('8', 'SIGTERM with 10 live clients connected', async () => {
    const edge = desk.servers.edge;
    const session = desk.sessions.editor.on(edge.url);
    const streams = await Promise.all(
      Array.from({ length: 10 }, () =>
        SseStream.open(edge.url, { cookie: session.cookie }, { localAddress: session.localAddress }),
      ),
    );
    await Promise.all(
      streams.map((stream) =>
        stream.until(() => stream.frames.some((frame) => frame.event === 'hello'), 30_000),
      ),
    );
    const signalledAt = Date.now();
    const stopped = await edge.stop();
    await Promise.all(streams.map((stream) => stream.ended(5_000)));
    const ended = streams.filter((stream) => stream.endedAt !== null);
    const clean = streams.filter((stream) => stream.endedCleanly).length;
    const told = [
      ...new Set(
        streams.flatMap((stream) =>
          stream.frames.filter((frame) => frame.at >= signalledAt).map((frame) => frame.event),
        ),
      ),
    ];
    for (const stream of streams) stream.close();
    const bound = timeBound(mode, 2_000, 10_000);
    return {
      held: stopped.code === 0 && !stopped.killed && stopped.ms <= bound && clean === streams.length,
      figure:
        `exit ${stopped.code}${stopped.killed ? ' (killed)' : ''} after ${ms(stopped.ms)} (bound ${ms(bound)}); ` +
        `${ended.length}/10 streams ended, ${clean} cleanly; frames sent at shutdown: ${told.join(', ') || 'none'}`,
    };
  });
}
