/**
 * Flash alerts waiting for the user (UI state: what the live stream raised and the user has not opened or
 * dismissed yet), and the queue filters flashes are judged against. Kept per user in sessionStorage, so a reload
 * of the tab keeps the alerts it had; the server knows nothing of them.
 *
 * Each item raises at most once in a tab: `handled` remembers every item that raised, whatever became of its
 * alert, so a message heard again (a replay after the stream was reopened) cannot bring a dismissed alert back.
 */
import { create } from 'zustand';
import { ItemFiltersSchema, type ItemFilters } from '#shared/schemas/items.ts';

export interface FlashAlert {
  itemId: number;
  /** The live event that raised it. */
  seq: number;
  headline: string;
  /** The item's language: its headline is shown in that language's direction. */
  language: string | null;
  source: string;
  receivedAt: string;
}

interface FlashAlertState {
  userId: number | null;
  /** Newest first. */
  alerts: FlashAlert[];
  /** Items that raised an alert in this tab (bounded), so none raises twice. */
  handled: number[];
  /** The desk's queue filters, as last shown: a flash raises only when these would show it. */
  watched: ItemFilters;
  /** Takes the user's saved alerts (a reload of the tab); another user starts afresh. */
  load(userId: number): void;
  /** Raises an alert; false when this item raised one before in this tab. */
  raise(alert: FlashAlert): boolean;
  /** Dismissed, or opened: the alert goes, and the item does not raise again. */
  dismiss(itemId: number): void;
  /**
   * An item as it is now: its alert follows it. A flash spiked, killed or no longer a flash (an agency's
   * correction, an editor's) is taken out of the band, and a new headline replaces the one shown.
   */
  follow(item: { id: number; headline: string; urgency: number; status: string }): void;
  dismissAll(): void;
  watch(filters: ItemFilters): void;
  /** Everything forgotten (sign-out, tests). */
  reset(): void;
}

const MAX_HANDLED = 500;
const storageKey = (userId: number) => `mirsad.flash.${userId}`;

type Saved = Pick<FlashAlertState, 'alerts' | 'handled' | 'watched'>;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function save(state: FlashAlertState): void {
  if (state.userId === null) return;
  const saved: Saved = { alerts: state.alerts, handled: state.handled, watched: state.watched };
  try {
    storage()?.setItem(storageKey(state.userId), JSON.stringify(saved));
  } catch {
    // Storage full or unavailable: the alerts last as long as the page.
  }
}

const isAlert = (value: unknown): value is FlashAlert => {
  const alert = value as Partial<FlashAlert> | null;
  return (
    typeof alert?.itemId === 'number' &&
    typeof alert.seq === 'number' &&
    typeof alert.headline === 'string' &&
    typeof alert.source === 'string' &&
    typeof alert.receivedAt === 'string'
  );
};

function restore(userId: number): Saved {
  try {
    const raw = JSON.parse(storage()?.getItem(storageKey(userId)) ?? 'null') as Partial<Saved> | null;
    return {
      alerts: Array.isArray(raw?.alerts)
        ? raw.alerts.filter(isAlert).map((alert) => ({ ...alert, language: alert.language ?? null }))
        : [],
      handled: Array.isArray(raw?.handled) ? raw.handled.filter((id) => typeof id === 'number') : [],
      watched: ItemFiltersSchema.catch({}).parse(raw?.watched ?? {}),
    };
  } catch {
    // A damaged entry starts afresh.
    return { alerts: [], handled: [], watched: {} };
  }
}

const EMPTY = { userId: null, alerts: [], handled: [], watched: {} } satisfies Partial<FlashAlertState>;

export const useFlashAlertStore = create<FlashAlertState>((set, get) => ({
  ...EMPTY,
  load: (userId) => {
    const current = get();
    if (current.userId === userId) return;
    const saved = restore(userId);
    // Raised before the user was known (nothing is, before the first render): kept, the saved ones after.
    const early = current.userId === null ? current.alerts : [];
    const alerts = [
      ...early,
      ...saved.alerts.filter((alert) => !early.some((e) => e.itemId === alert.itemId)),
    ];
    const handled = [...new Set([...saved.handled, ...(current.userId === null ? current.handled : [])])];
    set({ userId, alerts, handled: handled.slice(-MAX_HANDLED), watched: saved.watched });
    save(get());
  },
  raise: (alert) => {
    const state = get();
    if (state.handled.includes(alert.itemId)) return false;
    const alerts = [alert, ...state.alerts].sort((a, b) => b.seq - a.seq);
    set({ alerts, handled: [...state.handled, alert.itemId].slice(-MAX_HANDLED) });
    save(get());
    if (raisedListeners.size === 0) unheard = [...unheard, alert].slice(-MAX_UNHEARD);
    for (const listener of raisedListeners) listener(alert);
    return true;
  },
  dismiss: (itemId) => {
    const { alerts } = get();
    if (!alerts.some((alert) => alert.itemId === itemId)) return;
    set({ alerts: alerts.filter((alert) => alert.itemId !== itemId) });
    save(get());
  },
  follow: (item) => {
    const { alerts } = get();
    const alert = alerts.find((shown) => shown.itemId === item.id);
    if (!alert) return;
    const withdrawn = item.urgency !== 1 || item.status === 'spiked' || item.status === 'killed';
    if (!withdrawn && alert.headline === item.headline) return;
    set({
      alerts: withdrawn
        ? alerts.filter((shown) => shown.itemId !== item.id)
        : alerts.map((shown) => (shown.itemId === item.id ? { ...shown, headline: item.headline } : shown)),
    });
    save(get());
  },
  dismissAll: () => {
    if (get().alerts.length === 0) return;
    set({ alerts: [] });
    save(get());
  },
  watch: (filters) => {
    if (JSON.stringify(filters) === JSON.stringify(get().watched)) return;
    set({ watched: filters });
    save(get());
  },
  reset: () => {
    unheard = [];
    set({ ...EMPTY });
  },
}));

const raisedListeners = new Set<(alert: FlashAlert) => void>();

/**
 * Raised while nobody listened: the flash band (which announces, sounds and notifies) loads after the desk's first
 * render, and a flash can come in before it. Handed to the next listener, if still shown by then.
 */
let unheard: FlashAlert[] = [];
const MAX_UNHEARD = 50;

/**
 * Called once for each alert as it is raised (never for alerts restored after a reload): the tone and the
 * desktop notification follow this, so they sound once per flash. A listener first hears, at once, the alerts
 * raised while nobody listened that are still shown.
 */
export function onFlashRaised(listener: (alert: FlashAlert) => void): () => void {
  raisedListeners.add(listener);
  // Once the subscriber has settled: React's strict mode mounts a component, unmounts it and mounts it again at
  // once, and the alerts go to the mount that stays.
  queueMicrotask(() => {
    if (!raisedListeners.has(listener) || unheard.length === 0) return;
    const { alerts } = useFlashAlertStore.getState();
    const missed = unheard.filter((alert) => alerts.some((shown) => shown.itemId === alert.itemId));
    unheard = [];
    for (const alert of missed) listener(alert);
  });
  return () => raisedListeners.delete(listener);
}
