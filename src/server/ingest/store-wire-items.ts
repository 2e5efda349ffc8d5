/**
 * The store step of ingest: tag, dedupe and write a batch of wire items in ONE transaction, with their events.
 * Idempotent on (source, guid): the same item again is "unchanged"; the same guid with new content updates the
 * stored item as a new version (editor-set tag kinds are kept). Used by the pollers, push ingest and the CLI.
 */
import type { EventActor } from '#shared/schemas/events.ts';
import { LIMITS, type TagKind } from '#shared/schemas/items.ts';
import type { Urgency } from '#shared/tagging/codes.ts';
import { tagText, type Tags } from '#shared/tagging/index.ts';
import { urgencyOf } from '#shared/tagging/urgency.ts';
import { normalizeArabic } from '#shared/text/normalize.ts';
import { searchIndexText } from '#shared/text/index.ts';
import type { AppContext } from '../context.ts';
import type { Executor, Tx } from '../db/index.ts';
import { runTransaction } from '../db/transaction.ts';
import { ITEM_ROW_COLUMNS } from '../db/item-columns.ts';
import { sha256 } from '../sha256.ts';
import { preparedInsert, type InsertRow } from '../db/prepared-insert.ts';
import { isOneOf } from '../db/one-of.ts';
import { isPostgres } from '../db/is-postgres.ts';
import { isUniqueViolation } from '../db/write-conflicts.ts';
// (`prepared` here names the batch's items ready to store.)
import { prepared as preparedStatement } from '../db/prepared.ts';
import type { ItemRow } from '../db/schema.ts';
import type { WireItem } from './wire-item.ts';
import { htmlToText } from './html-to-text.ts';
import { textOfHtml } from './dom-thread.ts';
import { makeContentOffThread } from './normalize.ts';
import { withEvents } from '../modules/events/with-events.ts';
import { candidateMemoryOf } from './candidate-memory.ts';
import { assignClusters, type Clustered } from './clustering.ts';
import {
  appendVersion,
  firstVersionRow,
  insertFirstVersions,
  stateOfRow,
  VERSION_COLUMNS,
  type StoryState,
  type VersionInsertRow,
} from '../modules/stories/versions.ts';
import { insertItemTags, replaceItemTags, tagsOfRow } from '../modules/items/repository.ts';
import { titleKey } from './title-key.ts';

export interface StoreOptions {
  /** The supplier's name as shown in the queue (feed name, agency). */
  source: string;
  feedId?: number | null;
  deskId?: number | null;
  /** Language when the item and feed give none. */
  defaultLanguage?: string | null;
  /** Receive time; a function lets the demo seed spread items over the past days. */
  receivedAt?: number | ((index: number) => number);
}

export type StoreOutcome = 'created' | 'updated' | 'unchanged';

export interface StoreResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Copies of a report that the batch held more than once, by guid (the newer is the one stored: newerCopy). */
  merged: number;
  items: Array<{ id: number; outcome: StoreOutcome }>;
  rejections: Array<{ index: number; reason: string }>;
}

/** An item as the batch knows it before anything is read: enough to dedupe it and to ask what is stored. */
interface Identified {
  index: number;
  guid: string;
  item: WireItem;
  headline: string;
  /** Read from the item when needed: an entry known unchanged by its digest never makes its summary. */
  readonly summary: string;
  url: string | null;
}

interface Prepared extends Identified {
  contentHash: string;
  /**
   * The urgency this copy gives the report when the agency states one (its scale read with the headline's
   * markers, as tagging does), so that a copy whose text is the same but whose urgency is not (a report upgraded
   * to a flash) is told apart. Absent when the agency states none, or when the entry is known by its digest.
   */
  statedUrgency?: Urgency;
  /** Stored with this very content but another digest (or none: stored before migration 013): written. */
  staleDigest?: { id: number; digest: string };
  /** The body as text, made when the content is (not for an entry known by its digest). */
  bodyText?: string;
  /** Tags and search text: computed only for items that are new or changed (see analysed()). */
  analysis?: Analysis;
}

