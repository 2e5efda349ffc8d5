import { afterEach, describe, expect, it } from 'vitest';
import type { AlertSettings } from '#shared/schemas/alert-settings.ts';
import { useFlashAlertStore, type FlashAlert } from '#client/stores/flash-alert-store.ts';
import { onFlashBatch, signalFlashes } from './flash-signals.ts';

const alert = (itemId: number, seq = itemId): FlashAlert => ({
  itemId,
  seq,
  headline: `عاجل ${itemId}`,
  language: 'ar',
  source: 'تاس',
  receivedAt: '2026-01-02T10:00:00.000Z',
});

/** Lets the microtasks queued by the raises run. */
const settle = () => Promise.resolve();

describe('what raised flashes set off', () => {
  afterEach(() => useFlashAlertStore.getState().reset());

  it('alerts raised together (a replay) are one batch, newest first; the next raise is a batch of its own', async () => {
    const batches: number[][] = [];
    const stop = onFlashBatch((alerts) => batches.push(alerts.map((one) => one.itemId)));
    const store = useFlashAlertStore.getState();
    store.raise(alert(1));
    store.raise(alert(3));
    store.raise(alert(2));
    // Raised before: not a raise at all, so not signalled.
    store.raise(alert(1));
    await settle();
    store.raise(alert(4));
    await settle();
    stop();
    store.raise(alert(5));
    await settle();
    expect(batches).toEqual([[3, 2, 1], [4]]);
  });

  it('flashes raised before anyone listens (the band still loading) are one batch when it does, if still shown', async () => {
    const store = useFlashAlertStore.getState();
    store.raise(alert(1));
    store.raise(alert(2));
    store.raise(alert(3));
    // Withdrawn before the band came (spiked, or no longer a flash): nothing to announce.
    store.dismiss(2);
    // Mounted, unmounted and mounted again at once (React's strict mode): the mount that stays hears them.
    onFlashBatch(() => undefined)();
    const batches: number[][] = [];
    const stop = onFlashBatch((alerts) => batches.push(alerts.map((one) => one.itemId)));
    await settle();
    await settle();
    expect(batches).toEqual([[3, 1]]);
    // Heard once: a second listener does not hear them again.
    const again: number[][] = [];
    const stopAgain = onFlashBatch((alerts) => again.push(alerts.map((one) => one.itemId)));
    await settle();
    await settle();
    expect(again).toEqual([]);
    stop();
    stopAgain();
  });

  it('the tone and the notice only when the user turned them on, once per batch', () => {
    const calls: string[] = [];
    const signals = {
      tone: () => calls.push('tone'),
      notice: (alerts: readonly FlashAlert[]) => calls.push(`notice:${alerts.length}`),
    };
    const batch = [alert(3), alert(2), alert(1)];
    const run = (settings: AlertSettings) => {
      calls.length = 0;
      signalFlashes(batch, settings, signals);
      return [...calls];
    };
    expect(run({ sound: false, desktop: false })).toEqual([]);
    expect(run({ sound: true, desktop: false })).toEqual(['tone']);
    expect(run({ sound: false, desktop: true })).toEqual(['notice:3']);
    expect(run({ sound: true, desktop: true })).toEqual(['tone', 'notice:3']);
    calls.length = 0;
    signalFlashes([], { sound: true, desktop: true }, signals);
    expect(calls).toEqual([]);
  });
});
