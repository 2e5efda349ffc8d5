/**
 * Full-text search conditions, the one place that knows FTS5 from tsquery. Queries arrive already parsed by
 * the shared normaliser (src/shared/text), so both dialects match the very same terms the index holds.
 */
import { sql, type RawBuilder } from 'kysely';
import type { TagKind } from '#shared/schemas/items.ts';
import type { NamedTag, SearchClause, SearchQuery } from '#shared/text/index.ts';
import type { DialectName } from './index.ts';

/** FTS5 MATCH syntax: every term quoted, phrases as one quoted string, prefixes with a trailing `*`. */
export function toFts5Query(query: SearchQuery): string {
  return query.clauses
    .map((clause) => {
      const quoted = `"${clause.terms.join(' ').replaceAll('"', '')}"`;
      return clause.prefix ? `${quoted}*` : quoted;
    })
    .join(' AND ');
}

/** PostgreSQL to_tsquery syntax: `&` between clauses, `<->` inside phrases, `:*` for prefixes. */
const tsTerm = (value: string) => `'${value.replaceAll("'", "''").replaceAll('\\', '')}'`;

export function toTsQuery(query: SearchQuery): string {
  return query.clauses
    .map((clause) => {
      const terms = clause.terms.map(tsTerm);
      // A prefix applies to the last word only: `a <-> b:*` (PostgreSQL rejects `(a <-> b):*`).
      if (clause.prefix) terms[terms.length - 1] = `${terms.at(-1)}:*`;
      return clause.phrase && terms.length > 1 ? `(${terms.join(' <-> ')})` : terms.join(' & ');
    })
    .join(' & ');
}

/**
 * Which text a search looks at: all of it, the headline alone (search's first tier), or everything but a
 * headline hit (the second tier).
 */
export type SearchScope = 'all' | 'headline' | 'not-headline';

/** PostgreSQL: a condition on `items` for the clauses' words alone, in the given scope (one tsquery). */
function textCondition(query: SearchQuery, scope: SearchScope): RawBuilder<boolean> {
  const tsquery = toTsQuery(query);
  if (scope === 'headline') return sql<boolean>`items.headline_tsv @@ to_tsquery('simple', ${tsquery})`;
  if (scope === 'not-headline') {
    return sql<boolean>`(items.search_tsv @@ to_tsquery('simple', ${tsquery}) and not items.headline_tsv @@ to_tsquery('simple', ${tsquery}))`;
  }
  return sql<boolean>`items.search_tsv @@ to_tsquery('simple', ${tsquery})`;
}

/** A search clause that names a country or organisation (src/shared/tagging/search-names.ts). */
type NamedClause = SearchClause & { named: NamedTag };

/** The ids of the items with any of these tags of a kind. */
export function taggedIds(kind: TagKind, codes: readonly string[]): RawBuilder<unknown> {
  return sql`select item_tags.item_id from item_tags where item_tags.kind = ${kind} and item_tags.code in (${sql.join(codes)})`;
}

/** The condition that an item is one of an id set. */
export function amongIds(ids: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`items.id in (${ids})`;
}

/**
 * SQLite: the ids of the items whose text matches the clauses' words, in the given scope. Headlines have an
 * index of their own (migration 010): FTS5's column filter reads the body's hits too.
 */
function textIdSet(query: SearchQuery, scope: SearchScope): RawBuilder<unknown> {
  const fts = toFts5Query(query);
  const inHeadline = sql`select rowid from items_headline_fts where items_headline_fts match ${fts}`;
  if (scope === 'headline') return inHeadline;
  const anywhere = sql`select rowid from items_fts where items_fts match ${fts}`;
  return scope === 'not-headline' ? sql`${anywhere} except ${inHeadline}` : anywhere;
}

/**
 * A clause that names a country or organisation (src/shared/tagging/search-names.ts): its words anywhere in
 * the item, or the country or organisation among the item's tags. One id set from two index lookups (the FTS
 * index, item_tags' (kind, code, item_id)), so the engine never walks the items table to test either side.
 */
function nameIdSet(dialect: DialectName, clause: NamedClause): RawBuilder<unknown> {
  const { named, ...text } = clause;
  const words: SearchQuery = { clauses: [text] };
  const tagged = taggedIds(named.kind, [named.code]);
  if (dialect === 'postgres')
    return sql`select matched.id from items as matched where matched.search_tsv @@ to_tsquery('simple', ${toTsQuery(words)}) union ${tagged}`;
  return sql`select rowid from items_fts where items_fts match ${toFts5Query(words)} union ${tagged}`;
}

/** SQLite: id sets as one, each read once; each is wrapped, as compound operators bind left to right. */
function intersection(sets: ReadonlyArray<RawBuilder<unknown>>): RawBuilder<unknown> {
  return sql.join(
    sets.map((set) => sql`select * from (${set})`),
    sql` intersect `,
  );
}

/**
 * A boolean condition on `items` for the query, among the items of the `among` id sets (the tag filters).
 * Clauses that name a country or organisation also match the items tagged with it; the tag says nothing about
 * where the name stands, so the headline tier ranks by the words alone and its other items come in the second
 * tier.
 *
 * On SQLite everything is ONE intersection of id sets: `items.id in (A intersect B …)`. As separate `id in`
 * conditions, SQLite walked one set in id order and fetched each row to test the others, until 51 rows matched:
 * a search whose words meet a big tag rarely or never (طاشقند among 25,000 economy items) took 37–61 ms at
 * 100,000 items; the intersection reads each set once from its index (0.01–16 ms, the 16 for a word in nearly
 * every item). Only when searching: without a search, the walk stops early on dense tag sets, which is the
 * queue's common case. PostgreSQL plans the separate conditions well, and keeps them.
 */
export function searchCondition(
  dialect: DialectName,
  query: SearchQuery,
  scope: SearchScope = 'all',
  among: ReadonlyArray<RawBuilder<unknown>> = [],
): RawBuilder<boolean> {
  const named = query.clauses.filter((clause): clause is NamedClause => !!clause.named);
  const words = query.clauses.filter((clause) => !clause.named);
  const byName = named.length > 0 && scope !== 'headline';
  if (dialect === 'postgres') {
    const conditions = byName
      ? [
          ...(words.length > 0 ? [textCondition({ clauses: words }, 'all')] : []),
          ...named.map((clause) => amongIds(nameIdSet(dialect, clause))),
          ...(scope === 'not-headline' ? [sql<boolean>`not ${textCondition(query, 'headline')}`] : []),
        ]
      : [textCondition(query, scope)];
    conditions.push(...among.map(amongIds));
    return sql<boolean>`(${sql.join(conditions, sql` and `)})`;
  }
  const sets = byName
    ? [
        ...(words.length > 0 ? [textIdSet({ clauses: words }, 'all')] : []),
        ...named.map((clause) => nameIdSet(dialect, clause)),
      ]
    : [textIdSet(query, scope)];
  let ids = intersection([...sets, ...among]);
  if (byName && scope === 'not-headline') ids = sql`${ids} except ${textIdSet(query, 'headline')}`;
  return amongIds(ids);
}
