/**
 * A stream's access changes with the events about its user (new roles, a disabled account): what follows such an
 * event waits for the access to be looked up again and is judged by the answer, never by the roles before it.
 * The look-up is answered here by hand, so the order of things is the test's, not the machine's.
 */
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { expect, it } from 'vitest';
import type { Role } from '#shared/schemas/users.ts';
import { until } from '../../../test-support/wait.ts';
import type { EventBus, Subscriber, WireMessage } from './bus.ts';
import { SseConnection, type StreamAccess } from './stream.ts';

const USER = 5;
/** What a look-up of the stream's user answers: these roles, the session an hour from lapsing. */
const access = (next: Role[]): StreamAccess => ({
  userId: USER,
  roles: next,
  expiresAt: Date.now() + 3_600_000,
});

/** A log of events as the bus would hand them out, and what one connection wrote of it. */
function streamOf(roles: Role[]) {
  const log: WireMessage[] = [];
  let subscriber: Subscriber | null = null;
  const bus = {
    get latest() {
      return log.length;
    },
    subscribe: (next: Subscriber) => ((subscriber = next), () => (subscriber = null)),
    backlog: async (after: number) => log.slice(after),
  } as unknown as EventBus;
  const written: number[] = [];
  const raw = Object.assign(new EventEmitter(), {
    writableLength: 0,
    writableEnded: false,
    writeHead: () => raw,
    write: (chunk: string | Buffer) => {
      const id = /^id: (\d+)/.exec(String(chunk));
      if (id) written.push(Number(id[1]));
      return true;
    },
    end: () => {},
    destroy: () => {},
  });
  const lookups: Array<(access: StreamAccess | null) => void> = [];
  const connection = SseConnection.open(
    raw as unknown as ServerResponse,
    0,
    bus,
    console as unknown as FastifyBaseLogger,
    {
      heartbeatMs: 3_600_000,
      maxBufferedBytes: 1 << 20,
      hardLimitBytes: 1 << 24,
      slowGraceMs: 60_000,
      maxBacklog: 1_000,
      access: access(roles),
      checkAccess: () => new Promise((answer) => lookups.push(answer)),
    },
  );
  return {
    written,
    lookups,
    /** Appends events to the log and hands them to the connection, as the bus does after a commit. */
    commit(...events: Array<{ type: string; aboutUserId?: number }>) {
      const messages = events.map(({ type, aboutUserId = null }) => {
        const seq = log.length + 1;
        const message = {
          seq,
          type,
          aboutUserId,
          data: '{}',
          frame: Buffer.from(`id: ${seq}\ndata: {}\n\n`),
        };
        log.push(message);
        return message;
      });
      subscriber!.deliver(messages);
    },
    /** Resolves once the connection's catch-up is over and it follows the bus. */
    following: () => until(() => connection.following, 'the stream to follow the bus'),
    close: () => connection.close(),
  };
}

it('an editor made a chief: the feed event after the promotion is sent once the new roles are known', async () => {
  const stream = streamOf(['editor']);
  await stream.following();
  stream.commit({ type: 'item.created' });
  expect(stream.written).toEqual([1]);
  stream.commit(
    { type: 'user.updated', aboutUserId: USER },
    { type: 'feed.created' },
    { type: 'item.created' },
  );
  // Their own promotion goes out at once; what follows waits for the look-up.
  expect(stream.written).toEqual([1, 2]);
  stream.commit({ type: 'feed.updated' });
  expect(stream.written).toEqual([1, 2]);
  stream.lookups[0]!(access(['chief']));
  await stream.following();
  expect(stream.written).toEqual([1, 2, 3, 4, 5]);
  stream.close();
});

it('a chief made an editor: no feed event after the change is sent under the old roles', async () => {
  const stream = streamOf(['chief']);
  await stream.following();
  stream.commit({ type: 'feed.created' });
  expect(stream.written).toEqual([1]);
  stream.commit({ type: 'user.updated', aboutUserId: USER }, { type: 'feed.updated' });
  stream.commit({ type: 'feed.health' }, { type: 'item.created' });
  expect(stream.written).toEqual([1, 2]);
  stream.lookups[0]!(access(['editor']));
  await stream.following();
  expect(stream.written).toEqual([1, 2, 5]);
  // Followed live again from here, by the new roles.
  stream.commit({ type: 'feed.created' }, { type: 'comment.added' });
  expect(stream.written).toEqual([1, 2, 5, 7]);
  stream.close();
});
