/**
 * Publications: every publish, update (a corrected story published again) and withdrawal (kill) of a story.
 * What readers get is always a publication's version, never the story's current text: a story in correction
 * keeps its published version out until the corrected one is approved and published.
 */
import type { StoryTags } from '#shared/schemas/stories.ts';
import type { Executor, Tx } from '../../db/index.ts';
import type { ItemRow, PublicationRow } from '../../db/schema.ts';
import { stateOfVersion } from '../stories/versions.ts';

/** What a publication put out: the version's text with the story's provenance. */
export interface Publication {
  itemId: number;
  /** 1 for the first publication, then 2, 3 … (updates and the withdrawal): ninjs `version`. */
  number: number;
  status: 'usable' | 'canceled';
  publishedAt: number;
  firstPublishedAt: number;
  /** A correction note with an update; the reason with a withdrawal. */
  note: string | null;
  versionNumber: number;
  headline: string;
  summary: string;
  body: string;
  byline: string | null;
  dateline: string | null;
  slug: string | null;
  keywords: string[];
  urgency: number;
  language: string;
  tags: StoryTags;
  source: string;
  author: string | null;
  url: string | null;
  receivedAt: number;
}

/** Records a publication of the item (its number follows the item's previous ones). */
export async function recordPublication(
  trx: Tx,
  item: Pick<ItemRow, 'id'>,
  publication: {
    status: Publication['status'];
    versionNumber: number;
    note: string | null;
    actorId: number | null;
  },
  now: number,
): Promise<number> {
  const last = await trx
    .selectFrom('publications')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('item_id', '=', item.id)
    .executeTakeFirst();
  const number = Number(last?.number ?? 0) + 1;
  await trx
    .insertInto('publications')
    .values({
      item_id: item.id,
      number,
      status: publication.status,
      version_number: publication.versionNumber,
      note: publication.note,
      actor_id: publication.actorId,
      published_at: now,
    })
    .execute();
  return number;
}

/** Joins publications with their versions and items. */
async function hydrate(db: Executor, rows: readonly PublicationRow[]): Promise<Publication[]> {
  if (rows.length === 0) return [];
  const itemIds = [...new Set(rows.map((row) => row.item_id))];
  const [items, versions, firsts] = await Promise.all([
    db
      .selectFrom('items')
      .select(['id', 'source', 'author', 'url', 'received_at'])
      .where('id', 'in', itemIds)
      .execute(),
    db
      .selectFrom('item_versions')
      .selectAll()
      .where((eb) =>
        eb.or(
          rows.map((row) => eb.and([eb('item_id', '=', row.item_id), eb('number', '=', row.version_number)])),
        ),
      )
      .execute(),
    db
      .selectFrom('publications')
      .select((eb) => ['item_id', eb.fn.min('published_at').as('first')])
      .where('item_id', 'in', itemIds)
      .groupBy('item_id')
      .execute(),
  ]);
  const itemById = new Map(items.map((item) => [item.id, item]));
  const versionByKey = new Map(versions.map((version) => [`${version.item_id}:${version.number}`, version]));
  const firstByItem = new Map(firsts.map((row) => [row.item_id, Number(row.first)]));
  return rows.flatMap((row) => {
    const item = itemById.get(row.item_id);
    const version = versionByKey.get(`${row.item_id}:${row.version_number}`);
    if (!item || !version) return [];
    return [
      {
        itemId: row.item_id,
        number: row.number,
        status: row.status === 'canceled' ? 'canceled' : 'usable',
        publishedAt: row.published_at,
        firstPublishedAt: firstByItem.get(row.item_id) ?? row.published_at,
        note: row.note,
        versionNumber: row.version_number,
        ...stateOfVersion(version),
        source: item.source,
        author: item.author,
        url: item.url,
        receivedAt: item.received_at,
      },
    ];
  });
}

/** The latest publication of each story (live or withdrawn), most recent first. */
export async function listLatestPublications(db: Executor, limit: number): Promise<Publication[]> {
  const rows = await db
    .selectFrom('publications as p')
    .selectAll('p')
    .where(({ eb, selectFrom }) =>
      eb(
        'p.number',
        '=',
        selectFrom('publications as q')
          .select((q) => q.fn.max('q.number').as('n'))
          .whereRef('q.item_id', '=', 'p.item_id'),
      ),
    )
    .orderBy('p.published_at', 'desc')
    .orderBy('p.item_id', 'desc')
    .limit(limit)
    .execute();
  return hydrate(db, rows);
}

/** The latest publication of one story, or null if it was never published. */
export async function findLatestPublication(db: Executor, itemId: number): Promise<Publication | null> {
  const row = await db
    .selectFrom('publications')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? ((await hydrate(db, [row]))[0] ?? null) : null;
}

/**
 * The publication that publishing now would make: the approved version (or, in review, the latest) as the next
 * number, exactly as the published outputs will carry it.
 */
export async function nextPublication(db: Executor, item: ItemRow, now: number): Promise<Publication | null> {
  const versionNumber = item.approved_version ?? item.latest_version;
  const [version, last, first] = await Promise.all([
    db
      .selectFrom('item_versions')
      .selectAll()
      .where('item_id', '=', item.id)
      .where('number', '=', versionNumber)
      .executeTakeFirst(),
    db
      .selectFrom('publications')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('item_id', '=', item.id)
      .executeTakeFirst(),
    db
      .selectFrom('publications')
      .select((eb) => eb.fn.min('published_at').as('first'))
      .where('item_id', '=', item.id)
      .executeTakeFirst(),
  ]);
  if (!version) return null;
  return {
    itemId: item.id,
    number: Number(last?.number ?? 0) + 1,
    status: 'usable',
    publishedAt: now,
    firstPublishedAt: first?.first === null || first?.first === undefined ? now : Number(first.first),
    note: null,
    versionNumber,
    ...stateOfVersion(version),
    source: item.source,
    author: item.author,
    url: item.url,
    receivedAt: item.received_at,
  };
}
