/**
 * What every group of attacks receives: the run's mode, the desk under attack and where its rows go. The desk has
 * two servers on one database, as a deployment with two instances would:
 * - `desk`: no proxy in front (TRUST_PROXY=0), feeds on loopback allowed, the feed pollers running;
 * - `edge`: behind one proxy (TRUST_PROXY=1), the production password hash cost (PASSWORD_HASH_COST unset), short
 *   sessions (SESSION_TTL_HOURS, to watch one expire), private addresses refused (FEED_ALLOW_PRIVATE=0).
 */
import type { MirsadEvent } from '#shared/schemas/events.ts';
import type { Desk } from './desk.ts';
import { expectStatus, json, request, type Session } from './http.ts';
import type { Mode, RowSink } from './rows.ts';

export type BehaviourDesk = Desk<'desk' | 'edge'>;

/**
 * Edge sessions last this long (SESSION_TTL_HOURS): 21.6 s, long enough to use one, short enough to see it end,
 * and longer than the stream's 15 s heartbeat, so that an end that merely waits for the next heartbeat shows
 * (it comes 8 s late) instead of landing near the expiry by chance.
 */
export const EDGE_SESSION_TTL_HOURS = 0.006;

export const BEHAVIOUR_SERVERS = {
  desk: { TRUST_PROXY: '0', FEED_ALLOW_PRIVATE: '1', POLLERS: '1' },
  edge: {
    TRUST_PROXY: '1',
    PASSWORD_HASH_COST: undefined,
    SESSION_TTL_HOURS: String(EDGE_SESSION_TTL_HOURS),
    FEED_ALLOW_PRIVATE: '0',
  },
} as const;

export interface AttackContext {
  mode: Mode;
  desk: BehaviourDesk;
  rows: RowSink;
  log(line: string): void;
}

/** The newest event sequence number the server has handed out (from /readyz). */
export async function liveSeq(base: string): Promise<number> {
  return json<{ liveSeq: number }>(expectStatus(await request(base, 'GET', '/readyz'), 'readyz', 200))
    .liveSeq;
}

/** Every event after `after`, through the audit log (a chief, reviewer or admin may read it). */
export async function eventsSince(reader: Session, after: number): Promise<MirsadEvent[]> {
  const events: MirsadEvent[] = [];
  for (let cursor = after; ;) {
    const response = await reader.get(`/api/events?after=${cursor}&limit=1000`);
    expectStatus(response, 'events', 200);
    const page = json<{ events: MirsadEvent[] }>(response).events;
    events.push(...page);
    if (page.length < 1000) return events;
    cursor = page.at(-1)!.seq;
  }
}
