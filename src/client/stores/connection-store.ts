/** The live stream's state, for the header: UI state about the connection, not server data. */
import { create } from 'zustand';

/** `limited`: the account follows the desk live in too many windows; this one waits for a place. */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'limited';

interface ConnectionState {
  status: ConnectionStatus;
  /** The last event sequence applied to the cache. */
  lastSeq: number | null;
  /** When the next reconnect attempt is due (ms since epoch), while reconnecting. */
  retryAt: number | null;
  /** The browser says it has no network. */
  browserOffline: boolean;
  set(patch: Partial<Omit<ConnectionState, 'set'>>): void;
}

export const useConnectionStore = create<ConnectionState>((set) => ({
  status: 'connecting',
  lastSeq: null,
  retryAt: null,
  browserOffline: typeof navigator !== 'undefined' ? !navigator.onLine : false,
  set: (patch) => set(patch),
}));