interface Analysis {
  tags: Tags;
  searchHeadline: string;
  searchText: string;
  titleKey: string;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** The storage key of an item: its guid, else its link, else a hash of its normalised headline and date. */
export function storageGuid(item: Pick<WireItem, 'guid' | 'url' | 'title' | 'publishedAt'>): string {
  const key =
    item.guid?.trim() ||
    item.url?.trim() ||
    `urn:mirsad:title:${sha256(`${titleKey(item.title)}|${item.publishedAt ?? ''}`)}`;
  return key.length > LIMITS.guid ? `urn:mirsad:sha256:${sha256(key)}` : key;
}

/** The cheapest part: identity, or why the item cannot be stored. */
function identify(item: WireItem, index: number): Identified | { index: number; reason: string } {
  const headline = clip(item.title.trim(), LIMITS.headline);
  if (!headline) return { index, reason: 'item has no title' };
  const url = item.url ? clip(item.url, LIMITS.url) : null;
  return {
    index,
    guid: storageGuid(item),
    item,
    headline,
    get summary() {
      return clip(item.summary.trim(), LIMITS.summary);
    },
    url,
  };
}

/**
 * The content hash beside the identity: enough to tell new, changed and unchanged apart, for an entry whose
 * content was made (bodyTextOffThread). The same feed entry as the one stored (the digest of its reading:
 * entry-digest.ts, knownByDigest) has the stored content, so its hash is the stored one, and neither its body
 * (sanitising) nor its hash are made: most of a re-poll's work, where nearly every entry is one already stored.
 */
function prepare(entry: Identified, stored: StoredHash | undefined, bodyText: string): Prepared {
  const { headline, item, url } = entry;
  const contentHash = sha256(
    JSON.stringify([headline, entry.summary, item.bodyHtml, url, item.author ?? null]),
  );
  // The same content under a digest not stored (an item from before the digests, an entry re-dated or moved to
  // another address with the same text): the digest is written, so that the next poll knows it.
  const staleDigest =
    stored?.content_hash === contentHash && item.rawDigest !== undefined
      ? { id: stored.id, digest: item.rawDigest }
      : undefined;
  const statedUrgency =
    item.urgency === null ? undefined : urgencyOf(normalizeArabic(headline), item.urgency);
  // Assigned, not spread: spreading would read the summary.
  return Object.assign(entry, { contentHash, staleDigest, statedUrgency, bodyText });
}

/** How far ahead of the store step's preparing its entries' content is made (see storeWireItems). */
const CONTENT_AHEAD = 32;

/** The same feed entry as the one stored has the stored content: nothing of it is made again (see prepare). */
function knownByDigest(item: WireItem, stored: StoredHash | undefined): boolean {
  return stored !== undefined && stored.raw_digest !== null && stored.raw_digest === item.rawDigest;
}

/**
 * An item's summary, body and the body's text, made without jsdom on the event loop (dom-thread.ts): before,
 * the first body after a start that needed the real parser held every request for the seconds jsdom takes to
 * load, and each one after it for the milliseconds of DOMPurify.
 */
async function bodyTextOffThread(item: WireItem): Promise<string> {
  await makeContentOffThread(item);
  return item.bodyHtml ? textOfHtml(item.bodyHtml) : '';
}

/** What a stored item is compared with: its content, and the urgency its wire copy gave it. */
type StoredState = Pick<ItemRow, 'content_hash' | 'urgency'>;

/** Whether this copy differs from the stored item: in its content, or in the urgency the agency now states. */
function differs(entry: Prepared, stored: StoredState): boolean {
  return stored.content_hash !== entry.contentHash || onlyUrgencyDiffers(entry, stored);
}

/**
 * The same text with another urgency stated by the agency. It moves a report nobody has touched (applyUpdate);
 * a report in the desk's hands keeps the urgency the desk gave it (see storeChunk).
 */
function onlyUrgencyDiffers(entry: Prepared, stored: StoredState): boolean {
  return (
    stored.content_hash === entry.contentHash &&
    entry.statedUrgency !== undefined &&
    entry.statedUrgency !== stored.urgency
  );
}

const DIGESTS_PER_TRANSACTION = 500;

/**
 * Writes the digests of items found unchanged by their content (see prepare), each only while the item still
 * has that content: a change committed meanwhile keeps its own digest.
 */
async function refreshDigests(ctx: AppContext, stale: ReadonlyArray<Prepared>): Promise<void> {
  for (let start = 0; start < stale.length; start += DIGESTS_PER_TRANSACTION) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    await runTransaction(ctx.database, async (trx) => {
      for (const entry of stale.slice(start, start + DIGESTS_PER_TRANSACTION))
        await trx
          .updateTable('items')
          .set({ raw_digest: entry.staleDigest!.digest })
          .where('id', '=', entry.staleDigest!.id)
          .where('content_hash', '=', entry.contentHash)
          .execute();
    });
  }
}

