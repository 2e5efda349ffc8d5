import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveItem, LiveMessage, MirsadEvent } from '#shared/schemas/events.ts';
import type { Item, ItemFilters } from '#shared/schemas/items.ts';
import type { SessionResponse } from '#shared/schemas/users.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { onFlashRaised, useFlashAlertStore, type FlashAlert } from '#client/stores/flash-alert-store.ts';
import { useToastStore } from '#client/stores/toast-store.ts';
import { buildItem } from '../../../test-support/item-builder.ts';
import { applyLiveMessage } from './apply-message.ts';
import { LiveSync } from './sync.ts';
import { urgentArrivalOf, wouldShow } from './urgent-arrivals.ts';

const VIEWER = 42;

function live(patch: Partial<Item>): LiveItem {
  const { body: _body, ...rest } = buildItem({ headline: `خبر ${patch.id}`, ...patch });
  return rest;
}

/** An item arriving (item.ingested) as the stream sends it, or another event about it. */
function message(
  seq: number,
  item: LiveItem | null,
  type: MirsadEvent['type'] = 'item.ingested',
): LiveMessage {
  return {
    event: {
      seq,
      type,
      itemId: item?.id ?? null,
      actor: { kind: 'system', id: null, name: 'وكالة' },
      payload: { source: item?.source ?? 's', guid: `g${seq}`, feedId: null },
      at: '2026-01-02T10:00:00.000Z',
    } as MirsadEvent,
    item,
  };
}

/** An agency's new copy of a report, as the stream sends it; `urgencyFrom` when it changed the urgency. */
const reingested = (seq: number, item: LiveItem, urgencyFrom?: number): LiveMessage => ({
  ...message(seq, item, 'item.reingested'),
  event: {
    ...message(seq, item, 'item.reingested').event,
    payload: { source: 's', guid: `g${seq}`, version: 2, ...(urgencyFrom ? { urgencyFrom } : {}) },
  } as MirsadEvent,
});

const flash = (id: number, patch: Partial<Item> = {}) => live({ id, urgency: 1, ...patch });
const urgent = (id: number, patch: Partial<Item> = {}) => live({ id, urgency: 2, ...patch });
const routine = (id: number) => live({ id, urgency: 3 });

describe('which arrivals are urgent for the desk', () => {
  it('a flash or an urgent item arriving, where the filters would show it', () => {
    expect(urgentArrivalOf(message(1, flash(1)), {}, VIEWER)).toMatchObject({ urgency: 1, seq: 1 });
    expect(urgentArrivalOf(message(2, urgent(2)), {}, VIEWER)).toMatchObject({ urgency: 2 });
    expect(urgentArrivalOf(message(3, routine(3)), {}, VIEWER)).toBeNull();
  });

  it('arrivals only: an edit, a re-ingest or a retag of a flash already in the queue raises nothing', () => {
    for (const type of ['item.edited', 'item.reingested', 'item.retagged', 'item.accept'] as const)
      expect(urgentArrivalOf(message(4, flash(4), type), {}, VIEWER), type).toBeNull();
    expect(urgentArrivalOf(message(5, null), {}, VIEWER)).toBeNull();
  });

  it('an agency’s new copy that makes a report more urgent is news: upgraded to a flash, it raises', () => {
    expect(urgentArrivalOf(reingested(6, flash(6), 3), {}, VIEWER)).toMatchObject({ urgency: 1, seq: 6 });
    expect(urgentArrivalOf(reingested(7, urgent(7), 3), {}, VIEWER)).toMatchObject({ urgency: 2 });
    // Downgraded from a flash to urgent, or refreshed at the same urgency: nothing new to announce.
    expect(urgentArrivalOf(reingested(8, urgent(8), 1), {}, VIEWER)).toBeNull();
    expect(urgentArrivalOf(reingested(9, flash(9)), {}, VIEWER)).toBeNull();
    // Still only where the desk's filters would show it.
    expect(
      urgentArrivalOf(reingested(10, flash(10, { countries: ['KZ'] }), 3), { country: ['UZ'] }, VIEWER),
    ).toBeNull();
  });

  it('by the same rule as the lists: countries, status, urgency, assignee and desk filters decide', () => {
    const kz = flash(6, { countries: ['KZ'], topics: ['energy'] });
    expect(wouldShow(kz, { country: ['KZ'] }, VIEWER)).toBe(true);
    expect(wouldShow(kz, { country: ['UZ'] }, VIEWER)).toBe(false);
    expect(wouldShow(kz, { topic: ['energy'], status: ['incoming'] }, VIEWER)).toBe(true);
    expect(wouldShow(kz, { status: ['accepted'] }, VIEWER)).toBe(false);
    expect(wouldShow(kz, { urgency: [3] }, VIEWER)).toBe(false);
    expect(wouldShow(kz, { assignee: 'me' }, VIEWER)).toBe(false);
    expect(wouldShow(kz, { desk: 3 }, VIEWER)).toBe(false);
    expect(urgentArrivalOf(message(7, kz), { country: ['UZ'] }, VIEWER)).toBeNull();
  });

  it('grouping does not hide a new report, and a text search (only the server can judge it) raises rather than misses', () => {
    const inCluster = flash(8, { clusterId: 3, clusterSize: 2, countries: ['KZ'] });
    expect(wouldShow(inCluster, { collapse: true, country: ['KZ'] }, VIEWER)).toBe(true);
    expect(wouldShow(inCluster, { collapse: true, country: ['UZ'] }, VIEWER)).toBe(false);
    expect(wouldShow(inCluster, { q: 'غاز' }, VIEWER)).toBe(true);
  });
});

const alertIds = () => useFlashAlertStore.getState().alerts.map((alert) => alert.itemId);
const toasts = () => useToastStore.getState().toasts;

