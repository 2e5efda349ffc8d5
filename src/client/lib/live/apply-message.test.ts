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
/** Each test waits for reads and answers, which take microseconds; a read never asked fails it in 10 s, not 120. */
const FAILS_AFTER = { timeout: 10_000 };

/** An item's timeline on screen (a real QueryClient), each read of it waiting for the test to answer it. */
function timelineOnScreen() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const key = queryKeys.history(7);
  const answers: Array<(data: History) => void> = [];
  const waiting: Array<{ count: number; resume: () => void }> = [];
  const observer = new QueryObserver<History>(queryClient, {
    queryKey: key,
    queryFn: () =>
      new Promise<History>((answer) => {
        answers.push(answer);
        for (const wait of waiting) if (answers.length >= wait.count) wait.resume();
      }),
  });
  const unsubscribe = observer.subscribe(() => {});
  /** Resolves once the timeline shows these events. */
  const shows = (expected: number[]) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (JSON.stringify(seqs(queryClient.getQueryData<History>(key))) === JSON.stringify(expected))
          resolve();
      };
      queryClient.getQueryCache().subscribe(check);
      check();
    });
  return {
    queryClient,
    answers,
    shown: () => seqs(queryClient.getQueryData<History>(key)),
    /** Resolves once the timeline has been asked for `count` times. */
    asked: (count: number) =>
      new Promise<void>((resume) => {
        if (answers.length >= count) resume();
        else waiting.push({ count, resume });
      }),
    shows,
    /** Waits until the timeline shows these events, checks that nothing still on its way replaces them, and ends. */
    async settlesOn(expected: number[]) {
      await shows(expected);
      await new Promise<void>((settle) => queueMicrotask(settle));
      expect(seqs(queryClient.getQueryData<History>(key))).toEqual(expected);
      unsubscribe();
    },
  };
}

it(
  'an event heard while the timeline is being read again outlives that read: the timeline is read once more',
  FAILS_AFTER,
  async () => {
    const timeline = timelineOnScreen();
    timeline.answers[0]!({ events: [event(1)] });
    await timeline.shows([1]);

    // The timeline is asked for again (as at the stream's first connection); that read began before event 2.
    void timeline.queryClient.invalidateQueries({ queryKey: queryKeys.history(7) });
    expect(timeline.answers).toHaveLength(2);
    applyLiveMessage(timeline.queryClient, { event: event(2), item: null });
    expect(timeline.shown()).toEqual([1, 2]);

    // The older read answers without event 2; the read asked after the event answers with it.
    await timeline.asked(3);
    timeline.answers[1]!({ events: [event(1)] });
    timeline.answers[2]!({ events: [event(1), event(2)] });
    await timeline.settlesOn([1, 2]);
  },
);

it(
  "an event heard while the timeline's first read is on its way is not lost: that read is dropped and asked again",
  FAILS_AFTER,
  async () => {
    const timeline = timelineOnScreen();
    // The pane opened: its timeline's first read left before event 2 was committed. It has nothing to add the
    // event to, and asking again would only join that read (React Query keeps a first read that is on its way).
    expect(timeline.answers).toHaveLength(1);
    applyLiveMessage(timeline.queryClient, { event: event(2), item: null });
    await timeline.asked(2);

    // The first read answers without event 2 (it was dropped); the one asked after the event answers with it.
    timeline.answers[0]!({ events: [event(1)] });
    timeline.answers[1]!({ events: [event(1), event(2)] });
    await timeline.settlesOn([1, 2]);
  },
);
