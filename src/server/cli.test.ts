import { spawnSync } from 'node:child_process';
import SQLite from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SEED_WIRE_PAGE as SEED } from '../test-support/fixture-files.ts';
import { startTestApp } from '../test-support/harness.ts';
import { runCli } from './cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'mirsad-cli-'));
const DATABASE_URL = `sqlite:${join(dir, 'cli.db')}`;

/** Collects what is written to it. */
class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

/**
 * One CLI run in this process, as `npm run -s cli -- …args` would do it, on this suite's database (with `env`
 * added to its environment).
 */
async function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runCli(args, {
    stdin: Readable.from([input]),
    stdout,
    stderr,
    env: { DATABASE_URL, NODE_ENV: 'test', ...env },
  });
  return { code, stdout: stdout.text.trim(), stderr: stderr.text.trim() };
}

/** The documented command in a real process; the timeout only turns a hang into a failure. */
const runThroughNpm = (args: string[]) =>
  spawnSync('npm', ['run', '-s', 'cli', '--', ...args], {
    env: { ...process.env, DATABASE_URL },
    encoding: 'utf8',
    timeout: 90_000,
  });

describe('cli', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrate applies the migrations once', async () => {
    const first = await cli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^migrated: 001-core, 002-newest-in-cluster(, [\w-]+)*$/);
    expect(await cli(['migrate'])).toMatchObject({ code: 0, stdout: 'migrations: already up to date' });
  });

  it('user:disable ends a user’s sessions and refuses their sign-in; user:enable lets them back', async () => {
    expect(
      (await cli(['user:add', '--username', 'leaver', '--role', 'editor', '--password', 'long enough 1']))
        .code,
    ).toBe(0);
    const disabled = await cli(['user:disable', '--username', 'leaver']);
    expect(disabled).toMatchObject({ code: 0, stdout: 'user leaver disabled; their sessions have ended' });
    // Right arguments, no such account: a failure (1), not a usage error with the usage text.
    const nobody = await cli(['user:disable', '--username', 'nobody-here']);
    expect(nobody).toMatchObject({ code: 1, stderr: 'user:disable: no user named "nobody-here"' });
    expect((await cli(['user:enable', '--username', 'leaver'])).stdout).toBe('user leaver enabled');
  });

  it('user:add creates a user, generating a one-time password when none is given; bad input exits non-zero', async () => {
    const added = await cli([
      'user:add',
      '--username',
      'layla',
      '--role',
      'editor',
      '--role',
      'chief',
      '--display-name',
      'ليلى',
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /^user layla \(id \d+, editor\+chief\) created; one-time password \(to be replaced at first sign-in\): (\w{4}-){3}\w{4}$/,
    );
    const duplicate = await cli([
      'user:add',
      '--username',
      'layla',
      '--role',
      'editor',
      '--password',
      'long-enough',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('taken');
    const badRole = await cli(['user:add', '--username', 'omar', '--role', 'boss']);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('unknown role "boss"');
    expect((await cli(['user:add', '--role', 'editor'])).code).toBe(2);
    // The same rules as the admin page (users/service.ts): a weak password, a malformed name.
    const weak = await cli(['user:add', '--username', 'omar', '--role', 'editor', '--password', 'short']);
    expect(weak).toMatchObject({ code: 1, stderr: expect.stringContaining('too weak (too_short)') });
    const malformed = await cli(['user:add', '--username', 'o', '--role', 'editor']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/^user:add: --username "o" is not valid/);
    // The API's limits, so that the people page can edit what was made here.
    const long = await cli([
      'user:add',
      '--username',
      'long',
      '--role',
      'editor',
      '--display-name',
      'ا'.repeat(121),
    ]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/^user:add: --display-name is not valid/);
  });

  it('token:create prints a working service token once', async () => {
    const created = await cli(['token:create', '--name', 'wire-bot']);
    expect(created.code).toBe(0);
    const token = /Bearer (\S+)"/.exec(created.stdout)?.[1];
    expect(token).toMatch(/^mirsad_/);
    const again = await cli(['token:create', '--name', 'wire-bot']);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('exists already') });
    expect((await cli(['token:create', '--name', 't'.repeat(101)])).code).toBe(2);
    const env = await startTestApp('sqlite', DATABASE_URL);
    try {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/items',
        headers: { authorization: `Bearer ${token}` },
        payload: { source: 'wire-bot', guid: 'cli-1', headline: 'خبر من الروبوت' },
      });
      expect(response.statusCode).toBe(201);
    } finally {
      await env.app.close();
    }
  });

  it('ingest takes the seed file (plain-text dump) and is idempotent', async () => {
    const first = await cli(['ingest', SEED, '--source', 'تاس']);
    expect(first.stderr).toBe('');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^16 new, 0 updated, 0 unchanged, 0 rejected \(text, source "تاس"\)$/);
    expect((await cli(['ingest', SEED, '--source', 'تاس'])).stdout).toMatch(
      /^0 new, 0 updated, 16 unchanged, 0 rejected/,
    );
  });

  it('ingest reads a file’s relative links against --base-url, as the poller reads the feed at that address', async () => {
    const saved = join(dir, 'saved-feed.xml');
    writeFileSync(
      saved,
      '<rss version="2.0"><channel><title>وكالة محفوظة</title><item><guid>saved-1</guid><title>خبر برابط نسبي</title>' +
        '<description><![CDATA[<p>التفاصيل <a href="/news/1?ref=feed">في الموقع</a>.</p>]]></description></item></channel></rss>',
    );
    const stored = await cli(['ingest', saved, '--base-url', 'https://wire.example/ar/feed.xml']);
    expect(stored.stderr).toBe('');
    expect(stored.stdout).toMatch(/^1 new, /);
    const db = new SQLite(join(dir, 'cli.db'), { readonly: true });
    try {
      const { body } = db.prepare("select body from items where guid = 'saved-1'").get() as { body: string };
      expect(body).toContain('href="https://wire.example/news/1?ref=feed"');
    } finally {
      db.close();
    }
    // Read again against the same address, the item is the same; no address, or one that is not http(s), or
    // one beside a fetched feed's own, is refused before anything is read.
    expect((await cli(['ingest', saved, '--base-url', 'https://wire.example/ar/feed.xml'])).stdout).toMatch(
      /^0 new, 0 updated, 1 unchanged/,
    );
    for (const refused of [
      await cli(['ingest', saved, '--base-url', 'ftp://wire.example/feed.xml']),
      await cli(['ingest', saved, '--base-url', 'https://']),
      await cli(['ingest', join(dir, 'not-there.xml'), '--base-url', 'wire.example']),
      await cli(['ingest', 'https://wire.example/feed.xml', '--base-url', 'https://wire.example/']),
    ]) {
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('--base-url');
    }
  });

  it('ingest refuses a hostile or missing feed with a clear message and a non-zero exit', async () => {
    const laughs = join(dir, 'laughs.xml');
    writeFileSync(
      laughs,
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>',
    );
    const refused = await cli(['ingest', laughs]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('feed.doctype_refused');
    const missing = await cli(['ingest', join(dir, 'nope.xml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`ingest: no such file: ${join(dir, 'nope.xml')}`);
    expect(await cli(['ingest', dir])).toMatchObject({
      code: 1,
      stderr: `ingest: a directory, not a file: ${dir}`,
    });
    // Two undated items with one guid are one item, the later copy; the summary says so rather than losing count.
    const twice = join(dir, 'twice.xml');
    writeFileSync(
      twice,
      '<rss version="2.0"><channel><title>t</title>' +
        '<item><guid>same</guid><title>الأولى</title></item><item><guid>same</guid><title>الثانية</title></item>' +
        '<item><guid>other</guid><title>أخرى</title></item></channel></rss>',
    );
    expect((await cli(['ingest', twice, '--source', 'twice-wire'])).stdout).toBe(
      '2 new, 0 updated, 0 unchanged, 0 rejected, 1 merged: another copy of a report with the same guid, the newer stored (rss, source "twice-wire")',
    );
    const ftp = await cli(['ingest', 'ftp://wire.example/feed.xml']);
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toMatch(/^ingest: only http and https addresses can be fetched, not ftp:\/\//);
  });

  it('ingest refuses a file over the feed size limit by its size, before reading a byte of it', async () => {
    // 123 MB, sparse: it takes no room on disk, and reading it would cost 123 MB of memory.
    const huge = join(dir, 'huge.xml');
    writeFileSync(huge, '');
    truncateSync(huge, 123 * 1_048_576);
    // Every read of an open file goes through FileHandle#read; none may happen.
    const probe = await open(huge, 'r');
    const read = vi.spyOn(Object.getPrototypeOf(probe) as { read: () => unknown }, 'read');
    await probe.close();
    try {
      const refused = await cli(['ingest', huge]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `ingest: ${huge} is ${123 * 1_048_576} bytes; the limit is 10485760 (FEED_BODY_LIMIT_BYTES). (feed.too_large)`,
      );
      expect(read).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
    }
    // The limit is the configured one, as for fetched feeds.
    const small = join(dir, 'small-limit.xml');
    writeFileSync(small, `<rss><channel><title>${'ا'.repeat(2_000)}</title></channel></rss>`);
    const overSmall = await cli(['ingest', small], '', { FEED_BODY_LIMIT_BYTES: '2048' });
    expect(overSmall.code).toBe(1);
    expect(overSmall.stderr).toMatch(/is \d+ bytes; the limit is 2048 .*\(feed\.too_large\)$/);
  });

  it.skipIf(!existsSync('/dev/zero'))(
    'ingest stops reading at the limit where the size is unknown beforehand (a device or pipe)',
    async () => {
      const endless = await cli(['ingest', '/dev/zero'], '', { FEED_BODY_LIMIT_BYTES: '2048' });
      expect(endless.code).toBe(1);
      expect(endless.stderr).toBe(
        'ingest: /dev/zero is more than 2048 bytes; the limit is 2048 (FEED_BODY_LIMIT_BYTES). (feed.too_large)',
      );
    },
  );

  it('reindex rebuilds search text, and with --retag the automatic tags', async () => {
    const env = await startTestApp('sqlite', DATABASE_URL);
    try {
      await env.ctx.database.db.updateTable('items').set({ search_text: '', countries: '[]' }).execute();
    } finally {
      await env.app.close();
    }
    const plain = await cli(['reindex']);
    expect(plain).toMatchObject({ code: 0 });
    expect(plain.stdout).toMatch(/^reindexed \d+ items$/);
    const retag = await cli(['reindex', '--retag']);
    expect(retag.stdout).toMatch(/^reindexed \d+ items; [1-9]\d* retagged$/);
    expect((await cli(['reindex', '--retag'])).stdout).toMatch(/; 0 retagged$/);
  });

  it('tag prints one JSON object per input line', async () => {
    const result = await cli(
      ['tag'],
      'العراق يطالب إيران بتسهيل مرور الغاز من تركمانستان\n\nكوريا الجنوبية تخصص 3 ملايين دولار لمكافحة تغير المناخ في آسيا الوسطى\n',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').map((line) => JSON.parse(line));
    // Line for line, the blank one included, so that the output lines up with the input.
    expect(lines).toHaveLength(3);
    expect(lines[0].countries).toEqual(expect.arrayContaining(['IQ', 'IR', 'TM']));
    expect(lines[0].topics).toContain('energy');
    expect(lines[1]).toMatchObject({ countries: [], topics: [] });
    expect(lines[2].countries).toContain('KR');
    expect(lines[2].regions).toContain('central-asia');
    expect(result.stderr).toBe('tagged 3 lines (1 blank)');
  });

  // The one test through a real process: the documented command builds the CLI if needed and runs it, and the
  // process ENDS when its work is done (the database's reader threads, and then the DOM thread, once kept it
  // alive after an ingest).
  // The timeout only turns such a hang into a failure.
  it('npm run -s cli works as documented and exits when done; unknown commands exit 2 with the usage', () => {
    const ingested = runThroughNpm(['ingest', SEED, '--source', 'تاس عبر العملية']);
    expect(ingested.error).toBeUndefined();
    expect(ingested.status, ingested.stderr).toBe(0);
    expect(ingested.stdout).toMatch(/\d+ new/);
    // Bodies the DOM thread makes (a <div>, a <del>): the thread does not keep the process alive once it is done.
    const domFeed = join(dir, 'dom-feed.xml');
    writeFileSync(
      domFeed,
      '<rss version="2.0"><channel><title>وكالة</title><item><guid>dom-1</guid><title>خبر عن الغاز</title>' +
        '<description><![CDATA[<div class="x"><p>نص <del>قديم</del> جديد</p></div>]]></description></item></channel></rss>',
    );
    const threaded = runThroughNpm(['ingest', domFeed, '--source', 'وكالة الخيوط']);
    expect(threaded.error).toBeUndefined();
    expect(threaded.status, threaded.stderr).toBe(0);
    expect(threaded.stdout).toMatch(/^1 new/);
    const result = runThroughNpm(['nonsense']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run -s cli -- <command>');
  });
});
