/**
 * Full-text search conditions, the one place that knows FTS5 from tsquery. Queries arrive already parsed by
 * the shared normaliser (src/shared/text), so both dialects match the very same terms the index holds.
 */
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { SearchQuery } from '#shared/text/index.ts';
import type { DialectName } from './index.ts';
import type { DB } from './schema.ts';

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

/** A boolean condition on `items` for the query. */
export function searchCondition(dialect: DialectName, query: SearchQuery): RawBuilder<boolean> {
  if (dialect === 'postgres') {
    return sql<boolean>`items.search_tsv @@ to_tsquery('simple', ${toTsQuery(query)})`;
  }
  return sql<boolean>`items.id in (select rowid from items_fts where items_fts match ${toFts5Query(query)})`;
}

/**
 * Adds a relevance column `rank` (higher is better) to a query over `items` already filtered by
 * searchCondition. Scores are rounded so that near-equal ones tie and fall back to newest first.
 */
export function withSearchRank<QB extends SelectQueryBuilder<DB, 'items', object>>(
  qb: QB,
  dialect: DialectName,
  query: SearchQuery,
): QB {
  if (dialect === 'postgres') {
    return qb.select(
      sql<number>`round(ts_rank(items.search_tsv, to_tsquery('simple', ${toTsQuery(query)}))::numeric, 3)`.as(
        'rank',
      ),
    ) as QB;
  }
  // bm25() is only defined inside a MATCH query over the FTS table, so rank through a joined derived table.
  return qb
    .innerJoin(
      sql<{ rowid: number; score: number }>`(select rowid, round(-bm25(items_fts), 3) as score from items_fts
        where items_fts match ${toFts5Query(query)})`.as('fts'),
      'fts.rowid',
      'items.id',
    )
    .select(sql<number>`fts.score`.as('rank')) as unknown as QB;
}