/** The costly part, done once per new or changed item: tagging and search indexing. */
function analysed(entry: Prepared): Analysis {
  if (!entry.analysis) {
    // Made with the content (prepare). An entry known by its digest has none: it is analysed only when its row
    // changed between the batch's first read and its transaction (a rare race), and then made here, inline.
    const bodyText = entry.bodyText ?? htmlToText(entry.item.bodyHtml);
    entry.analysis = {
      tags: tagText({
        headline: entry.headline,
        summary: entry.summary,
        body: bodyText,
        categories: entry.item.categories,
        agencyUrgency: entry.item.urgency,
      }),
      searchHeadline: searchIndexText(entry.headline),
      searchText: searchIndexText(entry.headline, entry.summary, bodyText),
      titleKey: titleKey(entry.headline),
    };
  }
  return entry.analysis;
}

/**
 * Items stored per transaction, adapted to how long the transactions take: a batch starts at STORE_CHUNK items
 * and each next one is sized so that its write takes about the database's `targetMs` at the pace of the last (at
 * most doubling, within STORE_CHUNK_MIN and the database's `maxItems`). A 20,000-item feed so never holds the
 * database for long, yet a fast machine does not pay a transaction's costs (reads, events, commit, clustering
 * candidates loaded once per transaction) every few dozen items.
 *
 * SQLite's are kept short on purpose: there a write transaction holds the event loop from its first statement to
 * its commit (better-sqlite3 is synchronous; Kysely's awaits between statements are microtasks, which no request
 * can use), and a request takes a few turns of the loop, each of which may wait for one transaction. Issue 11
 * asks for /healthz and a second editor's queue under 250 ms p99 while a 10 MB feed is stored; at 100 ms a
 * transaction the queue's p99 was 324 ms on a quiet machine, at 40 it is well under (README). PostgreSQL's
 * statements are network round trips during which the loop serves everyone, and its transactions lock only
 * their own new rows (and the event sequence, from the last step to the commit): there a long transaction holds
 * nobody, and ten times the size stored a 20,000-item feed in little more than half the time.
 */
const STORE_CHUNK = 25;
const STORE_CHUNK_MIN = 5;
const PACE = {
  sqlite: { targetMs: 40, maxItems: 400 },
  postgres: { targetMs: 400, maxItems: 1_000 },
} as const;

type Pace = (typeof PACE)[keyof typeof PACE];

/** The next transaction's size: the last one's pace scaled to the target, growing at most twofold. */
function nextChunkSize(pace: Pace, size: number, writeMs: number): number {
  const paced = Math.floor((size * pace.targetMs) / Math.max(writeMs, 1));
  return Math.max(STORE_CHUNK_MIN, Math.min(paced, size * 2, pace.maxItems));
}

/** Longest stretch of tagging and indexing before other requests get a turn. */
const SLICE_MS = 10;

/** Lets the event loop serve other requests once `SLICE_MS` has passed since `since`; returns the new start. */
async function yieldIfDue(since: number): Promise<number> {
  if (performance.now() - since < SLICE_MS) return since;
  await new Promise((resolve) => setImmediate(resolve));
  return performance.now();
}

/**
 * Tags, dedupes and stores a batch of wire items, in transactions of STORE_CHUNK_MIN to the database's `maxItems` with
 * their events, yielding to other requests between them; returns what happened to each item.
 */
export async function storeWireItems(
  ctx: AppContext,
  actor: EventActor,
  items: readonly WireItem[],
  options: StoreOptions,
): Promise<StoreResult> {
  const result: StoreResult = {
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    merged: 0,
    items: [],
    rejections: [],
  };
  // The same guid twice in one batch: one item, the newer copy (see newerCopy).
  const byGuid = new Map<string, Identified>();
  let slice = performance.now();
  for (const [index, item] of items.entries()) {
    const outcome = identify(item, index);
    if ('reason' in outcome) result.rejections.push(outcome);
    else {
      const other = byGuid.get(outcome.guid);
      if (other !== undefined) result.merged++;
      if (other === undefined || newerCopy(outcome, other)) {
        byGuid.delete(outcome.guid);
        byGuid.set(outcome.guid, outcome);
      }
    }
    slice = await yieldIfDue(slice);
  }
  result.rejected = result.rejections.length;
  const identified = [...byGuid.values()].sort((a, b) => a.index - b.index);
  // What is stored already, for the whole batch in a few reads: a chunk with nothing new or changed (a feed
  // polled again) then costs no read of its own and no transaction. Read outside any transaction, it is a hint:
  // each transaction checks again against what is committed, and a writer that changes these rows meanwhile is
  // simply ordered after this poll.
  const known = await loadHashes(
    ctx.database.db,
    clip(options.source, LIMITS.source),
    identified.map((entry) => entry.guid),
  );
  // The content of the entries not known by their digest is made CONTENT_AHEAD entries ahead of this loop: what
  // needs the DOM thread (a feed of <div>s goes there whole) is worked on there while this loop prepares the
  // entries before it.
  const contents: Array<Promise<string> | null> = [];
  const makeContent = (index: number): void => {
    const entry = identified[index];
    if (entry === undefined) return;
    const content = knownByDigest(entry.item, known.get(entry.guid)) ? null : bodyTextOffThread(entry.item);
    // Awaited in order below, where a failure is thrown; not an unhandled rejection meanwhile.
    content?.catch(() => undefined);
    contents[index] = content;
  };
  for (let index = 0; index < CONTENT_AHEAD; index++) makeContent(index);
  const prepared: Prepared[] = [];
  for (const [index, entry] of identified.entries()) {
    makeContent(index + CONTENT_AHEAD);
    const stored = known.get(entry.guid);
    const content = contents[index];
    contents[index] = null;
    prepared.push(
      content
        ? prepare(entry, stored, await content)
        : Object.assign(entry, { contentHash: stored!.content_hash }),
    );
    slice = await yieldIfDue(slice);
  }
  const pace = PACE[ctx.database.dialect];
  let size = STORE_CHUNK;
  for (let start = 0; start < prepared.length;) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    const writeMs = await storeChunkRetrying(
      ctx,
      actor,
      prepared.slice(start, start + size),
      known,
      options,
      result,
    );
    start += size;
    // A chunk with nothing to write (a re-poll) cost next to nothing: grow.
    size = writeMs > 0 ? nextChunkSize(pace, size, writeMs) : Math.min(size * 2, pace.maxItems);
  }
  const stale = prepared.filter((entry) => entry.staleDigest !== undefined);
  if (stale.length > 0) await refreshDigests(ctx, stale);
  // A big batch can change which index is selective: let the planner see the new numbers.
  if (result.created > 1_000) void ctx.database.optimize().catch(() => {});
  return result;
}

