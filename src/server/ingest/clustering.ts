/**
 * Near-duplicate grouping at ingest: items from different suppliers about the same story share a cluster,
 * whose id is the id of its first item (`items.cluster_id`; a singleton keeps null). Runs inside the store
 * step's transaction, after the batch's rows are inserted. Decisions: docs/decisions/004-near-duplicates.md.
 *
 * For each new item, in id order:
 * 1. Candidates: items whose headline key (`title_key`) is identical, and items that share a candidate key
 *    (strong headline feature × country, see near-duplicates.ts) — both within the time window, both looked up
 *    with indexed queries, once per batch (in chunks of IN_CHUNK values), never per item; items earlier in the
 *    same batch are candidates too, from memory. At most PER_KEY items per key (the newest) and MAX_COMPARED
 *    candidates per item (those sharing the most keys) are compared, so a common key costs a bounded amount.
 * 2. Decision: compareSignatures (the same rule for an identical headline as for a paraphrase, so the time and
 *    figures gates also keep a daily bulletin with the same headline out of yesterday's cluster).
 * 3. The item joins the cluster of the best-scoring match, if that cluster is still open: its first item was
 *    received less than CLUSTER_WINDOW_MS before. Clusters are never merged: when an item matches two, it
 *    joins the better match only. (Merging would rewrite ids editors have seen, and one roundup item that
 *    mentions two stories would weld them together for good.)
 * 4. Writes, all batched: the signatures, the item's keys (except keys its cluster already holds: a big
 *    cluster does not fill the key table with copies), and every cluster_id change in one UPDATE per 200 rows.
 */
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/index.ts';
import { isPostgres } from '../db/is-postgres.ts';
import { oneOfValue } from '../db/one-of.ts';
import { preparedInsert, type InsertRow } from '../db/prepared-insert.ts';
import { prepared } from '../db/prepared.ts';
import type { ItemRow } from '../db/schema.ts';
import type { Candidate, CandidateMemory } from './candidate-memory.ts';
import {
  asStored,
  candidateKeys,
  compareSignatures,
  MAX_HOURS,
  parseSignature,
  serializeSignature,
  signatureOf,
  type Signature,
} from './near-duplicates.ts';

/** A cluster takes new members while its first item is younger than this: a story's lifetime on the desk. */
export const CLUSTER_WINDOW_MS = 72 * 3_600_000;
const CANDIDATE_WINDOW_MS = MAX_HOURS * 3_600_000;
/** Wire times further than this from the receive time are not trusted for the time gate. */
const WIRE_TIME_TRUST_MS = 48 * 3_600_000;
const PER_KEY = 24;
const MAX_COMPARED = 32;
const SAME_TITLE = 1_000;
const IN_CHUNK = 500;
const UPDATE_CHUNK = 200;

type SignatureSource = Pick<
  ItemRow,
  'headline' | 'summary' | 'countries' | 'language' | 'received_at' | 'wire_time'
>;

/** What assignClusters learnt about the batch, to keep once its transaction has committed. */
export interface Clustered {
  /** Remember the batch's signatures for the next batches: call only after the commit. */
  settle(): void;
}

/** The signature input of a stored row. */
function signatureOfRow(row: SignatureSource): Signature {
  const wire = row.wire_time;
  const time =
    wire !== null && Math.abs(wire - row.received_at) <= WIRE_TIME_TRUST_MS ? wire : row.received_at;
  return signatureOf({
    headline: row.headline,
    summary: row.summary,
    countries: JSON.parse(row.countries) as string[],
    language: row.language,
    time,
  });
}

