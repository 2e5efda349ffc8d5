import { sql } from 'kysely';
import { expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../../test-support/harness.ts';
import { until } from '../../../test-support/wait.ts';
import { ingestItems, wireItem } from '../../../test-support/wire-items.ts';
import { loadLiveItemsById } from '../items/serialize.ts';
import type { AppContext } from '../../context.ts';
import type { Database } from '../../db/index.ts';
import { SYSTEM_ACTOR } from './actors.ts';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import { EventBus, type Subscriber, type WireMessage } from './bus.ts';
import { appendEvents, latestSeq, readAnnouncement } from './repository.ts';

/** A subscriber that keeps what it is handed, as a stream would (it drops nothing itself). */
class Recorder implements Subscriber {
  readonly seqs: number[] = [];
  readonly frames: string[] = [];
  constructor(private readonly onDeliver: () => void = () => {}) {}
  deliver(messages: readonly WireMessage[]): void {
    this.onDeliver();
    for (const message of messages) {
      this.seqs.push(message.seq);
      this.frames.push(message.frame.toString());
    }
  }
  close(): void {}
}

describeEachDatabase('live bus fan-out', (env) => {
  it('hands every batch to hundreds of subscribers once each, in order, as the frame of its message', async () => {
    const { bus } = env().ctx;
    const recorders = Array.from({ length: 250 }, () => new Recorder());
    const unsubscribe = recorders.map((recorder) => bus.subscribe(recorder));
    const from = bus.latest;
    // Three commits at once: their deliveries overlap unless the bus keeps them apart.
    await Promise.all([1, 2, 3].map(() => ingestItems(env().ctx, [wireItem(), wireItem()])));
    const last = await latestSeq(env().ctx.database.db);
    await until(
      () => recorders.every((recorder) => recorder.seqs.at(-1) === last),
      'every subscriber to hear the last event',
    );
    const expected = recorders[0]!.seqs;
    expect(expected[0]).toBe(from + 1);
    expect(expected).toEqual([...new Set(expected)].sort((a, b) => a - b));
    for (const recorder of recorders) expect(recorder.seqs).toEqual(expected);
    const [frame] = recorders[0]!.frames;
    expect(frame).toMatch(new RegExp(`^id: ${from + 1}\\ndata: \\{.*\\}\\n\\n$`, 's'));
    // The item as a screen shows it in the queue, without its body (asked for when it is opened).
    const { item } = JSON.parse(frame!.slice(frame!.indexOf('data: ') + 6)) as {
      item: Record<string, unknown>;
    };
    expect(item).toMatchObject({ headline: expect.any(String), summary: expect.any(String), version: 1 });
    expect(item).not.toHaveProperty('body');
    unsubscribe.forEach((stop) => stop());
  });

  it('lets other work run between slices of a large fan-out', async () => {
    const { bus } = env().ctx;
    const order: string[] = [];
    const first = new Recorder(() => {
      if (order.length === 0) setImmediate(() => order.push('other work'));
      order.push('first');
    });
    const rest = Array.from({ length: 499 }, () => new Recorder());
    const last = new Recorder(() => order.push('last'));
    const unsubscribe = [first, ...rest, last].map((recorder) => bus.subscribe(recorder));
    await ingestItems(env().ctx, [wireItem()]);
    await until(() => order.includes('last'), 'the last subscriber to hear the event');
    // Work queued while the first subscribers were served ran before the fan-out reached the last one.
    expect(order).toEqual(['first', 'other work', 'last']);
    unsubscribe.forEach((stop) => stop());
  });

  it('loads and serialises nothing while no one listens, follows the log meanwhile, and serves who comes', async () => {
    const { ctx } = env();
    const loads: number[][] = [];
    const bus = new EventBus(ctx.database, ctx.log, (ids) => {
      loads.push([...ids]);
      return loadLiveItemsById(ctx.database.db, ids);
    });
    await bus.start();
    await ingestItems(ctx, [wireItem()]);
    const skipped = await latestSeq(ctx.database.db);
    bus.poke();
    await until(() => bus.latest === skipped, 'the bus to follow the log');
    expect(loads).toEqual([]);

    const recorder = new Recorder();
    bus.subscribe(recorder);
    const [id] = await ingestItems(ctx, [wireItem()]);
    bus.poke();
    await until(() => recorder.seqs.length > 0, 'the subscriber to hear the new item');
    expect(recorder.seqs[0]).toBe(skipped + 1);
    expect(loads).toEqual([[id]]);
    await bus.stop();
  });
});

/**
 * A bus of its own on the test's database (as another server's would be), started, with one recorder listening.
 * It reaches the log only through `database.db`: `reads` counts those, its trips to the log.
 */
async function busCountingReads(ctx: AppContext) {
  const counted = { reads: 0 };
  const database = Object.create(ctx.database, {
    db: { get: () => (counted.reads++, ctx.database.db) },
  }) as Database;
  const bus = new EventBus(database, ctx.log, (ids) => loadLiveItemsById(ctx.database.db, ids));
  await bus.start();
  const recorder = new Recorder();
  bus.subscribe(recorder);
  counted.reads = 0;
  return { bus, recorder, counted };
}

/** A feed's deletion appended in a transaction of its own, its NOTIFY (PostgreSQL) signed `announcedBy`. */
const appendFeedDeleted = (ctx: AppContext, announcedBy: string, name = 'تاس') =>
  ctx.database.db
    .transaction()
    .execute((trx) =>
      appendEvents(
        trx,
        ctx.database,
        SYSTEM_ACTOR,
        [{ type: 'feed.deleted', itemId: null, payload: { feedId: 1, name } }],
        { announcedBy },
      ),
    );

/** An event as the log stores it, with no item. */
const accountEvent = (seq: number, type: string, payload: object) =>
  ({
    seq,
    type,
    itemId: null,
    actor: { kind: 'system', id: null, name: 'system' },
    payload,
    at: '2026-12-05T04:00:00.000Z',
  }) as MirsadEvent;

describeEachDatabase('event bus: whose access an event may change', (env) => {
  it('names the user of an account event, so that their streams look at their access again, but not for a new name', async () => {
    const messages = await env().ctx.bus.toMessages([
      accountEvent(1, 'user.updated', { userId: 3, fields: ['roles'], roles: ['chief'] }),
      accountEvent(2, 'user.password_reset', { userId: 3 }),
      accountEvent(3, 'auth.signed_out', { userId: 3 }),
      // A sign-in ends the session the browser had before: that session's stream must end.
      accountEvent(4, 'auth.signed_in', { userId: 3, address: '127.0.0.1' }),
      accountEvent(5, 'user.renamed', { userId: 3, displayName: 'سارة' }),
    ]);
    expect(messages.map((message) => [message.type, message.aboutUserId])).toEqual([
      ['user.updated', 3],
      ['user.password_reset', 3],
      ['auth.signed_out', 3],
      ['auth.signed_in', 3],
      ['user.renamed', null],
    ]);
  });
});

describeEachDatabase('event bus and its own commits', (env) => {
  it('hands out events that follow on from the last as appended, and reads the log when another came between', async () => {
    const { ctx } = env();
    const { bus, recorder, counted } = await busCountingReads(ctx);
    // Announced under this bus's name, which it skips: it hears of these only when handed them (committed).
    const append = () => appendFeedDeleted(ctx, bus.id);

    const ours = await append();
    bus.committed(ours);
    await until(() => recorder.seqs.length === 1, 'the screen to hear our event');
    expect(counted.reads).toBe(0);
    // The same bytes a screen that replays it from the log gets.
    const replayed = await bus.backlog(ours[0]!.seq - 1);
    expect(recorder.frames).toEqual(replayed.map((message) => message.frame.toString()));

    // An event this bus is not handed, then one it is: the log is read, nothing skipped.
    const theirs = await append();
    const next = await append();
    counted.reads = 0;
    bus.committed(next);
    await until(() => recorder.seqs.length === 3, 'the screen to hear both events');
    expect(recorder.seqs).toEqual([ours[0]!.seq, theirs[0]!.seq, next[0]!.seq]);
    expect(counted.reads).toBeGreaterThan(0);
    await bus.stop();
  });
});

describeEachDatabase('event bus with nobody listening', (env) => {
  it('moves to its own commits without reading the log, and a screen that opens then hears what follows', async () => {
    const { ctx } = env();
    const pokes = vi.spyOn(ctx.bus, 'poke');
    await ingestItems(ctx, [wireItem()]);
    await ingestItems(ctx, [wireItem()]);
    const latest = await latestSeq(ctx.database.db);
    expect(ctx.bus.latest).toBe(latest);
    expect(pokes).not.toHaveBeenCalled();

    const recorder = new Recorder();
    const unsubscribe = ctx.bus.subscribe(recorder);
    await ingestItems(ctx, [wireItem()]);
    await until(() => recorder.seqs.length > 0, 'the screen to hear the new item');
    expect(recorder.seqs).toEqual([latest + 1]);
    unsubscribe();
  });
});

describeEachDatabase(
  'event bus announcements',
  (env) => {
    it("reads the log again for another writer's unknown commit, not for its own (it was handed that already)", async () => {
      const { ctx } = env();
      const pokes = vi.spyOn(ctx.bus, 'poke');
      const committed = vi.spyOn(ctx.bus, 'committed');
      const heard = vi.spyOn(ctx.bus, 'announced');
      await ingestItems(ctx, [wireItem()]);
      expect(committed).toHaveBeenCalledTimes(1);
      // Another process's commit, announced after ours: PostgreSQL delivers the two in commit order, so once
      // the second has been heard the first has been too.
      await sql`select pg_notify(${ctx.database.eventChannel}, 'another-process')`.execute(ctx.database.db);
      await until(
        () => heard.mock.calls.some(([from]) => from === 'another-process'),
        "the other process's announcement",
      );
      // Our commit was announced under this bus's name, and only the other one made it read the log again.
      expect(heard.mock.calls.map(([payload]) => readAnnouncement(payload).from)).toEqual([
        ctx.bus.id,
        'another-process',
      ]);
      pokes.mockClear();
      ctx.bus.announced(ctx.bus.id);
      expect(pokes).not.toHaveBeenCalled();
      ctx.bus.announced('another-process');
      expect(pokes).toHaveBeenCalledTimes(1);
    });
  },
  // SQLite's listeners watch data_version, which a connection's own commits do not move.
  { only: ['postgres'] },
);

describeEachDatabase(
  'event bus of another instance',
  (env) => {
    it('hands out what another instance announced without reading the log, unless it did not fit', async () => {
      const { ctx } = env();
      const { bus: other, recorder, counted } = await busCountingReads(ctx);
      await ingestItems(ctx, [wireItem()]);
      const first = await latestSeq(ctx.database.db);
      await until(() => recorder.seqs.length === 1, 'the other instance to hear the item');
      expect(counted.reads).toBe(0);
      expect(recorder.seqs).toEqual([first]);
      const replayed = await other.backlog(first - 1);
      expect(recorder.frames).toEqual(replayed.map((message) => message.frame.toString()));

      // Events that outgrow a NOTIFY's payload (8,000 bytes) are announced without them: the log is read.
      counted.reads = 0;
      const [big] = await appendFeedDeleted(ctx, 'another-process', 'وكالة '.repeat(1_000));
      await until(() => recorder.seqs.length === 2, 'the other instance to hear the big event');
      expect(counted.reads).toBeGreaterThan(0);
      expect(recorder.seqs).toEqual([first, big!.seq]);
      await other.stop();
    });
  },
  { only: ['postgres'] },
);