describe('flash alerts from the live stream', () => {
  let queryClient: QueryClient;
  let sync: LiveSync;
  let raised: FlashAlert[];
  let stopListening: () => void;

  beforeEach(() => {
    useFlashAlertStore.getState().reset();
    useToastStore.setState({ toasts: [] });
    queryClient = new QueryClient();
    const session: SessionResponse = {
      user: {
        id: VIEWER,
        username: 'editor',
        displayName: 'محررة',
        roles: ['editor'],
        locale: 'ar',
        disabled: false,
        deskIds: [],
      } as unknown as SessionResponse['user'],
      csrfToken: 'token',
    };
    queryClient.setQueryData(queryKeys.session, session);
    sync = new LiveSync();
    sync.attach(queryClient, {
      apply: (msg, lists, fresh) => applyLiveMessage(queryClient, msg, { lists, fresh }),
      needReplay: () => {},
      refreshCounts: () => {},
    });
    raised = [];
    stopListening = onFlashRaised((alert) => raised.push(alert));
  });

  afterEach(() => {
    stopListening();
    sync.detach();
    useFlashAlertStore.getState().reset();
    useToastStore.setState({ toasts: [] });
  });

  it('a flash raises one persistent alert (newest first); an urgent item a toast; routine copy nothing', () => {
    sync.connected(10);
    sync.receive([message(11, flash(101)), message(12, urgent(102)), message(13, routine(103))]);
    sync.receive([message(14, flash(104, { headline: 'عاجل: زلزال' }))]);
    expect(alertIds()).toEqual([104, 101]);
    expect(useFlashAlertStore.getState().alerts[0]).toMatchObject({
      itemId: 104,
      seq: 14,
      headline: 'عاجل: زلزال',
      language: 'ar',
    });
    expect(toasts()).toEqual([expect.objectContaining({ kind: 'urgent', itemId: 102 })]);
  });

  it('an alert follows its item: a corrected headline replaces it; spiked, killed or no longer a flash, it goes', () => {
    sync.connected(10);
    sync.receive([message(11, flash(101)), message(12, flash(102)), message(13, flash(103))]);
    expect(alertIds()).toEqual([103, 102, 101]);
    sync.receive([
      message(14, flash(101, { headline: 'تصحيح: لا انفجار في الميناء' }), 'item.reingested'),
      message(15, flash(102, { status: 'spiked' }), 'item.spike'),
      message(16, flash(103, { urgency: 3 }), 'item.reingested'),
    ]);
    expect(useFlashAlertStore.getState().alerts).toEqual([
      expect.objectContaining({ itemId: 101, headline: 'تصحيح: لا انفجار في الميناء' }),
    ]);
    // Nothing raised again by the updates.
    expect(raised.map((alert) => alert.itemId)).toEqual([101, 102, 103]);
  });

  it('only where the desk’s queue filters would show it', () => {
    useFlashAlertStore.getState().watch({ country: ['KZ'], collapse: true } satisfies ItemFilters);
    sync.connected(0);
    sync.receive([
      message(1, flash(201, { countries: ['UZ'] })),
      message(2, flash(202, { countries: ['KZ'] })),
      message(3, urgent(203, { countries: ['UZ'] })),
    ]);
    expect(alertIds()).toEqual([202]);
    expect(toasts()).toEqual([]);
  });

  it('a reconnect raises what arrived while away, once, and nothing heard before it', () => {
    sync.connected(10);
    sync.receive([message(11, flash(301))]);
    // The connection drops; meanwhile 12 (a flash) and 13 are written. The stream is reopened after 11.
    sync.connected(11);
    sync.receive([message(12, flash(302)), message(13, routine(303))]);
    // A list that loaded behind makes the stream reopen further back: 10 to 13 are replayed.
    sync.connected(9);
    sync.receive([
      message(10, routine(300)),
      message(11, flash(301)),
      message(12, flash(302)),
      message(13, routine(303)),
      message(14, flash(304)),
    ]);
    expect(raised.map((alert) => alert.itemId)).toEqual([301, 302, 304]);
    expect(alertIds()).toEqual([304, 302, 301]);
  });

  it('a dismissed or opened alert does not come back with a replay', () => {
    sync.connected(0);
    sync.receive([message(1, flash(401)), message(2, flash(402))]);
    useFlashAlertStore.getState().dismiss(401);
    useFlashAlertStore.getState().dismiss(402);
    expect(alertIds()).toEqual([]);
    // Whatever the stream sends again, fresh or not, an item raises once in a tab.
    sync.connected(0);
    sync.receive([message(1, flash(401)), message(2, flash(402))]);
    useFlashAlertStore.getState().raise({ ...alertFor(401), seq: 9 });
    expect(alertIds()).toEqual([]);
    expect(raised.map((alert) => alert.itemId)).toEqual([401, 402]);
  });

  it('an urgent item’s replay does not toast again', () => {
    sync.connected(0);
    sync.receive([message(1, urgent(501))]);
    sync.connected(0);
    sync.receive([message(1, urgent(501))]);
    expect(toasts()).toHaveLength(1);
  });

  it('alerts raised before the user is known are kept when the user’s saved ones load', () => {
    sync.connected(0);
    sync.receive([message(1, flash(601))]);
    useFlashAlertStore.getState().load(VIEWER);
    expect(alertIds()).toEqual([601]);
    expect(useFlashAlertStore.getState().raise(alertFor(601))).toBe(false);
  });
});

/** An alert for an item, as the store keeps it. */
function alertFor(itemId: number): FlashAlert {
  return {
    itemId,
    seq: itemId,
    headline: `خبر ${itemId}`,
    language: 'ar',
    source: 'تاس',
    receivedAt: '2026-01-02T10:00:00.000Z',
  };
}
