import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { expect, it } from 'vitest';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { applyLiveMessage } from './apply-message.ts';

type History = { events: MirsadEvent[] };

const event = (seq: number): MirsadEvent =>
  ({
    seq,
    type: 'item.wire_updated',
    itemId: 7,
    actor: { kind: 'system', id: null, name: 'system' },
    payload: { source: 'tass', guid: 'g', copy: seq },
    at: '2026-12-04T10:00:00.000Z',
  }) as MirsadEvent;
const seqs = (data: History | undefined) => data?.events.map((known) => known.seq);

it('an event heard while the timeline is being read again outlives that read: the timeline is read once more', async () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const key = queryKeys.history(7);
  // Each read of the timeline waits for the test to answer it.
  const answers: Array<(data: History) => void> = [];
  const observer = new QueryObserver<History>(queryClient, {
    queryKey: key,
    queryFn: () => new Promise<History>((answer) => answers.push(answer)),
  });
  const landed = (expected: number[]) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (JSON.stringify(seqs(queryClient.getQueryData<History>(key))) === JSON.stringify(expected))
          resolve();
      };
      queryClient.getQueryCache().subscribe(check);
      check();
    });
  const unsubscribe = observer.subscribe(() => {});
  answers[0]!({ events: [event(1)] });
  await landed([1]);

  // The timeline is asked for again (as at the stream's first connection); that read began before event 2.
  void queryClient.invalidateQueries({ queryKey: key });
  expect(answers).toHaveLength(2);
  applyLiveMessage(queryClient, { event: event(2), item: null });
  expect(seqs(queryClient.getQueryData<History>(key))).toEqual([1, 2]);

  // The older read answers without event 2; the read asked after the event answers with it.
  answers[1]!({ events: [event(1)] });
  expect(answers).toHaveLength(3);
  answers[2]!({ events: [event(1), event(2)] });
  await landed([1, 2]);
  await new Promise<void>((settle) => queueMicrotask(settle));
  expect(seqs(queryClient.getQueryData<History>(key))).toEqual([1, 2]);
  unsubscribe();
});
