/**
 * Prints the tagger's figures on the development set and on the held-out set (written after the rules were
 * frozen): countries, organisations (overall and per organisation), topics, topic coverage, and every miss.
 * Run: npx tsx eval/tagging/evaluate.ts            (both sets, misses of both)
 *      npx tsx eval/tagging/evaluate.ts --no-misses
 */
import { DEV_SET } from './dev-set.ts';
import { HELD_OUT } from './held-out.ts';
import { evaluateTagger } from './evaluation.ts';
import type { Evaluation, Scores } from './evaluation.ts';

const showMisses = !process.argv.includes('--no-misses');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, s: Scores) =>
  `${name.padEnd(14)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}` +
  `   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
const share = (n: number, of: number) => `${n}/${of} = ${pct(of === 0 ? 1 : n / of)}`;

function report(title: string, result: Evaluation) {
  console.log(`${title}: ${result.items} items (micro-averaged)`);
  console.log(row('countries', result.countries));
  console.log(row('organisations', result.organisations));
  console.log(row('topics', result.topics));
  const c = result.topicCoverage;
  console.log(`topic coverage: ${share(c.tagged, c.items)} of all items have a topic`);
  console.log(`                ${share(c.taggedWhereExpected, c.expected)} of items a reader gives a topic`);
  console.log(`                ${c.taggedWhereNone} item(s) whose gold has no topic got one`);
  console.log(`                ${share(c.allRight, c.tagged)} of items with topics have only right ones`);
  console.log('\nPer organisation:');
  for (const { org, scores } of result.perOrganisation) console.log(`  ${row(org, scores)}`);
  if (showMisses) {
    console.log(`\nMisses (${result.misses.length}):`);
    for (const miss of result.misses) {
      const parts = [];
      if (miss.missing.length) parts.push(`missing ${miss.missing.join(',')}`);
      if (miss.extra.length) parts.push(`extra ${miss.extra.join(',')}`);
      console.log(`  [${miss.kind}] ${parts.join('; ')} — ${miss.headline}`);
    }
  }
  console.log('');
}

report('Development set', evaluateTagger(DEV_SET));
report('Held-out set', evaluateTagger(HELD_OUT));