/** Puts freshly inserted items into the cluster of an earlier item about the same story, if any. */
export async function assignClusters(
  trx: Tx,
  inserted: ItemRow[],
  memory: CandidateMemory,
): Promise<Clustered> {
  const inBatch = new Map<number, Candidate>();
  const updates = new Map<number, number>();
  const known = new Map<number, Candidate>();
  // The batch's items, and the stored ones it made roots, as committed.
  const clustered = {
    settle: () => {
      for (const candidate of inBatch.values()) memory.remember(candidate);
      for (const id of updates.keys()) if (known.has(id)) memory.remember(known.get(id)!);
    },
  };
  if (inserted.length === 0) return clustered;
  const rows = [...inserted].sort((a, b) => a.id - b.id);
  const entries = rows.map((row) => {
    const computed = signatureOfRow(row);
    // Compared as stored (weights rounded): the same now as when a later batch reads it back.
    return { row, signature: asStored(computed), keys: candidateKeys(computed) };
  });
  const since = Math.min(...rows.map((row) => row.received_at)) - CANDIDATE_WINDOW_MS;

  const holdersByKey = new Map<string, number[]>();
  const byTitle = new Map<string, number[]>();
  const load = (ids: readonly number[], options: { withoutSignature: boolean }) =>
    loadCandidates(trx, ids, known, memory, options);
  await loadStoredCandidates(
    trx,
    {
      keys: [...new Set(entries.flatMap((e) => e.keys))],
      titleKeys: [...new Set(rows.map((row) => row.title_key).filter((key) => key.length > 0))],
      since,
      firstOfBatch: rows[0]!.id,
    },
    load,
    holdersByKey,
    byTitle,
  );

  const signatureRows: Array<{ item_id: number; signature: string }> = [];
  const keyRows: Array<{ key: string; received_at: number; item_id: number }> = [];
  const candidateOf = (id: number) => inBatch.get(id) ?? known.get(id);

  for (const { row, signature, keys } of entries) {
    // Candidates ranked by the number of keys they share with the item (an identical headline counts most).
    const shared = new Map<number, number>();
    for (const id of byTitle.get(row.title_key) ?? []) shared.set(id, SAME_TITLE);
    for (const key of keys)
      for (const id of holdersByKey.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    const ranked = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_COMPARED);

    let best: { candidate: Candidate; score: number } | null = null;
    for (const [id] of ranked) {
      const candidate = candidateOf(id);
      if (!candidate || candidate.id === row.id) continue;
      if (candidate.clusterStartedAt < row.received_at - CLUSTER_WINDOW_MS) continue;
      const verdict = compareSignatures(signature, candidate.signature);
      if (!verdict.same) continue;
      if (
        !best ||
        verdict.score > best.score ||
        (verdict.score === best.score && candidate.clusterId < best.candidate.clusterId)
      )
        best = { candidate, score: verdict.score };
      // The same headline that passes the gates is as good as a match gets; candidates are ranked, so stop.
      if ((shared.get(id) ?? 0) >= SAME_TITLE) break;
    }

    let self: Candidate;
    if (best) {
      const clusterId = best.candidate.clusterId;
      // The first item to join a singleton makes it a root: it takes its own id as cluster id.
      const root = candidateOf(clusterId);
      if (root?.singleton) {
        updates.set(clusterId, clusterId);
        root.singleton = false;
      }
      updates.set(row.id, clusterId);
      row.cluster_id = clusterId;
      self = {
        id: row.id,
        clusterId,
        singleton: false,
        clusterStartedAt: best.candidate.clusterStartedAt,
        signature,
      };
    } else {
      self = { id: row.id, clusterId: row.id, singleton: true, clusterStartedAt: row.received_at, signature };
    }
    inBatch.set(row.id, self);
    signatureRows.push({ item_id: row.id, signature: serializeSignature(signature) });
    for (const key of keys) {
      const holders = holdersByKey.get(key) ?? [];
      // A key the cluster already holds finds the cluster anyway.
      if (best && holders.some((id) => candidateOf(id)?.clusterId === self.clusterId)) continue;
      keyRows.push({ key, received_at: row.received_at, item_id: row.id });
      holders.unshift(row.id);
      if (holders.length > PER_KEY) holders.length = PER_KEY;
      holdersByKey.set(key, holders);
    }
    if (row.title_key) {
      const titled = byTitle.get(row.title_key) ?? [];
      if (titled.length < PER_KEY) titled.push(row.id);
      byTitle.set(row.title_key, titled);
    }
  }

  await insertSignaturesAndKeys(trx, signatureRows, keyRows);
  const changes = [...updates.entries()];
  const joined: number[] = [];
  for (let start = 0; start < changes.length; start += UPDATE_CHUNK)
    joined.push(...(await setClusterIds(trx, changes.slice(start, start + UPDATE_CHUNK))));
  await growClusterSizes(trx, joined);
  // Only the newest member of a cluster keeps newest_in_cluster = 1 (new rows start at 1; see migration 002).
  const touched = [...new Set(updates.values())];
  for (let start = 0; start < touched.length; start += UPDATE_CHUNK)
    await trx
      .updateTable('items')
      .set({ newest_in_cluster: 0 })
      .where('cluster_id', 'in', touched.slice(start, start + UPDATE_CHUNK))
      .where('newest_in_cluster', '=', 1)
      .where((eb) =>
        eb(
          'items.id',
          '<',
          eb
            .selectFrom('items as member')
            .select((inner) => inner.fn.max('member.id').as('newest'))
            .whereRef('member.cluster_id', '=', 'items.cluster_id'),
        ),
      )
      .execute();
  return clustered;
}

