/**
 * A write that lost a race reaches the client as a clear refusal, not a 500: the database's own errors, raised
 * for real by each database, through the app's error handler.
 */
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresTestUrl } from '../../test-support/harness.ts';
import { errorHandler } from './errors.ts';

/** An app whose one route runs `write` and answers whatever the error handler makes of its failure. */
async function answerTo(write: () => Promise<unknown>) {
  const app = Fastify({ logger: false });
  app.setErrorHandler(errorHandler);
  app.post('/write', async () => {
    await write();
    return { ok: true };
  });
  const response = await app.inject({ method: 'POST', url: '/write' });
  await app.close();
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

describe('a write that lost a race, on SQLite', () => {
  it('a key refusing the second of two equal inserts is 409 concurrent_change', async () => {
    const db = new Database(':memory:');
    db.exec(
      'create table names (name text primary key); create table tags (id integer, tag text, unique (id, tag))',
    );
    db.prepare('insert into names values (?)').run('nargiza');
    db.prepare('insert into tags values (?, ?)').run(1, 'KG');
    for (const insert of [
      () => db.prepare('insert into names values (?)').run('nargiza'),
      () => db.prepare('insert into tags values (?, ?)').run(1, 'KG'),
    ]) {
      const answer = await answerTo(async () => insert());
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('concurrent_change');
    }
    db.close();
  });
});

const url = postgresTestUrl();
if (url) {
  describe('a write that lost a race, on PostgreSQL', () => {
    const clients: Client[] = [];
    const connect = async () => {
      const client = new Client({ connectionString: url });
      await client.connect();
      clients.push(client);
      return client;
    };
    afterAll(async () => {
      for (const client of clients) await client.end();
    });

    it('a key refusing the second of two equal inserts is 409 concurrent_change', async () => {
      const client = await connect();
      await client.query('create temp table names (name text primary key)');
      await client.query(`insert into names values ('nargiza')`);
      const answer = await answerTo(() => client.query(`insert into names values ('nargiza')`));
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('concurrent_change');
    });

    it('a transaction PostgreSQL ends to break a deadlock is 503 write_conflict, to be sent again', async () => {
      const [one, two] = [await connect(), await connect()];
      const table = `deadlock_${process.pid}_${Date.now()}`;
      await one.query(`create table ${table} (id int primary key)`);
      try {
        await one.query(`insert into ${table} values (1), (2)`);
        await one.query('begin');
        await two.query('begin');
        await one.query(`select id from ${table} where id = 1 for update`);
        await two.query(`select id from ${table} where id = 2 for update`);
        // Each now waits for the other: PostgreSQL ends one of the two transactions (after deadlock_timeout).
        const answers = await Promise.all(
          [
            [one, 2],
            [two, 1],
          ].map(([client, id]) =>
            answerTo(() =>
              (client as Client).query(`select id from ${table} where id = $1 for update`, [id]),
            ),
          ),
        );
        const ended = answers.filter((answer) => answer.status === 503);
        expect(ended).toHaveLength(1);
        expect(ended[0]!.body.error.code).toBe('write_conflict');
        expect(ended[0]!.headers['retry-after']).toBe('1');
      } finally {
        await one.query('rollback');
        await two.query('rollback');
        await one.query(`drop table ${table}`);
      }
    });
  });
}
