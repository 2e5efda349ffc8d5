/**
 * Who is editing, from this tab's side (docs/decisions/008-stories.md). Opening the editor takes the story's
 * lease for this tab, renews it every LEASE_RENEW_MS while the editor is open and gives it back when the editor
 * closes (with `keepalive` as the tab goes away, so the story is free at once rather than a minute later).
 *
 * The story's `lease` in the live cache says who holds it now: when it names another tab while this one thinks
 * it holds it, the server is asked (a renewal) before anything changes, because a message can be older than
 * this tab's own lease; a refusal means the lease is gone (taken over, or lapsed and taken) and the editor
 * turns read-only at once. Someone else's lease shows who and since when, and follows the cache as it moves
 * (a chief takes over, the holder leaves).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lease } from '#shared/schemas/leases.ts';
import { LEASE_RENEW_MS } from '#shared/schemas/leases.ts';
import { ApiError } from '#client/lib/api-client.ts';
import { beforeSignOut } from '#client/lib/sign-out.ts';
import { releaseLease } from '../api/release-lease.ts';
import { takeLease } from '../api/take-lease.ts';
import { takeOverLease } from '../api/take-over-lease.ts';
import { leaseHolderOf } from '../lib/story-errors.ts';

export interface LeaseHolder {
  id: number;
  displayName: string;
}

export type LeaseState =
  /** Not editing and not trying to (the story is not this user's to edit now). */
  | { kind: 'off' }
  | { kind: 'taking' }
  | { kind: 'held'; since: string }
  /** Someone else (or this user in another tab) is editing. */
  | { kind: 'other'; holder: LeaseHolder; since: string; tabId: string | null }
  /** This tab was editing and no longer is: taken over (holder) or lapsed and gone (no holder). */
  | { kind: 'lost'; holder: LeaseHolder | null; at: string }
  | { kind: 'error'; error: unknown };

export interface LeaseController {
  state: LeaseState;
  /** Nobody holds the story now (the editor may offer to start editing). */
  free: boolean;
  /** Takes (or renews) the lease; true when this tab holds it. */
  take(): Promise<boolean>;
  takeOver(): Promise<void>;
  /** The last takeover's refusal, if any. */
  takeOverError: unknown;
  /** A save was refused for want of the lease: the editor is told like any other loss. */
  markLost(holder: LeaseHolder | null): void;
}

export function useLease({
  itemId,
  tabId,
  enabled,
  liveLease,
  onLost,
}: {
  itemId: number;
  tabId: string;
  /** Whether this user may edit the story now (the workflow's edit rules). */
  enabled: boolean;
  /** The story's lease as the live cache has it. */
  liveLease: Lease | null;
  onLost: (holder: LeaseHolder | null) => void;
}): LeaseController {
  const [state, setState] = useState<LeaseState>({ kind: enabled ? 'taking' : 'off' });
  const [takeOverError, setTakeOverError] = useState<unknown>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const onLostRef = useRef(onLost);
  onLostRef.current = onLost;

  const lose = useCallback((holder: LeaseHolder | null) => {
    if (stateRef.current.kind !== 'held') return;
    const next: LeaseState = { kind: 'lost', holder, at: new Date().toISOString() };
    stateRef.current = next;
    setState(next);
    onLostRef.current(holder);
  }, []);

  const refused = useCallback((error: unknown): LeaseState => {
    const holder = leaseHolderOf(error);
    if (holder) {
      const details = (error as ApiError).details as { tabId?: unknown } | undefined;
      return {
        kind: 'other',
        holder: { id: holder.id, displayName: holder.displayName },
        since: holder.since,
        tabId: typeof details?.tabId === 'string' ? details.tabId : null,
      };
    }
    return { kind: 'error', error };
  }, []);

  // A lease granted after the editor closed (opened and left at once) is given back, not left to lapse.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const take = useCallback(async () => {
    // Held already (a save found the lease lapsed and takes it again): this tab stays the editor meanwhile. Shown
    // as `taking`, it would stop holding for a moment, and giving the lease back on that (below) raced the new
    // grant and refused the save it was taken for.
    const kind = stateRef.current.kind;
    if (kind !== 'lost' && kind !== 'held') setState({ kind: 'taking' });
    try {
      const grant = await takeLease(itemId, tabId);
      if (!mounted.current) {
        void releaseLease(itemId, tabId).catch(() => undefined);
        return false;
      }
      setState({ kind: 'held', since: grant.since });
      return true;
    } catch (error) {
      setState(refused(error));
      return false;
    }
  }, [itemId, tabId, refused]);

  const takeOver = useCallback(async () => {
    setTakeOverError(null);
    try {
      const grant = await takeOverLease(itemId, tabId);
      setState({ kind: 'held', since: grant.since });
    } catch (error) {
      setTakeOverError(error);
    }
  }, [itemId, tabId]);

  /** Asks the server whether this tab still holds the lease (a renewal); a refusal means it is lost. */
  const renew = useCallback(async () => {
    try {
      await takeLease(itemId, tabId);
    } catch (error) {
      if (stateRef.current.kind !== 'held') return;
      const holder = leaseHolderOf(error);
      if (holder) lose({ id: holder.id, displayName: holder.displayName });
      // Offline or the server is away: keep editing; the next renewal (or the save) will tell.
      else if (error instanceof ApiError && error.status !== 0 && error.status < 500) lose(null);
    }
  }, [itemId, tabId, lose]);

  // Take the lease when the story becomes editable; give it back when it stops being so.
  useEffect(() => {
    if (enabled) {
      if (stateRef.current.kind === 'off' || stateRef.current.kind === 'taking') void take();
    } else setState({ kind: 'off' });
  }, [enabled, take]);

  const held = state.kind === 'held';
  useEffect(() => {
    if (!held) return;
    const timer = setInterval(() => void renew(), LEASE_RENEW_MS);
    const giveBack = () => void releaseLease(itemId, tabId, { keepalive: true }).catch(() => undefined);
    // Back from the back/forward cache: this tab edits again (or learns who does).
    const comeBack = (event: PageTransitionEvent) => {
      if (event.persisted) void take();
    };
    window.addEventListener('pagehide', giveBack);
    window.addEventListener('pageshow', comeBack);
    // Signing out gives the story back while the session still stands (after it, the release is refused and
    // the story stays locked until the lease lapses).
    const stopBeforeSignOut = beforeSignOut(() => releaseLease(itemId, tabId).catch(() => undefined));
    return () => {
      stopBeforeSignOut();
      clearInterval(timer);
      window.removeEventListener('pagehide', giveBack);
      window.removeEventListener('pageshow', comeBack);
      void releaseLease(itemId, tabId).catch(() => undefined);
    };
  }, [held, itemId, tabId, renew, take]);

  // The live cache says who holds the story now.
  const liveHolder = liveLease ? `${liveLease.holder.id}:${liveLease.tabId}:${liveLease.since}` : null;
  useEffect(() => {
    const current = stateRef.current;
    if (current.kind === 'held' && (liveLease === null || liveLease.tabId !== tabId)) void renew();
    if (current.kind === 'other' && liveLease)
      setState({
        kind: 'other',
        holder: { id: liveLease.holder.id, displayName: liveLease.holder.displayName },
        since: liveLease.since,
        tabId: liveLease.tabId,
      });
    // Only when the holder changes, not on every render.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [liveHolder]);

  const free = liveLease === null && state.kind !== 'held' && state.kind !== 'taking';
  return { state, free, take, takeOver, takeOverError, markLost: lose };
}
