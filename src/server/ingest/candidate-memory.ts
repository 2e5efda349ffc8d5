/**
 * Clustering's memory of stored items, kept across transactions (one per open database). Consecutive batches
 * compare against mostly the same recent items; reading and parsing them again in every transaction was a third
 * of a 20,000-item ingest on SQLite, and on PostgreSQL several round trips a transaction.
 *
 * Why a remembered candidate stays true: its signature and receive time never change once written, items are
 * never deleted (so an id is never reused), and its cluster changes only one way, from none to its own id when
 * a later item joins it (clustering.ts). A candidate remembered as a singleton that another writer has since made
 * a root only makes this process mark it root again, which writes the same value. Only what is committed is
 * remembered: what a batch learnt is kept after its transaction commits (a rolled-back batch's ids are reused).
 */
import type { Signature } from './near-duplicates.ts';

export interface Candidate {
  id: number;
  clusterId: number;
  /** Whether the candidate's row still has cluster_id null (a singleton that becomes a root if joined). */
  singleton: boolean;
  clusterStartedAt: number;
  signature: Signature;
}

/**
 * At most this many candidates per database, the first remembered dropped first (1.85 KB each: 38 MB when full).
 * Not reordered on use: a transaction recalls about a thousand, and moving each was a tenth of the clustering
 * step; the newest items, the likeliest candidates, are the last remembered anyway.
 */
const REMEMBERED_MAX = 20_000;

export class CandidateMemory {
  readonly #entries = new Map<number, Candidate>();

  /** A copy of what is remembered of this item, if anything: the caller may change its copy freely. */
  recall(id: number): Candidate | undefined {
    const entry = this.#entries.get(id);
    return entry && { ...entry };
  }

  /** Keeps a copy of a committed candidate's state. */
  remember(candidate: Candidate): void {
    this.#entries.delete(candidate.id);
    this.#entries.set(candidate.id, { ...candidate });
    if (this.#entries.size > REMEMBERED_MAX) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}

const memories = new WeakMap<object, CandidateMemory>();

/** The memory of one open database (keyed by its handle, so tests' many databases never share ids). */
export function candidateMemoryOf(database: object): CandidateMemory {
  let memory = memories.get(database);
  if (!memory) memories.set(database, (memory = new CandidateMemory()));
  return memory;
}
