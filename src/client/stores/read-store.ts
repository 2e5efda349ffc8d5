/**
 * Which items this user has opened in this browser (unread marks). Kept per user in localStorage: a UI
 * preference, not server data. A watermark (first visit, or "mark all as read") covers older items without
 * listing them; after it, an item is unread until opened.
 */
import { create } from 'zustand';

const MAX_IDS = 5_000;

interface ReadState {
  userId: number | null;
  /** Items received at or before this time count as read. */
  watermark: string | null;
  opened: Set<number>;
  load(userId: number): void;
  markOpened(id: number): void;
  markAllRead(upTo: string): void;
}

const storageKey = (userId: number) => `mirsad.read.${userId}`;

function save(state: Pick<ReadState, 'userId' | 'watermark' | 'opened'>): void {
  if (state.userId === null) return;
  try {
    const opened = [...state.opened].slice(-MAX_IDS);
    localStorage.setItem(storageKey(state.userId), JSON.stringify({ watermark: state.watermark, opened }));
  } catch {
    // Storage full or unavailable: marks last for this page only.
  }
}

export const useReadStore = create<ReadState>((set, get) => ({
  userId: null,
  watermark: null,
  opened: new Set(),
  load: (userId) => {
    if (get().userId === userId) return;
    let watermark: string | null = null;
    let opened: number[] = [];
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey(userId)) ?? 'null') as {
        watermark?: string | null;
        opened?: number[];
      } | null;
      watermark = saved?.watermark ?? null;
      opened = Array.isArray(saved?.opened) ? saved.opened.filter((id) => typeof id === 'number') : [];
    } catch {
      // A damaged entry starts afresh.
    }
    // First visit in this browser: what is already there counts as read; what arrives from now on is new.
    const fresh = watermark === null && opened.length === 0;
    set({ userId, watermark: watermark ?? new Date().toISOString(), opened: new Set(opened) });
    if (fresh) save(get());
  },
  markOpened: (id) => {
    if (get().opened.has(id)) return;
    const opened = new Set(get().opened);
    opened.add(id);
    set({ opened });
    save(get());
  },
  markAllRead: (upTo) => {
    set({ watermark: upTo, opened: new Set() });
    save(get());
  },
}));

/** Whether an item counts as unread for the current user. */
export function isUnread(
  state: Pick<ReadState, 'watermark' | 'opened'>,
  id: number,
  receivedAt: string,
): boolean {
  if (state.opened.has(id)) return false;
  return state.watermark === null || receivedAt > state.watermark;
}