/**
 * Of two copies of one report in a batch, whether `later` (further on in it) is the newer: a dated copy before an
 * undated one, of two dated the one the agency dated later, else (neither dated, or dated alike) the one further
 * on. Feeds list their newest entries first, so the position alone kept the older copy (an urgent update "120
 * dead" lost to the first report's "10 dead"); and with an undated copy between two dated ones, the winner must
 * not depend on where it stands.
 */
function newerCopy(later: Identified, earlier: Identified): boolean {
  const [laterAt, earlierAt] = [later.item.publishedAt, earlier.item.publishedAt];
  if (laterAt === null || earlierAt === null) return earlierAt === null;
  return laterAt >= earlierAt;
}

/**
 * Two pushes (or a push and a CLI run) of the same items at once both find them new and both insert; the
 * loser's transaction rolls back whole, and run again it finds the winner's rows and updates or keeps them.
 * Each loss means the winner committed at least one more of this chunk's items, which the next attempt sees, so
 * the attempts are bounded by the chunk's size. (Two CLI runs of one file, their chunks cut at different places,
 * can each lose several times in a row on PostgreSQL: a fixed bound of five failed one of them.)
 */
async function storeChunkRetrying(
  ctx: AppContext,
  actor: EventActor,
  prepared: Prepared[],
  known: StoredHashes,
  options: StoreOptions,
  result: StoreResult,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const partial: StoreResult = {
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      merged: 0,
      items: [],
      rejections: [],
    };
    let writeMs: number;
    try {
      writeMs = await storeChunk(ctx, actor, prepared, known, options, partial, attempt);
    } catch (error) {
      if (isUniqueViolation(error) && attempt <= prepared.length) continue;
      throw error;
    }
    result.created += partial.created;
    result.updated += partial.updated;
    result.unchanged += partial.unchanged;
    result.items.push(...partial.items);
    return writeMs;
  }
}

/**
 * One transaction's worth of a batch (see storeWireItems), given what the batch found stored (`known`); returns
 * how long the write transaction took (0: none was needed). `attempt` counts the tries after lost races.
 */
