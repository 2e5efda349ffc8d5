/**
 * The desk's view of an attack: a probe sends one request after another at a steady pace (a load generator's
 * pacing, not synchronisation) and records how long each took, so that p50/p99 can be compared with and without
 * the attack running.
 */
import { formatTally, type HttpResponse } from './http.ts';

export interface ProbeStats {
  count: number;
  p50: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export class Probe {
  private readonly times: number[] = [];
  private readonly statuses: Record<string, number> = {};
  private running = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: () => Promise<HttpResponse>,
    private readonly intervalMs: number,
  ) {}

  start(): this {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const started = performance.now();
        const response = await this.send();
        this.times.push(response.ms);
        this.statuses[response.status] = (this.statuses[response.status] ?? 0) + 1;
        const pause = this.intervalMs - (performance.now() - started);
        if (pause > 0 && this.running) await new Promise((resolve) => setTimeout(resolve, pause));
      }
    })();
    return this;
  }

  /** Stops after the request in flight (which counts: a stall shows in the last request too). */
  async stop(): Promise<ProbeStats> {
    this.running = false;
    await this.loop;
    const sorted = [...this.times].sort((a, b) => a - b);
    return {
      count: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
      statuses: { ...this.statuses },
    };
  }
}

/** `p50 12 / p99 140 ms (n=210)`, with statuses when any was not 200. */
export function formatStats(stats: ProbeStats): string {
  const odd = Object.keys(stats.statuses).some((status) => status !== '200');
  return `p50 ${Math.round(stats.p50)} / p99 ${Math.round(stats.p99)} ms (n=${stats.count}${odd ? `; ${formatTally(stats.statuses)}` : ''})`;
}
