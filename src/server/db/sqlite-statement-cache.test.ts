import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.ts';

function open() {
  const connection = new SQLite(':memory:');
  connection.exec('create table t (n integer)');
  connection.exec('insert into t values (1), (2), (3)');
  return { connection, cached: withStatementCache(connection) };
}

describe('the SQLite statement cache', () => {
  it('hands back the statement prepared for the same SQL, and another for other SQL', () => {
    const { cached } = open();
    const first = cached.prepare('select n from t order by n');
    expect(cached.prepare('select n from t order by n')).toBe(first);
    expect(cached.prepare('select n from t order by n desc')).not.toBe(first);
  });

  it('prepares a fresh statement while the kept one is still iterating, and both give every row', () => {
    const { cached } = open();
    const sql = 'select n from t order by n';
    const iterating = (cached.prepare(sql) as SQLite.Statement).iterate() as IterableIterator<{ n: number }>;
    expect(iterating.next().value).toEqual({ n: 1 });
    const other = cached.prepare(sql) as SQLite.Statement;
    expect(other.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect([...iterating]).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('keeps answering correctly after the schema changes under a kept statement', () => {
    const { connection, cached } = open();
    const sql = 'select * from t order by n';
    expect((cached.prepare(sql) as SQLite.Statement).all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    connection.exec('alter table t add column label text default null');
    expect((cached.prepare(sql) as SQLite.Statement).all()).toHaveLength(3);
  });
});