/**
 * Sets each item's cluster_id, all in one statement: on PostgreSQL joined with the pairs as two array
 * parameters (a CASE of 200 branches was planned anew and tried branch by branch for every row, 13 ms a
 * statement); on SQLite the CASE, which it runs in well under a millisecond. Only items without a cluster
 * change (a root remembered as a singleton may have been made one by another writer since): it returns the
 * cluster each changed item joined, which is what the clusters' sizes grow by.
 */
async function setClusterIds(
  trx: Tx,
  changes: ReadonlyArray<[id: number, clusterId: number]>,
): Promise<number[]> {
  if (isPostgres(trx)) {
    const { rows } = await sql<{ cluster_id: number }>`update items set cluster_id = pairs.cluster_id
      from unnest(cast(${changes.map(([id]) => id)} as integer[]), cast(${changes.map(([, clusterId]) => clusterId)} as integer[]))
        as pairs(id, cluster_id)
      where items.id = pairs.id and items.cluster_id is null
      returning items.cluster_id`.execute(trx);
    return rows.map((row) => row.cluster_id);
  }
  const cases = sql.join(
    changes.map(([id, clusterId]) => sql`when ${id} then cast(${clusterId} as integer)`),
    sql` `,
  );
  const rows = await trx
    .updateTable('items')
    .set({ cluster_id: sql<number>`case id ${cases} end` })
    .where(
      'id',
      'in',
      changes.map(([id]) => id),
    )
    .where('cluster_id', 'is', null)
    .returning('cluster_id')
    .execute();
  return rows.map((row) => row.cluster_id!);
}

/** Adds the items that joined clusters to the clusters' sizes (cluster_sizes, migration 011). */
async function growClusterSizes(trx: Tx, joined: readonly number[]): Promise<void> {
  const added = new Map<number, number>();
  for (const clusterId of joined) added.set(clusterId, (added.get(clusterId) ?? 0) + 1);
  const rows = [...added].map(([cluster_id, size]) => ({ cluster_id, size }));
  for (let start = 0; start < rows.length; start += UPDATE_CHUNK)
    await trx
      .insertInto('cluster_sizes')
      .values(rows.slice(start, start + UPDATE_CHUNK))
      .onConflict((conflict) =>
        conflict
          .column('cluster_id')
          .doUpdateSet({ size: (eb) => eb('cluster_sizes.size', '+', eb.ref('excluded.size')) }),
      )
      .execute();
}

/** Stored items found as candidates for a chunk of keys, each list in the order its readers rank it. */
interface CandidateHits {
  /** The newest PER_KEY holders of each key in the window, newest first. */
  byKey: Array<{ key: string; id: number }>;
  /** The first PER_KEY items of each headline key in the window, stored before this batch, in id order. */
  byTitle: Array<{ key: string; id: number }>;
}

