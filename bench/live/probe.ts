/**
 * Preloaded into a server process the live benchmark starts (`node --import probe.js …`): measures the event
 * loop's delay and reports it with memory over the IPC channel only the benchmark holds. Nothing is exposed
 * over HTTP, and a server started without it has no such channel.
 *
 * `{kind: 'probe', reset?, gc?}` answers `{kind: 'probed', …}` with the delay since the last reset.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ProbeReply {
  kind: 'probed';
  /** Event-loop delay since the last reset (ms). */
  loopMaxMs: number;
  loopP99Ms: number;
  loopMeanMs: number;
  rssBytes: number;
  heapUsedBytes: number;
  externalBytes: number;
}

if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('message', (message: { kind?: string; reset?: boolean; gc?: boolean }) => {
    if (message.kind !== 'probe') return;
    // --expose-gc is given by the benchmark: memory is read after a full collection, not at a random moment.
    if (message.gc) (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    const reply: ProbeReply = {
      kind: 'probed',
      loopMaxMs: delay.max / 1e6,
      loopP99Ms: delay.percentile(99) / 1e6,
      loopMeanMs: delay.mean / 1e6,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      externalBytes: memory.external,
    };
    if (message.reset) delay.reset();
    process.send!(reply);
  });
  // The channel must not keep a server alive that would otherwise exit.
  process.channel?.unref();
}