async function storeChunk(
  ctx: AppContext,
  actor: EventActor,
  prepared: Prepared[],
  known: StoredHashes,
  options: StoreOptions,
  result: StoreResult,
  attempt: number,
): Promise<number> {
  const now = ctx.now();
  const receivedAt = (index: number) =>
    typeof options.receivedAt === 'function' ? options.receivedAt(index) : (options.receivedAt ?? now);
  let source = clip(options.source, LIMITS.source);
  const guids = prepared.map((entry) => entry.guid);

  // Tag and index outside the write transaction, and only what is new or changed. A chunk with nothing new
  // (a feed polled again) ends here, with no transaction.
  if (
    prepared.every((entry) => {
      const stored = known.get(entry.guid);
      return stored !== undefined && !differs(entry, stored);
    })
  ) {
    for (const entry of prepared) {
      result.unchanged++;
      result.items.push({ id: known.get(entry.guid)!.id, outcome: 'unchanged' });
    }
    return 0;
  }
  let slice = performance.now();
  for (const entry of prepared) {
    const stored = known.get(entry.guid);
    if (stored === undefined || differs(entry, stored)) {
      analysed(entry);
      slice = await yieldIfDue(slice);
    }
  }

  // Timed from inside the transaction: the write lock is ours from here to the commit. A wait for another
  // process's transaction (the CLI) held nothing of ours, and counted in, it would shrink every chunk to the
  // smallest while the two take turns, and each small chunk pays a transaction's whole cost.
  let writeStarted = Number.NaN;
  let clustered: Clustered | undefined;
  await withEvents(
    ctx,
    actor,
    async (trx, emit) => {
      writeStarted = performance.now();
      // A feed's items are its source's: a feed renamed while it was being polled stores the rest of the poll
      // under its new name, which its earlier items now carry too (see feeds/service.ts, updateFeed).
      if (options.feedId != null) source = (await currentFeedName(trx, options.feedId)) ?? source;
      // A first try at a chunk the hint found none of (new items: every push of a new story) inserts without
      // reading again: a writer that stored one of these guids meanwhile makes the insert fail on the
      // (source, guid) key, and the retry reads what it committed. On PostgreSQL that is one round trip less
      // before the commit, on the path from the agency to every screen.
      const trustHint = attempt === 1 && guids.every((guid) => !known.has(guid));
      const hashes: StoredHashes = trustHint ? new Map() : await loadHashes(trx, source, guids);
      // Whole rows only for the items that changed: an update needs them, an unchanged item does not.
      const changed = prepared.filter((entry) => {
        const committed = hashes.get(entry.guid);
        return committed !== undefined && differs(entry, committed);
      });
      const existing = await loadRowsForUpdate(
        trx,
        changed.map((entry) => hashes.get(entry.guid)!.id),
      );
      const toInsert = new Map<string, NewItem>();
      const changedRows: ItemRow[] = [];

      for (const entry of prepared) {
        const committed = hashes.get(entry.guid);
        if (!committed) {
          toInsert.set(entry.guid, newRow(entry, source, options, receivedAt(entry.index)));
          continue;
        }
        // Unchanged: as first read here (its row was not loaded), or as committed once its row's lock was ours (a
        // writer waited for stored this very copy).
        const stored = existing.get(committed.id);
        const fresh = stored !== undefined && differs(entry, stored) && (await untouched(trx, stored));
        // The same text at another urgency moves a report nobody has touched. Once the desk works on it, the
        // urgency is the desk's call: it is offered as the agency's new copy only when the agency changed its
        // own word, not because the desk's differs from it.
        if (
          stored === undefined ||
          !differs(entry, stored) ||
          (!fresh &&
            onlyUrgencyDiffers(entry, stored) &&
            !(await agencyChangedUrgency(trx, entry, stored.id)))
        ) {
          result.unchanged++;
          result.items.push({ id: committed.id, outcome: 'unchanged' });
          continue;
        }
        const update = await applyUpdate(trx, stored, entry, options, now, fresh);
        if (update.applied) changedRows.push(update.row);
        result.updated++;
        result.items.push({ id: update.row.id, outcome: 'updated' });
        emit(
          update.applied
            ? {
                type: 'item.reingested',
                itemId: update.row.id,
                payload: {
                  source,
                  guid: entry.guid,
                  version: update.row.version,
                  // Screens raise a flash upgraded from a lesser urgency as they do a flash that arrives.
                  ...(update.row.urgency !== stored.urgency ? { urgencyFrom: stored.urgency } : {}),
                },
              }
            : {
                type: 'item.wire_updated',
                itemId: update.row.id,
                payload: {
                  source,
                  guid: entry.guid,
                  copy: update.copy,
                  assigneeId: update.row.assignee_id,
                },
              },
        );
      }

      const inserted = await insertRows(trx, [...toInsert.values()]);
      for (const row of inserted) {
        result.created++;
        result.items.push({ id: row.id, outcome: 'created' });
        // The arrival is dated like the item (the demo seed back-dates both), so the timeline agrees with the row.
        emit({
          type: 'item.ingested',
          itemId: row.id,
          payload: { source, guid: row.guid, feedId: row.feed_id },
          at: row.received_at,
        });
      }
      await insertFirstVersionsAndWireCopies(trx, inserted, source);
      clustered = await assignClusters(trx, inserted, candidateMemoryOf(ctx.database));
      await insertItemTags(trx, inserted.map(tagsOf));
      await replaceItemTags(trx, changedRows.map(tagsOf));
    },
    now,
  );
  const writeMs = performance.now() - writeStarted;
  clustered?.settle();
  return writeMs;
}

