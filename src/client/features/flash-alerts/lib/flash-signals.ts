/**
 * What raised flashes set off besides the alert on the page, by the user's settings: the tone and a desktop
 * notice. Alerts raised together (a reconnect's replay brings them in one batch) sound once and show one notice
 * naming the newest, so a desk coming back online is not met by a volley of beeps.
 */
import type { AlertSettings } from '#shared/schemas/alert-settings.ts';
import { onFlashRaised, type FlashAlert } from '#client/stores/flash-alert-store.ts';

export interface FlashSignals {
  tone(): void;
  /** The alerts of one batch, newest first. */
  notice(alerts: readonly FlashAlert[]): void;
}

/**
 * Calls `onBatch` once for every run of alerts raised in the same task (the live connection applies a batch of
 * messages synchronously), newest first. Returns the unsubscribe.
 */
export function onFlashBatch(onBatch: (alerts: FlashAlert[]) => void): () => void {
  let batch: FlashAlert[] = [];
  let stopped = false;
  const unsubscribe = onFlashRaised((alert) => {
    batch.push(alert);
    if (batch.length > 1) return;
    queueMicrotask(() => {
      const raised = batch.sort((a, b) => b.seq - a.seq);
      batch = [];
      if (!stopped) onBatch(raised);
    });
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}

/** The signals one batch sets off: each only when the user turned it on. */
export function signalFlashes(
  alerts: readonly FlashAlert[],
  settings: AlertSettings,
  signals: FlashSignals,
): void {
  if (alerts.length === 0) return;
  if (settings.sound) signals.tone();
  if (settings.desktop) signals.notice(alerts);
}
