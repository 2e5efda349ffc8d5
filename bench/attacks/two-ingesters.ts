/**
 * Finding 6: ingest from two places at once. Twenty pushes of one guid race to insert it; two CLI runs ingest the
 * same file into the database the server is using; an editor keeps writing meanwhile; and what the CLI stored
 * reaches a live client within a second of its commit (SQLite: the server watches PRAGMA data_version; PostgreSQL:
 * LISTEN/NOTIFY).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AttackContext } from './support/context.ts';
import { CommitWatch } from './support/commit-watch.ts';
import { nearDuplicateItems, rssDocument } from './support/feeds.ts';
import { formatTally, request, tally } from './support/http.ts';
import { Probe, formatStats } from './support/latency.ts';
import { ms, timeBound } from './support/rows.ts';
import { SseStream } from './support/sse.ts';
import { percentile } from './support/latency.ts';

/** What a concurrent writer must never see. */
const LOCK_ERRORS = /database is locked|SQLITE_BUSY|duplicate key|UNIQUE constraint/i;

async function countBySource(ctx: AttackContext, source: string): Promise<number> {
  const database = await ctx.desk.database();
  const row = await database.db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source', '=', source)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function twoIngesters(ctx: AttackContext): Promise<void> {
  const { desk, rows, mode } = ctx;
  const base = desk.servers.desk.url;

  await rows.check('6', '20 concurrent pushes of one guid', async () => {
    const source = `سباق ${randomBytes(3).toString('hex')}`;
    const body = { source, guid: 'one-guid', headline: 'خبر واحد يصل عشرين مرة في اللحظة نفسها' };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        request(base, 'POST', '/api/items', { headers: { authorization: desk.token }, body }),
      ),
    );
    const counts = tally(responses);
    const stored = await countBySource(ctx, source);
    return {
      held: responses.every((response) => response.status === 200 || response.status === 201) && stored === 1,
      figure: `${formatTally(counts)}; ${stored} item stored`,
    };
  });

  const size = mode === 'full' ? 20_000 : 1_000;
  const dir = mkdtempSync(join(tmpdir(), 'mirsad-attacks-'));
  const source = `ملف مشترك ${randomBytes(3).toString('hex')}`;
  const file = join(dir, 'wire.xml');
  writeFileSync(file, rssDocument(nearDuplicateItems(size, `cli-${randomBytes(3).toString('hex')}`)));
  try {
    // Watching: a live client (the editor's screen), the commit times, and the editor's own writes.
    const watch = await CommitWatch.start(desk.databaseUrl);
    const { editor, huda } = desk.sessions;
    const stream = await SseStream.open(
      base,
      { cookie: editor.cookie },
      { localAddress: editor.localAddress },
    );
    const target = await desk.push(base, { headline: 'خبر تعليقات أثناء الاستيراد' });
    let comments = 0;
    const writer = new Probe(
      () =>
        huda.request('POST', `/api/items/${target.id}/comments`, {
          body: { body: `تعليق أثناء الاستيراد ${++comments}` },
        }),
      100,
    ).start();
    const runs = await Promise.all([
      desk.cli(['ingest', file, '--source', source]),
      desk.cli(['ingest', file, '--source', source]),
    ]);
    const writes = await writer.stop();
    const stored = await countBySource(ctx, source);
    // Every item the CLI created is announced once: wait for them all (bounded), then measure.
    const ours = () =>
      stream
        .messages()
        .filter(
          (frame) =>
            frame.type === 'item.ingested' && (frame.payload as { source: string }).source === source,
        );
    await stream.until(() => ours().length >= stored, 120_000);
    stream.close();
    await watch.stop();

    await rows.check(
      '6',
      `two CLI runs ingest the same ${size.toLocaleString('en')}-item file at once`,
      async () => {
        const failures = runs.filter((run) => run.code !== 0 || LOCK_ERRORS.test(run.stderr));
        return {
          held: failures.length === 0 && stored === size,
          figure:
            `exit ${runs.map((run) => run.code).join(' and ')} in ${runs.map((run) => ms(run.ms)).join(' / ')}; ` +
            `${stored} items stored; ${runs.map((run) => run.stdout.trim().split('\n').at(-1)?.split('(')[0]?.trim()).join(' | ')}` +
            (failures.length
              ? `; stderr: ${failures.map((run) => run.stderr.trim().slice(0, 200)).join(' | ')}`
              : ''),
        };
      },
    );

    await rows.check('6', "an editor's comments during the CLI runs", async () => {
      const failed = writes.count - (writes.statuses[201] ?? 0);
      return {
        held: writes.count > 0 && failed === 0,
        figure: `${writes.count} comments, ${failed} failed; ${formatStats(writes)}`,
      };
    });

    await rows.check('6', 'CLI-ingested items reach a live client within a second of commit', async () => {
      const delays = ours()
        .map((frame) => frame.at - watch.committedAt(frame.id ?? 0))
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
      const bound = timeBound(mode, 1_000);
      const worst = delays.at(-1) ?? Number.NaN;
      return {
        held: ours().length === stored && stored > 0 && worst <= bound,
        figure: `${ours().length} of ${stored} arrived; delay after commit p50 ${ms(percentile(delays, 50))}, p99 ${ms(percentile(delays, 99))}, max ${ms(worst)} (bound ${ms(bound)})`,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