/**
 * Items stored before this batch that are candidates: those sharing a key (newestPerKey) and those with an
 * identical headline key (firstPerTitle), IN_CHUNK keys of each at a time, each added to the batch's candidates
 * (`load`). A key's holders count only with a stored signature (the two are written together); an item with an
 * identical headline gets one computed if it has none (rows stored before signatures were kept).
 */
async function loadStoredCandidates(
  trx: Tx,
  lookup: { keys: string[]; titleKeys: string[]; since: number; firstOfBatch: number },
  load: LoadCandidates,
  holdersByKey: Map<string, number[]>,
  byTitle: Map<string, number[]>,
): Promise<void> {
  const { keys, titleKeys, since, firstOfBatch } = lookup;
  for (let start = 0; start < Math.max(keys.length, titleKeys.length); start += IN_CHUNK) {
    const hits = await candidateHits(
      trx,
      keys.slice(start, start + IN_CHUNK),
      titleKeys.slice(start, start + IN_CHUNK),
      since,
      firstOfBatch,
    );
    const holders = await load([...new Set(hits.byKey.map((hit) => hit.id))], { withoutSignature: false });
    for (const { key, id } of hits.byKey) if (holders.has(id)) pushTo(holdersByKey, key, id);
    const titled = await load([...new Set(hits.byTitle.map((hit) => hit.id))], { withoutSignature: true });
    for (const { key, id } of hits.byTitle) if (titled.has(id)) pushTo(byTitle, key, id);
  }
}

function pushTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * Both reads of one chunk. Each key is read as its own `… limit PER_KEY` range of an index, backwards for the
 * newest holders (the (key, received_at, item_id) primary key) and forwards for a headline's first items
 * (items_title_key_id): a key thousands of items share costs no more than a rare one (ranking with a window
 * function read every row of the key in the window, so each batch cost more as the table grew). The batch's own
 * rows are in the table already, and in memory; a row another transaction committed with an id inside the
 * batch's range is not a candidate: a harmless miss. On PostgreSQL both reads are one statement, since every
 * statement there is a round trip and every pushed item makes one.
 */
async function candidateHits(
  trx: Tx,
  keys: string[],
  titleKeys: string[],
  since: number,
  firstOfBatch: number,
): Promise<CandidateHits> {
  if (isPostgres(trx)) {
    const rows = await candidateHitsOnPostgres(trx, keys, titleKeys, since, firstOfBatch);
    const byKey = rows.filter((row) => row.by_key);
    const byTitle = rows.filter((row) => !row.by_key);
    // A union's rows come in no promised order: ranked here (the lists are at most PER_KEY per key).
    byKey.sort((a, b) => b.received_at - a.received_at || b.id - a.id);
    byTitle.sort((a, b) => a.id - b.id);
    return { byKey, byTitle };
  }
  return {
    byKey: keys.length === 0 ? [] : expand(await newestPerKeyOnSqlite(trx, keys, since)),
    byTitle:
      titleKeys.length === 0 ? [] : expand(await firstPerTitleOnSqlite(trx, titleKeys, since, firstOfBatch)),
  };
}

/** SQLite's rows, a key and its ids as a JSON array, as one hit per id. */
const expand = (rows: Array<{ key: string; ids: string }>) =>
  rows.flatMap((row) => (JSON.parse(row.ids) as number[]).map((id) => ({ key: row.key, id })));

const candidateHitsOnPostgres = prepared(
  (db: Executor, keys: string[], titleKeys: string[], since: number, firstOfBatch: number) =>
    sql<{ by_key: boolean; key: string; id: number; received_at: number }>`select true as by_key, q.key,
      n.item_id as id, n.received_at
    from unnest(cast(${oneOfValue(db, keys)} as text[])) as q(key)
    cross join lateral (select received_at, item_id from near_dup_keys
      where key = q.key and received_at >= ${since}
      order by received_at desc, item_id desc limit ${PER_KEY}) as n
    union all
    select false, q.key, t.id, t.received_at
    from unnest(cast(${oneOfValue(db, titleKeys)} as text[])) as q(key)
    cross join lateral (select id, received_at from items
      where title_key = q.key and received_at >= ${since} and id < ${firstOfBatch}
      order by id limit ${PER_KEY}) as t`,
);