/**
 * A feed's name as committed, read inside the store's transaction. On PostgreSQL the row is locked for share: a
 * rename (which relabels the feed's items) waits for this transaction, or this one for the rename, so no item is
 * stored under a name the rename has just left behind. SQLite's write transactions run one at a time.
 */
async function currentFeedName(trx: Tx, feedId: number): Promise<string | undefined> {
  const query = trx.selectFrom('feeds').select('name').where('id', '=', feedId);
  const row = await (isPostgres(trx) ? query.forShare() : query).executeTakeFirst();
  return row === undefined ? undefined : clip(row.name, LIMITS.source);
}

/** An item's row in item_tags' terms. */
const tagsOf = (row: ItemRow) => ({ itemId: row.id, tags: tagsOfRow(row) });

function newRow(entry: Prepared, source: string, options: StoreOptions, receivedAt: number): NewItem {
  const { tags, searchHeadline, searchText, titleKey: key } = analysed(entry);
  return {
    source,
    guid: entry.guid,
    url: entry.url,
    language: entry.item.language ?? options.defaultLanguage ?? 'ar',
    headline: entry.headline,
    summary: entry.summary,
    body: entry.item.bodyHtml,
    author: entry.item.author ? clip(entry.item.author, 200) : null,
    countries: JSON.stringify(tags.countries),
    regions: JSON.stringify(tags.regions),
    organisations: JSON.stringify(tags.organisations),
    topics: JSON.stringify(tags.topics),
    manual_tags: '[]',
    urgency: tags.urgency,
    status: 'incoming',
    desk_id: options.deskId ?? null,
    assignee_id: null,
    cluster_id: null,
    last_action: null,
    feed_id: options.feedId ?? null,
    received_at: receivedAt,
    updated_at: receivedAt,
    published_at: null,
    wire_time: entry.item.publishedAt,
    content_hash: entry.contentHash,
    raw_digest: entry.item.rawDigest ?? null,
    search_headline: searchHeadline,
    search_text: searchText,
    title_key: key,
    version: 1,
  };
}

const GUIDS_PER_READ = 5_000;

interface StoredHash {
  id: number;
  content_hash: string;
  raw_digest: string | null;
  urgency: number;
}
type StoredHashes = ReadonlyMap<string, StoredHash>;

/**
 * The stored id and content hash of each of these guids of the source that is stored: 5,000 guids a read (one
 * parameter each, see isOneOf), so that a 20,000-item re-poll is four reads, not forty round trips.
 */
async function loadHashes(db: Executor, source: string, guids: string[]): Promise<StoredHashes> {
  const found = new Map<string, StoredHash>();
  for (let start = 0; start < guids.length; start += GUIDS_PER_READ) {
    for (const row of await hashesOf(db, source, guids.slice(start, start + GUIDS_PER_READ)))
      found.set(row.guid, row);
  }
  return found;
}

// Every pushed item reads it before its transaction (the hint), and again inside when the hint knew it: prepared.
const hashesOf = preparedStatement((db: Executor, source: string, guids: string[]) =>
  db
    .selectFrom('items')
    .select(['id', 'guid', 'content_hash', 'raw_digest', 'urgency'])
    .where('source', '=', source)
    .where(isOneOf(db, 'guid', guids, 'text')),
);

/**
 * Whole rows by id, to be updated in this transaction: on PostgreSQL each is locked (in id order, so that two
 * writers of overlapping batches take the locks alike) and read as committed once the lock is ours. Two new
 * copies of one item pushed at once then number their wire copy and version one after the other, where both
 * took the same next number and one failed (a 500 and a lost copy). SQLite's write transactions run one at a time.
 */
async function loadRowsForUpdate(db: Executor, ids: number[]): Promise<Map<number, ItemRow>> {
  const found = new Map<number, ItemRow>();
  const ascending = [...ids].sort((a, b) => a - b);
  for (let start = 0; start < ascending.length; start += 500) {
    const query = db
      .selectFrom('items')
      .select(ITEM_ROW_COLUMNS)
      .where('id', 'in', ascending.slice(start, start + 500))
      .orderBy('id');
    for (const row of await (isPostgres(db) ? query.forUpdate() : query).execute()) found.set(row.id, row);
  }
  return found;
}

/** What the store step writes of a new item; the rest (id, clustering's and the workflow's columns) start empty. */
const NEW_ITEM_COLUMNS = [
  'source',
  'guid',
  'url',
  'language',
  'headline',
  'summary',
  'body',
  'author',
  'countries',
  'regions',
  'organisations',
  'topics',
  'manual_tags',
  'urgency',
  'status',
  'desk_id',
  'assignee_id',
  'cluster_id',
  'last_action',
  'feed_id',
  'received_at',
  'updated_at',
  'published_at',
  'wire_time',
  'content_hash',
  'raw_digest',
  'search_headline',
  'search_text',
  'title_key',
  'version',
] as const;

