import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_WIRE_PAGE as SEED } from '../test-support/fixture-files.ts';
import { startTestApp } from '../test-support/harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'mirsad-cli-'));
const DATABASE_URL = `sqlite:${join(dir, 'cli.db')}`;

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    env: { ...process.env, DATABASE_URL, NODE_ENV: 'test' },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('cli', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrate applies the migrations once', () => {
    expect(cli(['migrate'])).toMatchObject({ code: 0, stdout: 'migrated: 001-core, 002-newest-in-cluster' });
    expect(cli(['migrate'])).toMatchObject({ code: 0, stdout: 'migrations: already up to date' });
  });

  it('user:add creates a user, generating a password when none is given; bad input exits non-zero', () => {
    const added = cli([
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
    expect(added.stdout).toMatch(/^user layla \(id \d+, editor\+chief\) created; password: \S{16}$/);
    const duplicate = cli([
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
    const badRole = cli(['user:add', '--username', 'omar', '--role', 'boss']);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('unknown role "boss"');
    expect(cli(['user:add', '--role', 'editor']).code).toBe(2);
  });

  it('token:create prints a working service token once', async () => {
    const created = cli(['token:create', '--name', 'wire-bot']);
    expect(created.code).toBe(0);
    const token = /Bearer (\S+)"/.exec(created.stdout)?.[1];
    expect(token).toMatch(/^mirsad_/);
    expect(cli(['token:create', '--name', 'wire-bot']).code).toBe(2);
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

  it('ingest takes the seed file (plain-text dump) and is idempotent', () => {
    const first = cli(['ingest', SEED, '--source', 'تاس']);
    expect(first.stderr).toBe('');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^16 new, 0 updated, 0 unchanged, 0 rejected \(text, source "تاس"\)$/);
    expect(cli(['ingest', SEED, '--source', 'تاس']).stdout).toMatch(
      /^0 new, 0 updated, 16 unchanged, 0 rejected/,
    );
  });

  it('ingest refuses a hostile or missing feed with a clear message and a non-zero exit', () => {
    const laughs = join(dir, 'laughs.xml');
    writeFileSync(
      laughs,
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>',
    );
    const refused = cli(['ingest', laughs]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('feed.doctype_refused');
    const missing = cli(['ingest', join(dir, 'nope.xml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });

  it('reindex rebuilds search text, and with --retag the automatic tags', async () => {
    const env = await startTestApp('sqlite', DATABASE_URL);
    try {
      await env.ctx.database.db.updateTable('items').set({ search_text: '', countries: '[]' }).execute();
    } finally {
      await env.app.close();
    }
    const plain = cli(['reindex']);
    expect(plain).toMatchObject({ code: 0 });
    expect(plain.stdout).toMatch(/^reindexed \d+ items$/);
    const retag = cli(['reindex', '--retag']);
    expect(retag.stdout).toMatch(/^reindexed \d+ items; [1-9]\d* retagged$/);
    expect(cli(['reindex', '--retag']).stdout).toMatch(/; 0 retagged$/);
  });

  it('tag prints one JSON object per input line', () => {
    const result = cli(
      ['tag'],
      'العراق يطالب إيران بتسهيل مرور الغاز من تركمانستان\n\nكوريا الجنوبية تخصص 3 ملايين دولار لمكافحة تغير المناخ في آسيا الوسطى\n',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].countries).toEqual(expect.arrayContaining(['IQ', 'IR', 'TM']));
    expect(lines[0].topics).toContain('energy');
    expect(lines[1].countries).toContain('KR');
    expect(lines[1].regions).toContain('central-asia');
    expect(result.stderr).toBe('tagged 2 lines');
  });

  it('npm run -s cli works as documented, and unknown commands exit 2 with the usage', () => {
    const result = spawnSync('npm', ['run', '-s', 'cli', '--', 'nonsense'], {
      env: { ...process.env, DATABASE_URL },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run -s cli -- <command>');
  });
});
