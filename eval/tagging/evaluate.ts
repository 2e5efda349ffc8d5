/**
 * Prints the tagger's precision, recall and F1 on the development set, and every miss.
 * Run: npx tsx eval/tagging/evaluate.ts
 */
import { DEV_SET } from './dev-set.ts';
import { evaluateTagger } from './evaluation.ts';
import type { Scores } from './evaluation.ts';

const result = evaluateTagger(DEV_SET);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, s: Scores) =>
  `${name.padEnd(10)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}` +
  `   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;

console.log(`Development set: ${result.items} items (micro-averaged)`);
console.log(row('countries', result.countries));
console.log(row('topics', result.topics));
console.log(`\nMisses (${result.misses.length}):`);
for (const miss of result.misses) {
  const parts = [];
  if (miss.missing.length) parts.push(`missing ${miss.missing.join(',')}`);
  if (miss.extra.length) parts.push(`extra ${miss.extra.join(',')}`);
  console.log(`  [${miss.kind}] ${parts.join('; ')} — ${miss.headline}`);
}
