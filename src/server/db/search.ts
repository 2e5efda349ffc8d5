/**
 * Full-text search conditions, the one place that knows FTS5 from tsquery. Queries arrive already parsed by
 * the shared normaliser (src/shared/text), so both dialects match the very same terms the index holds.
 */
import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery } from '#shared/text/index.ts';
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

/** A boolean condition on `items` for the query. */
export function searchCondition(
  dialect: DialectName,
  query: SearchQuery,
  scope: SearchScope = 'all',
): RawBuilder<boolean> {
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
