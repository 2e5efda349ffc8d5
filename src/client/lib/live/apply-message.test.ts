import { expect, it } from 'vitest';
import type { MirsadEvent } from '#shared/schemas/events.ts';
import type { SameStory } from '#shared/schemas/items.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { buildItem } from '../../../test-support/item-builder.ts';
import { FAILS_AFTER, landed, viewOnScreen } from '../../../test-support/view-on-screen.ts';
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
/** An item's timeline on screen: each read of it waits for the test to answer it. */
const timelineOnScreen = () => viewOnScreen<History>(queryKeys.history(7));
/** Matches a timeline that shows these events. */
const showing = (expected: number[]) => (data: History | undefined) =>
  JSON.stringify(seqs(data)) === JSON.stringify(expected);

it(
  'an event heard while the timeline is being read again outlives that read: the timeline is read once more',
  FAILS_AFTER,
  async () => {
    const timeline = timelineOnScreen();
    timeline.answer(1, { events: [event(1)] });
    await timeline.shows(showing([1]));

    // The timeline is asked for again (as at the stream's first connection); that read began before event 2.
    void timeline.queryClient.invalidateQueries({ queryKey: queryKeys.history(7) });
    expect(timeline.reads()).toBe(2);
    applyLiveMessage(timeline.queryClient, { event: event(2), item: null });
    expect(seqs(timeline.shown())).toEqual([1, 2]);

    // The older read answers without event 2; the read asked after the event answers with it.
    await timeline.asked(3);
    timeline.answer(2, { events: [event(1)] });
    timeline.answer(3, { events: [event(1), event(2)] });
    await timeline.settlesOn(showing([1, 2]));
  },
);

it(
  "an event heard while the timeline's first read is on its way is not lost: that read is dropped and asked again",
  FAILS_AFTER,
  async () => {
    const timeline = timelineOnScreen();
    // The pane opened: its timeline's first read left before event 2 was committed. It has nothing to add the
    // event to, and asking again would only join that read (React Query keeps a first read that is on its way).
    expect(timeline.reads()).toBe(1);
    applyLiveMessage(timeline.queryClient, { event: event(2), item: null });
    await timeline.asked(2);

    // The first read answers without event 2 (it was dropped); the one asked after the event answers with it.
    timeline.answer(1, { events: [event(1)] });
    timeline.answer(2, { events: [event(1), event(2)] });
    await timeline.settlesOn(showing([1, 2]));
  },
);

const accountEvent = (type: 'user.updated' | 'user.renamed', payload: object) =>
  ({
    seq: 9,
    type,
    itemId: null,
    actor: { kind: 'user', id: 1, name: 'admin' },
    payload: { userId: 4, ...payload },
    at: '2026-12-05T10:00:00.000Z',
  }) as MirsadEvent;

it(
  'an account changed (a rename, new roles, a disabled editor): the lists of people on screen ask again',
  FAILS_AFTER,
  async () => {
    for (const changed of [
      accountEvent('user.updated', { fields: ['roles'], roles: ['chief'] }),
      accountEvent('user.renamed', { displayName: 'سارة' }),
    ]) {
      for (const key of [
        queryKeys.deskOverview({}),
        queryKeys.assignees(null),
        queryKeys.assignees(2),
        queryKeys.peopleUsers,
      ]) {
        const view = viewOnScreen<unknown>(key);
        view.answer(1, {});
        await view.shows((data) => data !== undefined);
        applyLiveMessage(view.queryClient, { event: changed, item: null });
        await view.asked(2);
      }
    }
  },
);

it(
  'a new name: the queue, the open item and its comments ask again (they show people), the counts and the timeline do not',
  FAILS_AFTER,
  async () => {
    const renamed = accountEvent('user.renamed', { displayName: 'سارة' });
    for (const key of [queryKeys.itemList({}), queryKeys.item(7), queryKeys.comments(7)]) {
      const view = viewOnScreen<unknown>(key);
      view.answer(1, {});
      await view.shows((data) => data !== undefined);
      applyLiveMessage(view.queryClient, { event: renamed, item: null });
      await view.asked(2);
    }
    // Counts have no names; a timeline and versions keep the names they were written under.
    for (const key of [queryKeys.facets({}), queryKeys.history(7), queryKeys.versions(7)]) {
      const view = viewOnScreen<unknown>(key);
      view.answer(1, {});
      await view.shows((data) => data !== undefined);
      applyLiveMessage(view.queryClient, { event: renamed, item: null });
      await landed();
      expect(view.reads()).toBe(1);
    }
    // New roles show nowhere on the queue: it is not read again for them.
    const queue = viewOnScreen<unknown>(queryKeys.itemList({}));
    queue.answer(1, {});
    await queue.shows((data) => data !== undefined);
    applyLiveMessage(queue.queryClient, {
      event: accountEvent('user.updated', { fields: ['roles'], roles: ['chief'] }),
      item: null,
    });
    await landed();
    expect(queue.reads()).toBe(1);
  },
);

it(
  "a desk story written from an open report's story is asked for: the report's pane then says the story is in hand",
  FAILS_AFTER,
  async () => {
    const sameStory = viewOnScreen<SameStory>(queryKeys.cluster(7));
    sameStory.answer(1, { items: [buildItem({ id: 7 })], stories: [] });
    await sameStory.shows((data) => data?.stories.length === 0);
    const story = buildItem({ id: 9, origin: 'desk', status: 'assigned' });
    const { body: _body, ...liveStory } = story;
    applyLiveMessage(sameStory.queryClient, {
      event: {
        seq: 5,
        type: 'item.created',
        itemId: 9,
        actor: { kind: 'user', id: 2, name: 'ليلى' },
        payload: { sourceIds: [7] },
        at: '2026-12-04T10:00:00.000Z',
      } as MirsadEvent,
      item: liveStory,
    });
    await sameStory.asked(2);
    sameStory.answer(2, { items: [buildItem({ id: 7 })], stories: [story] });
    await sameStory.settlesOn((data) => data?.stories[0]?.id === 9);
  },
);
