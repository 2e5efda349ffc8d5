/**
 * Throughput of the Arabic language layer on one core: headlines tagged per second (the development set,
 * repeated), full articles tagged per second, and normalise + search-index throughput.
 * Run: npx tsx bench/tagging.ts — prints a table and writes bench/results/tagging.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { DEV_SET } from '../eval/tagging/dev-set.ts';
import { tagText } from '../src/shared/tagging/index.ts';
import { normalizeArabic, parseSearchQuery, searchIndexText, tokenize } from '../src/shared/text/index.ts';

const headlines = DEV_SET.map((item) => item.headline);
// An article-sized body: the dev-set bodies and summaries, repeated to about 600 words (a long wire story).
const paragraphs = DEV_SET.flatMap((item) => [item.summary ?? '', item.body ?? '']).filter(Boolean);
let article = '';
while (article.split(' ').length < 600) article += `${paragraphs.join('\n')}\n`;
const articleItem = { headline: headlines[0]!, summary: paragraphs[0]!, body: article };

interface Row {
  name: string;
  unit: string;
  opsPerSecond: number;
  microsecondsPerOp: number;
  charsPerSecond?: number;
}

/** Runs `fn` over `inputs` repeatedly for about `ms` milliseconds (after a warm-up) and returns ops/s. */
function measure(
  name: string,
  unit: string,
  inputs: readonly unknown[],
  fn: (input: never) => unknown,
  ms = 1500,
  chars?: number,
): Row {
  let sink = 0;
  const run = (n: number) => {
    for (let i = 0; i < n; i++) {
      const result = fn(inputs[i % inputs.length] as never);
      if (result) sink++;
    }
  };
  run(Math.min(2000, inputs.length * 10)); // warm-up: JIT, lazy gazetteer and lexicon, caches
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    run(inputs.length);
    ops += inputs.length;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink);
  const opsPerSecond = (ops / elapsed) * 1000;
  const row: Row = { name, unit, opsPerSecond, microsecondsPerOp: (1000 / opsPerSecond) * 1000 };
  if (chars !== undefined) row.charsPerSecond = (chars / inputs.length) * opsPerSecond;
  return row;
}

const coldStart = performance.now();
tagText({ headline: 'بدء' });
const coldMs = performance.now() - coldStart;

const headlineChars = headlines.reduce((sum, h) => sum + h.length, 0);
const rows: Row[] = [
  measure('tagText (headline)', 'headlines', headlines, (h: string) => tagText({ headline: h })),
  measure(
    'tagText (article ~600 words)',
    'articles',
    [articleItem],
    (a: typeof articleItem) => tagText(a),
    1500,
  ),
  measure(
    'normalizeArabic (headline)',
    'headlines',
    headlines,
    (h: string) => normalizeArabic(h),
    1000,
    headlineChars,
  ),
  measure('tokenize (headline)', 'headlines', headlines, (h: string) => tokenize(h), 1000, headlineChars),
  measure(
    'searchIndexText (headline)',
    'headlines',
    headlines,
    (h: string) => searchIndexText(h),
    1000,
    headlineChars,
  ),
  measure(
    'searchIndexText (article)',
    'articles',
    [article],
    (a: string) => searchIndexText(a),
    1500,
    article.length,
  ),
  measure(
    'parseSearchQuery',
    'queries',
    headlines.map((h) => h.split(' ').slice(0, 3).join(' ')),
    (q: string) => parseSearchQuery(q),
  ),
];

const format = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `Arabic language layer — ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, one core`,
);
console.log(`First tagText call (builds gazetteer and lexicon): ${coldMs.toFixed(1)} ms\n`);
console.log(
  `${'operation'.padEnd(32)}${'ops/s'.padStart(12)}${'µs/op'.padStart(10)}${'chars/s'.padStart(14)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(32)}${format(row.opsPerSecond).padStart(12)}${row.microsecondsPerOp.toFixed(1).padStart(10)}` +
      `${(row.charsPerSecond ? format(row.charsPerSecond) : '').padStart(14)}`,
  );
}
const target = 20_000;
const headlineRate = rows[0]!.opsPerSecond;
console.log(
  `\nTarget ≥ ${format(target)} headlines/s: ${headlineRate >= target ? 'met' : 'NOT met'} (${format(headlineRate)}/s)`,
);

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'results', 'tagging.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model ?? null,
      devSetHeadlines: headlines.length,
      articleChars: article.length,
      coldStartMs: coldMs,
      targetHeadlinesPerSecond: target,
      met: headlineRate >= target,
      results: rows,
    },
    null,
    2,
  )}\n`,
);
console.log(`Wrote ${out}`);
