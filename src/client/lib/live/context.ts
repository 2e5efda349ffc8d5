/**
 * How the tab's LiveSync reaches the hooks that need it (list queries stamp pages with it, optimistic
 * mutations roll back through it, the signed-in shell connects it). main.tsx builds the one instance and
 * provides it; a context rather than a module singleton, so nothing shares it by accident and tests build
 * their own.
 */
import { createContext, useContext } from 'react';
import type { LiveSync } from './sync.ts';

export const LiveSyncContext = createContext<LiveSync | null>(null);

export function useLiveSync(): LiveSync {
  const sync = useContext(LiveSyncContext);
  if (!sync) throw new Error('useLiveSync needs a <LiveSyncContext value={…}> above it (see main.tsx)');
  return sync;
}