type NewItem = InsertRow<'items', (typeof NEW_ITEM_COLUMNS)[number]>;

const insertItemRows = preparedInsert(NEW_ITEM_COLUMNS, (db: Executor, rows: readonly NewItem[]) =>
  db.insertInto('items').values(rows).returning(ITEM_ROW_COLUMNS),
);

async function insertRows(trx: Tx, rows: NewItem[]): Promise<ItemRow[]> {
  // RETURNING order is not guaranteed; keep the batch's order (ids are given in it) for events.
  return (await insertItemRows(trx, rows)).sort((a, b) => a.id - b.id);
}

const TAG_KINDS: readonly TagKind[] = ['countries', 'regions', 'organisations', 'topics'];

/** The agency's copy of an item as received: kept whatever the story does with it. */
async function insertWireCopies(
  trx: Tx,
  copies: ReadonlyArray<{ row: ItemRow; number: number }>,
): Promise<void> {
  if (copies.length === 0) return;
  await insertWireCopyRows(trx, copies.map(wireCopyRow));
}

function wireCopyRow({ row, number }: { row: ItemRow; number: number }): WireCopyRow {
  return {
    item_id: row.id,
    number,
    headline: row.headline,
    summary: row.summary,
    body: row.body,
    author: row.author,
    url: row.url,
    wire_time: row.wire_time,
    content_hash: row.content_hash,
    received_at: row.updated_at,
    urgency: row.urgency,
  };
}

/**
 * New items' version 1 and wire copy 1: the same text twice, kept apart because a story's versions move on and
 * the agency's copies do not. On PostgreSQL one statement (the versions a data-modifying CTE): one round trip
 * less for every new item.
 */
async function insertFirstVersionsAndWireCopies(
  trx: Tx,
  inserted: readonly ItemRow[],
  source: string,
): Promise<void> {
  const versions = inserted.map((row) => ({
    row,
    kind: 'wire' as const,
    author: { id: null, name: source },
  }));
  const copies = inserted.map((row) => ({ row, number: 1 }));
  if (isPostgres(trx) && inserted.length > 0) {
    await insertVersionsAndCopiesOnPostgres(
      trx,
      inserted.map((_, index) => ({
        ...prefixed('version', firstVersionRow(versions[index]!)),
        ...prefixed('copy', wireCopyRow(copies[index]!)),
      })),
    );
    return;
  }
  await insertFirstVersions(trx, versions);
  await insertWireCopies(trx, copies);
}

const WIRE_COPY_COLUMNS = [
  'item_id',
  'number',
  'headline',
  'summary',
  'body',
  'author',
  'url',
  'wire_time',
  'content_hash',
  'received_at',
  'urgency',
] as const;

type WireCopyRow = InsertRow<'wire_copies', (typeof WIRE_COPY_COLUMNS)[number]>;

const insertWireCopyRows = preparedInsert(WIRE_COPY_COLUMNS, (db: Executor, rows: readonly WireCopyRow[]) =>
  db.insertInto('wire_copies').values(rows),
);

/** A row's columns under `prefix.`: two tables' rows as one, for a statement that writes both. */
function prefixed<P extends string, R extends object>(
  prefix: P,
  row: R,
): { [K in keyof R & string as `${P}.${K}`]: R[K] } {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [`${prefix}.${key}`, value])) as never;
}

function unprefixed<R>(prefix: string, row: Readonly<Record<string, unknown>>): R {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => key.startsWith(`${prefix}.`))
      .map(([key, value]) => [key.slice(prefix.length + 1), value]),
  ) as R;
}

const VERSION_AND_COPY_COLUMNS = [
  ...VERSION_COLUMNS.map((column) => `version.${column}` as const),
  ...WIRE_COPY_COLUMNS.map((column) => `copy.${column}` as const),
];

const insertVersionsAndCopiesOnPostgres = preparedInsert(
  VERSION_AND_COPY_COLUMNS,
  (db: Executor, rows: ReadonlyArray<Readonly<Record<(typeof VERSION_AND_COPY_COLUMNS)[number], unknown>>>) =>
    db
      .with('versions', (cte) =>
        cte
          .insertInto('item_versions')
          .values(rows.map((row) => unprefixed<VersionInsertRow>('version', row))),
      )
      .insertInto('wire_copies')
      .values(rows.map((row) => unprefixed<WireCopyRow>('copy', row))),
);

