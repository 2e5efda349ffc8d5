/**
 * The attack suite: every numbered finding of the hardening issue, replayed against the built server on SQLite
 * and (when TEST_DATABASE_URL names one) PostgreSQL. Prints `attack | database | held/broke | figure`, writes
 * bench/results/attacks.json (attacks-short.json for --short), exits 1 if any row broke.
 *
 *   npm run attacks                      everything, timing rows included (several minutes per database)
 *   npm run attacks -- --short           behavioural rows only, small data, loose time bounds (CI)
 *   npm run attacks -- --only=4,5        some findings
 *   npm run attacks -- --short --report=reports/attacks.json   also the summary test-summary.mjs reads
 *   ATTACKS_WINDOW_SECONDS=20 (full run: how long each stall attack runs), ATTACKS_PG_ITEMS=20000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { DialectName } from '../../src/server/db/index.ts';
import { benchDialects, report } from '../support.ts';
import { editingBypass } from './editing-bypass.ts';
import { liveStream } from './live-stream.ts';
import { signIn } from './sign-in.ts';
import {
  bidiAndInvisible,
  forbiddenMalformed,
  hugeCliFile,
  remoteImages,
  shutdownWithClients,
  slowLoris,
} from './smaller.ts';
import { stallBehaviour, stallTiming } from './stalls.ts';
import { BEHAVIOUR_SERVERS, type AttackContext } from './support/context.ts';
import { Desk } from './support/desk.ts';
import { closeAgents } from './support/http.ts';
import { RowSink, type Mode, type Row } from './support/rows.ts';
import { twoIngesters } from './two-ingesters.ts';
import { validation } from './validation.ts';
import { wireUpdates } from './wire-updates.ts';

const { values } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    only: { type: 'string' },
    report: { type: 'string' },
  },
});
const mode: Mode = values.short ? 'short' : 'full';
const only = values.only ? new Set(values.only.split(',').map((finding) => finding.trim())) : null;
const wanted = (finding: string) => only === null || only.has(finding);
const windowMs = Number(process.env.ATTACKS_WINDOW_SECONDS ?? 20) * 1_000;

/** The groups in the order they run on the behaviour desk; the edge server is stopped by the last one. */
const GROUPS: Array<[finding: string, run: (ctx: AttackContext) => Promise<void>]> = [
  ['1', stallBehaviour],
  ['2', wireUpdates],
  ['3', editingBypass],
  ['7', validation],
  ['4', signIn],
  ['5', liveStream],
  ['6', twoIngesters],
  ['8', bidiAndInvisible],
  ['8', remoteImages],
  ['8', forbiddenMalformed],
  ['8', hugeCliFile],
  ['8', slowLoris],
  ['8', shutdownWithClients],
];

const loads: number[] = [];
const loadSampler = setInterval(() => loads.push(loadavg()[0]!), 5_000);
loadSampler.unref();
loads.push(loadavg()[0]!);

async function runDatabase(dialect: DialectName): Promise<Row[]> {
  const log = (line: string) => console.log(`[${dialect}] ${line}`);
  const rows = new RowSink(dialect, log);
  const groups = GROUPS.filter(([finding]) => wanted(finding));
  if (groups.length > 0) {
    log(`starting the desk (two servers on one ${dialect} database)…`);
    let desk: Desk<'desk' | 'edge'> | null = null;
    try {
      desk = await Desk.open(dialect, BEHAVIOUR_SERVERS);
      const ctx: AttackContext = { mode, desk, rows, log };
      for (const [, run] of groups) await run(ctx);
    } catch (error) {
      await rows.check('-', 'the suite itself', async () => ({
        held: false,
        figure: `stopped: ${(error as Error)?.stack ?? String(error)}`,
      }));
    } finally {
      await desk?.close().catch((error: unknown) => log(`closing the desk failed: ${String(error)}`));
    }
  }
  if (mode === 'full' && wanted('1')) {
    log(`building the stall desk and running each attack for ${windowMs / 1000} s…`);
    await stallTiming(dialect, rows, log, windowMs).catch((error: unknown) =>
      rows.check('1', 'the stall runs', async () => ({
        held: false,
        figure: `stopped: ${(error as Error)?.stack ?? String(error)}`,
      })),
    );
  }
  return rows.rows;
}

const started = performance.now();
const dialects = benchDialects();
console.log(
  `attack suite (${mode}) on ${dialects.join(' and ')}; load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')} on ${(await import('node:os')).availableParallelism()} cores`,
);
// The short run has no timing rows, so the databases may share the machine; the full run takes turns.
const results =
  mode === 'short'
    ? (await Promise.all(dialects.map(runDatabase))).flat()
    : await dialects.reduce<Promise<Row[]>>(
        async (done, dialect) => [...(await done), ...(await runDatabase(dialect))],
        Promise.resolve([]),
      );
closeAgents();
clearInterval(loadSampler);

// Finding by finding, each attack's databases side by side.
const order = new Map<string, number>();
for (const row of results) if (!order.has(row.attack)) order.set(row.attack, order.size);
const findingNumber = (finding: string) => Number.parseInt(finding, 10) || 0;
const sorted = [...results].sort(
  (a, b) =>
    findingNumber(a.finding) - findingNumber(b.finding) ||
    order.get(a.attack)! - order.get(b.attack)! ||
    a.database.localeCompare(b.database),
);
report(
  mode === 'full' ? 'attacks' : 'attacks-short',
  sorted.map((row) => ({
    '#': row.finding,
    attack: row.attack,
    database: row.database,
    'held/broke': row.verdict,
    figure: row.figure.replaceAll('\n', ' '),
  })),
);
const broke = sorted.filter((row) => row.verdict === 'broke');
const meanLoad = loads.reduce((sum, n) => sum + n, 0) / loads.length;
console.log(
  `\n${sorted.length - broke.length} held, ${broke.length} broke in ${((performance.now() - started) / 60_000).toFixed(1)} min; ` +
    `1-minute load average during the run: min ${Math.min(...loads).toFixed(1)}, mean ${meanLoad.toFixed(1)}, max ${Math.max(...loads).toFixed(1)}`,
);
for (const row of broke) console.log(`BROKE ${row.finding} ${row.attack} [${row.database}]: ${row.figure}`);

if (values.report) {
  // For scripts/test-summary.mjs: every row counts as one test.
  mkdirSync(dirname(values.report), { recursive: true });
  writeFileSync(
    values.report,
    JSON.stringify(
      { mode, passed: sorted.length - broke.length, failed: broke.length, rows: sorted },
      null,
      2,
    ),
  );
}
process.exit(broke.length > 0 ? 1 : 0);