// SQLite has no lateral join, but a correlated scalar subquery is one bounded index range per key too: a key's
// rows gathered into a JSON array, all keys in one statement. The indexes are named (the primary key by SQLite's
// name for it) because with statistics taken while the table was small (another process loading it) the planner
// chose the received_at index instead, walking every row of the window for each key.
const newestPerKeyOnSqlite = prepared(
  (db: Executor, keys: string[], since: number) =>
    sql<{ key: string; ids: string }>`select q.value as key,
    (select json_group_array(n.item_id order by n.received_at desc, n.item_id desc)
      from (select received_at, item_id from near_dup_keys indexed by sqlite_autoindex_near_dup_keys_1
        where key = q.value and received_at >= ${since}
        order by received_at desc, item_id desc limit ${PER_KEY}) as n) as ids
    from json_each(${oneOfValue(db, keys)}) as q`,
);

const firstPerTitleOnSqlite = prepared(
  (db: Executor, titleKeys: string[], since: number, firstOfBatch: number) =>
    sql<{ key: string; ids: string }>`select q.value as key,
      (select json_group_array(t.id order by t.id)
        from (select id from items indexed by items_title_key_id
          where title_key = q.value and received_at >= ${since} and id < ${firstOfBatch}
          order by id limit ${PER_KEY}) as t) as ids
      from json_each(${oneOfValue(db, titleKeys)}) as q`,
);

/** Adds these stored items to the batch's candidates (loadCandidates); returns all the batch's candidates. */
type LoadCandidates = (
  ids: readonly number[],
  options: { withoutSignature: boolean },
) => Promise<ReadonlyMap<number, Candidate>>;

/**
 * Adds these stored items to `known` (those not there yet), each with its signature and when its cluster
 * started: from memory when this process has seen them (candidate-memory.ts), else read and then remembered.
 * Items without a stored signature are left out, or, with `withoutSignature`, get one computed (rows stored
 * before signatures were kept). Plain primary-key reads, one table at a time: a join here was planned from
 * statistics taken while the table was small (the CLI loading a fresh desk while the server runs) and walked
 * whole tables, 95 ms a transaction.
 */
async function loadCandidates(
  trx: Tx,
  ids: readonly number[],
  known: Map<number, Candidate>,
  memory: CandidateMemory,
  { withoutSignature }: { withoutSignature: boolean },
): Promise<ReadonlyMap<number, Candidate>> {
  const unknown: number[] = [];
  for (const id of ids) {
    if (known.has(id)) continue;
    const remembered = memory.recall(id);
    if (remembered) known.set(id, remembered);
    else unknown.push(id);
  }
  for (let from = 0; from < unknown.length; from += IN_CHUNK) {
    const chunk = unknown.slice(from, from + IN_CHUNK);
    const rows = await trx
      .selectFrom('items')
      .select(['id', 'cluster_id', 'received_at'])
      .where('id', 'in', chunk)
      .execute();
    const signatures = new Map(
      (
        await trx
          .selectFrom('near_dup_signatures')
          .select(['item_id', 'signature'])
          .where('item_id', 'in', chunk)
          .execute()
      ).map((row) => [row.item_id, row.signature]),
    );
    const unsigned = withoutSignature
      ? rows.filter((row) => !signatures.has(row.id)).map((row) => row.id)
      : [];
    const sources = new Map(
      unsigned.length === 0
        ? []
        : (
            await trx
              .selectFrom('items')
              .select(['id', 'headline', 'summary', 'countries', 'language', 'received_at', 'wire_time'])
              .where('id', 'in', unsigned)
              .execute()
          ).map((row) => [row.id, row]),
    );
    const started = new Map(rows.map((row) => [row.id, row.received_at]));
    const roots = [...new Set(rows.map((row) => row.cluster_id ?? row.id))].filter((id) => !started.has(id));
    for (let at = 0; at < roots.length; at += IN_CHUNK)
      for (const root of await trx
        .selectFrom('items')
        .select(['id', 'received_at'])
        .where('id', 'in', roots.slice(at, at + IN_CHUNK))
        .execute())
        started.set(root.id, root.received_at);

    for (const row of rows) {
      const stored = signatures.get(row.id);
      const source = sources.get(row.id);
      const clusterStartedAt = started.get(row.cluster_id ?? row.id);
      if (clusterStartedAt === undefined || (stored === undefined && source === undefined)) continue;
      const candidate: Candidate = {
        id: row.id,
        clusterId: row.cluster_id ?? row.id,
        singleton: row.cluster_id === null,
        clusterStartedAt: Number(clusterStartedAt),
        signature: stored !== undefined ? parseSignature(stored) : signatureOfRow(source!),
      };
      known.set(row.id, candidate);
      // Read from what is committed: true beyond this transaction.
      memory.remember(candidate);
    }
  }
  return known;
}

