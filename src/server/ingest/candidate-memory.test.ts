import { expect, it } from 'vitest';
import { CandidateMemory, candidateMemoryOf, type Candidate } from './candidate-memory.ts';
import { signatureOf } from './near-duplicates.ts';

const candidate = (id: number): Candidate => ({
  id,
  clusterId: id,
  singleton: true,
  clusterStartedAt: 1_000 + id,
  signature: signatureOf({ headline: `خبر ${id}`, summary: '', countries: ['KZ'], language: 'ar', time: 0 }),
});

it('gives out copies: a batch marking its copy a root changes nothing remembered until it remembers it', () => {
  const memory = new CandidateMemory();
  memory.remember(candidate(1));
  const copy = memory.recall(1)!;
  copy.singleton = false;
  expect(memory.recall(1)!.singleton).toBe(true);
  memory.remember(copy);
  expect(memory.recall(1)!.singleton).toBe(false);
  expect(memory.recall(2)).toBeUndefined();
});

it('is bounded: past 20,000 the first remembered are dropped first', () => {
  const memory = new CandidateMemory();
  for (let id = 1; id <= 20_010; id++) memory.remember(candidate(id));
  expect(memory.size).toBe(20_000);
  expect(memory.recall(10)).toBeUndefined();
  expect(memory.recall(11)?.id).toBe(11);
  expect(memory.recall(20_010)?.id).toBe(20_010);
});

it('is one per open database, so two databases with the same ids never mix', () => {
  const a = {};
  const b = {};
  candidateMemoryOf(a).remember(candidate(1));
  expect(candidateMemoryOf(a).recall(1)?.id).toBe(1);
  expect(candidateMemoryOf(b).recall(1)).toBeUndefined();
});
