/**
 * What the suite reports: one row per attack and database, `held` or `broke`, with the figure that decided it.
 * A behavioural row judges what the server did (statuses, contents); a timing row judges a latency bound and is
 * run and judged only in the full run (CI's machine is shared: speed is measured there, never asserted).
 */
import type { DialectName } from '../../../src/server/db/index.ts';

export type Mode = 'short' | 'full';
export type Verdict = 'held' | 'broke';

export interface Row {
  /** The finding: `1a`, `4`, `8c`… */
  finding: string;
  attack: string;
  database: DialectName;
  verdict: Verdict;
  figure: string;
  kind: 'behaviour' | 'timing';
}

export interface Outcome {
  held: boolean;
  figure: string;
}

/** Collects rows; each check runs on its own, and an exception in one is that row's `broke`, named. */
export class RowSink {
  readonly rows: Row[] = [];
  constructor(
    readonly database: DialectName,
    private readonly progress: (line: string) => void,
  ) {}

  async check(
    finding: string,
    attack: string,
    run: () => Promise<Outcome>,
    kind: Row['kind'] = 'behaviour',
  ): Promise<Outcome> {
    const started = performance.now();
    let outcome: Outcome;
    try {
      outcome = await run();
    } catch (error) {
      outcome = {
        held: false,
        figure: `the attack failed to run: ${(error as Error)?.stack ?? String(error)}`,
      };
    }
    const row: Row = {
      finding,
      attack,
      database: this.database,
      verdict: outcome.held ? 'held' : 'broke',
      figure: outcome.figure,
      kind,
    };
    this.rows.push(row);
    this.progress(
      `${row.verdict === 'held' ? 'held ' : 'BROKE'} ${finding} ${attack} — ${outcome.figure.split('\n')[0]} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    return outcome;
  }
}

/** A bound on time that is judged in the full run and only loosely in the short one (a busy CI machine). */
export function timeBound(mode: Mode, fullMs: number, shortMs = Math.max(5_000, fullMs * 5)): number {
  return mode === 'full' ? fullMs : shortMs;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
export const seconds = (value: number) => (Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : 'n/a');
