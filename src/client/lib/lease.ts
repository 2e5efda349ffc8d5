/**
 * Who is editing a story, as the browser judges it. The open editor renews its lease every LEASE_RENEW_MS
 * without an event (renewals would flood every screen), so the `expiresAt` a screen holds is the one it heard
 * when the lease was taken. While the live stream is up the screen therefore trusts the server, whose sweep
 * announces every lapsed lease within seconds (`item.lease` expired); only when the stream is down does it drop
 * a lease itself at its expiry (a timer, no request), rather than show someone editing who left long ago.
 */
import { useEffect, useState } from 'react';
import type { Lease } from '#shared/schemas/leases.ts';
import { useConnectionStore } from '../stores/connection-store.ts';

/** The lease if it still holds at `now`, else null. */
export function activeLease(lease: Lease | null | undefined, now: number): Lease | null {
  return lease && Date.parse(lease.expiresAt) > now ? lease : null;
}

/** Someone other than this user holds the lease at `now` (their own other tab does not count). */
export function leasedByOther(lease: Lease | null | undefined, userId: number, now: number): boolean {
  const active = activeLease(lease, now);
  return active !== null && active.holder.id !== userId;
}

// setTimeout takes at most a signed 32-bit delay; beyond it a timer fires at once.
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The lease while it holds (see module comment): with the stream down, the component renders again at the
 * moment it lapses. The clock is read when the stream goes down and when a timer set for the expiry fires.
 */
export function useActiveLease(lease: Lease | null | undefined): Lease | null {
  // The browser knowing it is offline counts as down at once: the stream's own error can take a while.
  const live = useConnectionStore((state) => state.status === 'live' && !state.browserOffline);
  const [now, setNow] = useState(Date.now);
  const expiresAt = lease ? Date.parse(lease.expiresAt) : null;
  useEffect(() => {
    if (expiresAt === null || live) return;
    // The clock as the stream goes down (`now` may date from mount): a lease that lapsed meanwhile goes in this
    // same commit, not a render later. Reading the clock during render instead would be impure.
    // oxlint-disable-next-line react/set-state-in-effect
    setNow(Date.now());
    const wait = Math.max(0, expiresAt - Date.now() + 1);
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait, MAX_DELAY));
    return () => clearTimeout(timer);
  }, [expiresAt, live]);
  return live ? (lease ?? null) : activeLease(lease, now);
}