/**
 * The batch's signatures and candidate keys. On PostgreSQL both in one statement (the signatures' insert as a
 * data-modifying CTE, each column bound as one array), since every statement there is a round trip and every new
 * item writes both; on SQLite, where a statement costs no trip, as two prepared inserts.
 */
async function insertSignaturesAndKeys(
  trx: Tx,
  signatureRows: ReadonlyArray<InsertRow<'near_dup_signatures', (typeof SIGNATURE_COLUMNS)[number]>>,
  keyRows: ReadonlyArray<InsertRow<'near_dup_keys', (typeof KEY_COLUMNS)[number]>>,
): Promise<void> {
  if (isPostgres(trx) && signatureRows.length > 0 && keyRows.length > 0) {
    await insertSignaturesAndKeysOnPostgres(
      trx,
      signatureRows.map((row) => row.item_id),
      signatureRows.map((row) => row.signature),
      keyRows.map((row) => row.key),
      keyRows.map((row) => row.received_at),
      keyRows.map((row) => row.item_id),
    );
    return;
  }
  if (signatureRows.length > 0) await insertSignatureRows(trx, signatureRows);
  if (keyRows.length > 0) await insertKeyRows(trx, keyRows);
}

const insertSignaturesAndKeysOnPostgres = prepared(
  (
    db: Executor,
    itemIds: number[],
    signatures: string[],
    keys: string[],
    receivedAt: number[],
    keyItemIds: number[],
  ) =>
    sql`with signatures as (
      insert into near_dup_signatures (item_id, signature)
      select s.item_id, s.signature
      from unnest(cast(${oneOfValue(db, itemIds)} as integer[]), cast(${oneOfValue(db, signatures)} as text[]))
        as s(item_id, signature))
    insert into near_dup_keys (key, received_at, item_id)
    select k.key, k.received_at, k.item_id
    from unnest(cast(${oneOfValue(db, keys)} as text[]), cast(${oneOfValue(db, receivedAt)} as bigint[]),
      cast(${oneOfValue(db, keyItemIds)} as integer[])) as k(key, received_at, item_id)`,
);

const SIGNATURE_COLUMNS = ['item_id', 'signature'] as const;
const KEY_COLUMNS = ['key', 'received_at', 'item_id'] as const;

const insertSignatureRows = preparedInsert(
  SIGNATURE_COLUMNS,
  (db: Executor, rows: ReadonlyArray<InsertRow<'near_dup_signatures', (typeof SIGNATURE_COLUMNS)[number]>>) =>
    db.insertInto('near_dup_signatures').values(rows),
);

const insertKeyRows = preparedInsert(
  KEY_COLUMNS,
  (db: Executor, rows: ReadonlyArray<InsertRow<'near_dup_keys', (typeof KEY_COLUMNS)[number]>>) =>
    db.insertInto('near_dup_keys').values(rows),
);