/**
 * Whether this copy states another urgency than the agency's last copy of the report did (wire_copies.urgency). A
 * last copy from before migration 014 says none: unknown is taken as unchanged, never as an agency update.
 */
async function agencyChangedUrgency(trx: Tx, entry: Prepared, itemId: number): Promise<boolean> {
  const last = await trx
    .selectFrom('wire_copies')
    .select('urgency')
    .where('item_id', '=', itemId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.urgency != null && last.urgency !== entry.statedUrgency;
}

/**
 * Whether nobody has done anything with an item yet: then an agency's update may simply refresh it. A report a
 * desk story was written from counts as used: refreshed in place, the story's writer would be reading the new
 * copy as the one they wrote from, never told the agency changed it.
 */
async function untouched(trx: Tx, stored: ItemRow): Promise<boolean> {
  if (stored.status !== 'incoming' || stored.last_action !== null || stored.origin !== 'wire') return false;
  const edited = await trx
    .selectFrom('item_versions')
    .select('number')
    .where('item_id', '=', stored.id)
    .where('kind', '!=', 'wire')
    .limit(1)
    .executeTakeFirst();
  if (edited) return false;
  const used = await trx
    .selectFrom('story_sources')
    .select('story_id')
    .where('source_id', '=', stored.id)
    .limit(1)
    .executeTakeFirst();
  return used === undefined;
}

/**
 * An agency's new copy of a stored item. The copy is always kept (wire_copies). While nobody has acted on the
 * item it refreshes it: a new version from the wire, editor-set tag kinds kept. Once anyone has (accepted,
 * assigned, edited, published), the story is left alone and flagged (`wire_update`): the people working on it
 * see "the agency updated this report" and take the update, or not. Published copy changes only through publish.
 */
async function applyUpdate(
  trx: Tx,
  stored: ItemRow,
  entry: Prepared,
  options: StoreOptions,
  now: number,
  /** Nobody has acted on the item (see untouched): the copy refreshes it rather than waiting to be taken. */
  fresh: boolean,
): Promise<{ row: ItemRow; applied: boolean; copy: number }> {
  const last = await trx
    .selectFrom('wire_copies')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('item_id', '=', stored.id)
    .executeTakeFirst();
  const copy = Number(last?.number ?? 0) + 1;
  const wire = {
    url: entry.url,
    author: entry.item.author ? clip(entry.item.author, 200) : null,
    wire_time: entry.item.publishedAt,
    content_hash: entry.contentHash,
  };
  await insertWireCopyRows(trx, [
    {
      item_id: stored.id,
      number: copy,
      headline: entry.headline,
      summary: entry.summary,
      body: entry.item.bodyHtml,
      ...wire,
      received_at: now,
      urgency: analysed(entry).tags.urgency,
    },
  ]);

  if (!fresh) {
    const flagged = await trx
      .updateTable('items')
      .set({
        content_hash: entry.contentHash,
        raw_digest: entry.item.rawDigest ?? null,
        wire_update: copy,
        version: stored.version + 1,
        updated_at: now,
      })
      .where('id', '=', stored.id)
      .returning(ITEM_ROW_COLUMNS)
      .executeTakeFirstOrThrow();
    return { row: flagged, applied: false, copy };
  }

  const { tags } = analysed(entry);
  const current = stateOfRow(stored);
  const manual = new Set(current.tags.manual);
  const next: StoryState = {
    ...current,
    headline: entry.headline,
    summary: entry.summary,
    body: entry.item.bodyHtml,
    // Untouched, the report's urgency is still the agency's: its new copy's when the agency says one (a report
    // upgraded to a flash is shown as one; before, it kept the first copy's). Read from headline markers alone,
    // only ever raised: agencies drop "عاجل جدا" as they expand a flash into the full story.
    urgency: entry.item.urgency === null ? Math.min(stored.urgency, tags.urgency) : tags.urgency,
    language: entry.item.language ?? options.defaultLanguage ?? stored.language,
    tags: {
      ...current.tags,
      ...Object.fromEntries(
        TAG_KINDS.filter((kind) => !manual.has(kind)).map((kind) => [kind, [...tags[kind]]]),
      ),
    },
  };
  const saved = await appendVersion(
    trx,
    stored,
    next,
    { kind: 'wire', author: { id: null, name: stored.source } },
    now,
  );
  const row = await trx
    .updateTable('items')
    .set({
      ...wire,
      raw_digest: entry.item.rawDigest ?? null,
      version: (saved?.row.version ?? stored.version) + 1,
      updated_at: now,
    })
    .where('id', '=', stored.id)
    .returning(ITEM_ROW_COLUMNS)
    .executeTakeFirstOrThrow();
  return { row, applied: true, copy };
}
