import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test-support/harness.ts';
import { until } from '../../../test-support/wait.ts';
import { SYSTEM_ACTOR } from './actors.ts';
import { appendEvents, listEventsAfter } from './repository.ts';

describeEachDatabase('appending events', (env) => {
  it('numbers a batch in its order, with the actor and the time of each event, and returns it as stored', async () => {
    const { database } = env().ctx;
    const appended = await database.db.transaction().execute((trx) =>
      appendEvents(
        trx,
        database,
        { kind: 'user', id: 7, name: 'amal' },
        [
          {
            type: 'feed.created',
            itemId: null,
            payload: { feedId: 1, name: 'تاس', url: 'https://tass.ru/rss' },
          },
          { type: 'feed.updated', itemId: null, payload: { feedId: 1, fields: ['name'] }, at: 1_000 },
          { type: 'feed.deleted', itemId: null, payload: { feedId: 1, name: 'تاس' } },
        ],
        { at: 2_000 },
      ),
    );
    const seqs = appended.map((event) => event.seq);
    expect(seqs).toHaveLength(3);
    expect(seqs[1]).toBe(seqs[0]! + 1);
    expect(seqs[2]).toBe(seqs[0]! + 2);
    const events = await listEventsAfter(database.db, seqs[0]! - 1, 10);
    expect(events.map((event) => [event.seq, event.type, event.at])).toEqual([
      [seqs[0], 'feed.created', new Date(2_000).toISOString()],
      [seqs[1], 'feed.updated', new Date(1_000).toISOString()],
      [seqs[2], 'feed.deleted', new Date(2_000).toISOString()],
    ]);
    expect(events[0]!.actor).toEqual({ kind: 'user', id: 7, name: 'amal' });
    expect(events[1]!.payload).toEqual({ feedId: 1, fields: ['name'] });
    // What the bus hands out without reading the table back (EventBus.committed).
    expect(appended).toEqual(events);
  });
});

const FEED_DELETED = { type: 'feed.deleted', itemId: null, payload: { feedId: 1, name: 'تاس' } } as const;
const seqsOf = async (appending: Promise<Array<{ seq: number }>>) =>
  (await appending).map((event) => event.seq);

describeEachDatabase(
  'appending events beside another writer',
  (env) => {
    // A reader that has moved past seq 11 never looks at 10 again: a number drawn before the lock could commit
    // after a later one. While one writer holds the lock, the other must have drawn no number yet.
    it('draws no sequence number until the writer before it has committed', async () => {
      const { database } = env().ctx;
      const { db } = database;
      const lastDrawn = async () =>
        Number(
          (await sql<{ last_value: string }>`select last_value from events_seq_seq`.execute(db)).rows[0]!
            .last_value,
        );
      let second: Promise<number[]> | undefined;
      const [first] = await db.transaction().execute(async (trx) => {
        const seqs = await seqsOf(appendEvents(trx, database, SYSTEM_ACTOR, [FEED_DELETED]));
        second = db
          .transaction()
          .execute((other) => seqsOf(appendEvents(other, database, SYSTEM_ACTOR, [FEED_DELETED])));
        await until(async () => {
          const { rows } = await sql<{
            waiting: number;
          }>`select count(*)::int as waiting from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`.execute(
            db,
          );
          return rows[0]!.waiting > 0;
        }, 'the second writer to wait for the lock');
        expect(await lastDrawn()).toBe(seqs[0]);
        return seqs;
      });
      const [next] = await second!;
      expect(next).toBe(first! + 1);
    });
  },
  // SQLite's write transactions run one at a time (BEGIN IMMEDIATE): there is no second writer to wait.
  { only: ['postgres'] },
);
