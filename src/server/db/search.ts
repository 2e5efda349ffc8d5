/**
 * Full-text search conditions, the one place that knows FTS5 from tsquery. Queries arrive already parsed by
 * the shared normaliser (src/shared/text), so both dialects match the very same terms the index holds.
 */
import { sql, type RawBuilder } from 'kysely';
import type { SearchClause, SearchQuery } from '#shared/text/index.ts';
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

/** A condition on `items` for the clauses' words alone, in the given scope (one FTS5 match or tsquery). */
function textCondition(dialect: DialectName, query: SearchQuery, scope: SearchScope): RawBuilder<boolean> {
  if (dialect === 'postgres') {
    const tsquery = toTsQuery(query);
    if (scope === 'headline') return sql<boolean>`items.headline_tsv @@ to_tsquery('simple', ${tsquery})`;
    if (scope === 'not-headline') {
      return sql<boolean>`(items.search_tsv @@ to_tsquery('simple', ${tsquery}) and not items.headline_tsv @@ to_tsquery('simple', ${tsquery}))`;
    }
    return sql<boolean>`items.search_tsv @@ to_tsquery('simple', ${tsquery})`;
  }
  const fts = toFts5Query(query);
  const match =
    scope === 'headline'
      ? `{search_headline} : (${fts})`
      : scope === 'not-headline'
        ? `(${fts}) NOT ({search_headline} : (${fts}))`
        : fts;
  return sql<boolean>`items.id in (select rowid from items_fts where items_fts match ${match})`;
}

/**
 * A clause that names a country (src/shared/tagging/search-names.ts): its words anywhere in the item, or the
 * country among the item's tags. One id set from two index lookups (the FTS index, item_tags' (kind, code,
 * item_id)), so the engine never walks the items table to test either side.
 */
function nameCondition(dialect: DialectName, clause: SearchClause): RawBuilder<boolean> {
  const { country, ...text } = clause;
  const words: SearchQuery = { clauses: [text] };
  const tagged = sql`select item_tags.item_id from item_tags where item_tags.kind = 'countries' and item_tags.code = ${country}`;
  if (dialect === 'postgres') {
    return sql<boolean>`items.id in (select matched.id from items as matched where matched.search_tsv @@ to_tsquery('simple', ${toTsQuery(words)}) union ${tagged})`;
  }
  return sql<boolean>`items.id in (select rowid from items_fts where items_fts match ${toFts5Query(words)} union ${tagged})`;
}

/**
 * A boolean condition on `items` for the query. Clauses that name a country also match the items tagged with
 * it; the tag says nothing about where the name stands, so the headline tier ranks by the words alone and the
 * country's other items come in the second tier.
 */
export function searchCondition(
  dialect: DialectName,
  query: SearchQuery,
  scope: SearchScope = 'all',
): RawBuilder<boolean> {
  const named = query.clauses.filter((clause) => clause.country);
  if (named.length === 0 || scope === 'headline') return textCondition(dialect, query, scope);
  const words = query.clauses.filter((clause) => !clause.country);
  const conditions = named.map((clause) => nameCondition(dialect, clause));
  if (words.length > 0) conditions.unshift(textCondition(dialect, { clauses: words }, 'all'));
  const all = sql<boolean>`(${sql.join(conditions, sql` and `)})`;
  if (scope === 'all') return all;
  return sql<boolean>`(${all} and not ${textCondition(dialect, query, 'headline')})`;
}
